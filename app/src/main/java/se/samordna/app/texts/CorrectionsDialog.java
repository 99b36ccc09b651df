package se.samordna.app.texts;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.core.texts.BuiltInText;

/** Shows, for each built-in text, every change it makes to the guideline's words ("Rättelser mot källan"). */
public final class CorrectionsDialog {
    private CorrectionsDialog() {
    }

    public static void show(Window owner, Messages messages, BuiltInText first) {
        CorrectionsViewModel model = new CorrectionsViewModel(messages);
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("corrections.title"));
        dialog.setResizable(true);
        ButtonType close = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(close);

        ComboBox<BuiltInText> choice = new ComboBox<>();
        choice.setId("correctionsText");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.getItems().setAll(model.texts());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(BuiltInText text) {
                return text == null ? "" : model.name(text);
            }

            @Override
            public BuiltInText fromString(String string) {
                return null;
            }
        });
        Label header = new Label();
        header.setId("correctionsHeader");
        header.setWrapText(true);
        VBox rows = new VBox(10);
        rows.setId("correctionsRows");
        rows.setPadding(new Insets(4, 12, 4, 0));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        choice.valueProperty().addListener((obs, old, text) -> {
            header.setText(model.header(text));
            rows.getChildren().clear();
            for (CorrectionsViewModel.Row row : model.rows(text)) {
                Label kind = new Label(row.kind());
                kind.getStyleClass().add("correction-kind");
                Label change = new Label(row.change());
                change.setWrapText(true);
                Label note = new Label(row.note());
                note.setWrapText(true);
                note.getStyleClass().add("muted");
                rows.getChildren().add(new VBox(2, kind, change, note));
            }
        });
        choice.setValue(first);
        VBox content = new VBox(10, choice, header, scroll);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.showAndWait();
    }
}
