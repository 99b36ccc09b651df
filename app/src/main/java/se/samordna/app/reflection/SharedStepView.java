package se.samordna.app.reflection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.AutoSave;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.Statement;

/** Step III: the group agrees one rating and a comment per statement; the median is a suggestion only. */
final class SharedStepView {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();

    SharedStepView(WorkshopViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ListView<AgreedRow> list = new ListView<>(model.agreedRows());
        list.setId("agreedList");
        list.setCellFactory(view -> new AgreedCell());
        list.disableProperty().bind(model.editableProperty().not());
        Label intro = new Label(messages.get("workshop.step3.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("muted");
        root.setTop(intro);
        root.setCenter(list);
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));
    }

    Node root() {
        return root;
    }

    private final class AgreedCell extends ListCell<AgreedRow> {
        @Override
        protected void updateItem(AgreedRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Statement statement = row.statement();
            VBox box = new VBox(4);
            int index = getIndex();
            if (index == 0 || getListView().getItems().get(index - 1).statement().area() != statement.area()) {
                Label area = new Label(Instrument.areaName(statement.area()));
                area.getStyleClass().add("area-title");
                box.getChildren().add(area);
            }
            Label title = new Label(model.numberedTitle(statement));
            title.getStyleClass().add("statement-title");
            Label text = new Label(statement.text());
            text.setWrapText(true);
            Label suggestion = new Label(!model.spreadShownProperty().get() ? messages.get("workshop.step3.waiting")
                    : row.stats().median() == null ? messages.get("workshop.step3.noSuggestion")
                    : messages.get("workshop.step3.suggestion", DialogStepView.median(row.stats().median()),
                    row.stats().lowest(), row.stats().highest()));
            suggestion.getStyleClass().add("muted");
            TextField note = new TextField(row.noteProperty().get());
            note.setPromptText(messages.get("workshop.step3.comment"));
            note.textProperty().bindBidirectional(row.noteProperty());
            AutoSave.attach(note, () -> model.saveAgreedNote(row));
            HBox.setHgrow(note, Priority.ALWAYS);
            HBox controls = new HBox(12, new RatingPicker(row.ratingProperty(), messages), note);
            controls.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(title, text, suggestion, controls);
            box.setMinWidth(0);
            setGraphic(box);
            setText(null);
            setPrefWidth(0);
        }
    }
}
