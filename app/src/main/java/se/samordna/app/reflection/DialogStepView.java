package se.samordna.app.reflection;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;

/**
 * Step II: the spread of views per statement, those where views differ most first. Hidden until
 * every participant has rated, so early answers do not sway the group.
 */
final class DialogStepView {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();

    DialogStepView(WorkshopViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;

        Label waiting = new Label();
        waiting.setId("dialogueHidden");
        waiting.setWrapText(true);
        waiting.setMaxWidth(560);
        waiting.textProperty().bind(Bindings.createStringBinding(() -> model.workshop() == null ? ""
                : messages.get("workshop.step2.hidden", model.participantsDoneProperty().get(),
                model.workshop().participants()), model.participantsDoneProperty(), model.workshopProperty()));
        Button reveal = new Button(messages.get("workshop.step2.revealAnyway"));
        reveal.setId("revealAnyway");
        reveal.setOnAction(event -> {
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("workshop.step2.revealAnyway"),
                    messages.get("workshop.step2.revealQuestion"), messages.get("workshop.step2.revealAnyway"))) {
                model.revealSpreadAnyway();
            }
        });
        VBox hidden = new VBox(16, waiting, reveal);
        hidden.setAlignment(Pos.CENTER);
        hidden.setPadding(new Insets(40));
        hidden.visibleProperty().bind(model.spreadShownProperty().not());

        ListView<StatementStats> list = new ListView<>(model.spread());
        list.setId("spreadList");
        list.setCellFactory(view -> new SpreadCell());
        Label intro = new Label(messages.get("workshop.step2.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("muted");
        Button present = new Button(messages.get("workshop.step2.present"));
        present.setId("presentButton");
        present.setOnAction(event -> new PresentationWindow(model, messages).show(root.getScene().getWindow()));
        BorderPane shown = new BorderPane(list, new VBox(8, new HBox(10, present), intro), null, null, null);
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));
        shown.visibleProperty().bind(model.spreadShownProperty());
        root.getChildren().setAll(hidden, shown);
    }

    Node root() {
        return root;
    }

    static String figures(StatementStats stats, Messages messages) {
        if (stats.median() == null) {
            return messages.get("workshop.noRatings", stats.cannotAssess());
        }
        return messages.get("workshop.figures", median(stats.median()), stats.lowest(), stats.highest(),
                stats.answers(), stats.cannotAssess());
    }

    static String median(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value)
                : String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
    }

    private final class SpreadCell extends ListCell<StatementStats> {
        @Override
        protected void updateItem(StatementStats stats, boolean empty) {
            super.updateItem(stats, empty);
            if (empty || stats == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Statement statement = model.workshop().statement(stats.statementKey()).orElseThrow();
            Label title = new Label(model.numberedTitle(statement));
            title.getStyleClass().add("statement-title");
            Label text = new Label(statement.text());
            text.setWrapText(true);
            Label figures = new Label(figures(stats, messages));
            figures.getStyleClass().add("muted");
            VBox words = new VBox(2, title, text, figures);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(16, new DistributionBars(stats, 36, 14), words);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setPrefWidth(0);
        }
    }
}
