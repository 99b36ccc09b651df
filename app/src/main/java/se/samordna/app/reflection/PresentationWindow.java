package se.samordna.app.reflection;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Styles;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;

/**
 * Step II on a projector: full screen, large type, one statement at a time; arrow keys move, Esc
 * closes. Shows the spread only when it may be shown.
 */
final class PresentationWindow {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final List<StatementStats> stats;
    private final VBox content = new VBox();
    private int index;

    PresentationWindow(WorkshopViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.stats = List.copyOf(model.spread());
    }

    void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("workshop.step2.present"));
        content.getStyleClass().add("presentation");
        content.setId("presentation");
        Scene scene = new Scene(content, 1024, 700);
        Styles.apply(scene, 18);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.SPACE
                    || event.getCode() == KeyCode.PAGE_DOWN) {
                index = Math.min(stats.size() - 1, index + 1);
                render();
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP
                    || event.getCode() == KeyCode.PAGE_UP) {
                index = Math.max(0, index - 1);
                render();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setFullScreenExitHint(messages.get("workshop.present.exitHint"));
        stage.setFullScreen(true);
        render();
        stage.show();
    }

    private void render() {
        content.getChildren().clear();
        if (stats.isEmpty()) {
            return;
        }
        StatementStats current = stats.get(index);
        Statement statement = model.workshop().statement(current.statementKey()).orElseThrow();
        // The statement's own number (as on the form), and apart from it where it comes in the dialogue's order.
        Label counter = new Label(messages.get("workshop.present.counter", model.number(statement),
                Instrument.areaName(statement.area())));
        counter.setId("presentationCounter");
        counter.getStyleClass().add("presentation-figures");
        Label position = new Label(messages.get("workshop.present.position", index + 1, stats.size()));
        position.setId("presentationPosition");
        position.getStyleClass().add("muted");
        Label title = new Label(statement.title());
        title.getStyleClass().add("presentation-title");
        title.setWrapText(true);
        Label text = new Label(statement.text());
        text.getStyleClass().add("presentation-text");
        text.setWrapText(true);
        content.getChildren().addAll(counter, title, text);
        if (model.spreadShownProperty().get()) {
            DistributionBars bars = new DistributionBars(current, 220, 70);
            bars.setAlignment(Pos.BOTTOM_LEFT);
            Label figures = new Label(DialogStepView.figures(current, messages));
            figures.getStyleClass().add("presentation-figures");
            content.getChildren().addAll(bars, figures);
        } else {
            Label hidden = new Label(messages.get("workshop.present.hidden"));
            hidden.getStyleClass().add("presentation-figures");
            content.getChildren().add(hidden);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label keys = new Label(messages.get("workshop.present.keys"));
        keys.getStyleClass().add("muted");
        content.getChildren().addAll(spacer, position, keys);
    }
}
