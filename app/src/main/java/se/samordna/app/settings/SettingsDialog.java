package se.samordna.app.settings;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;

/** Language and text size. */
public final class SettingsDialog {

    /** What the user chose. */
    public record Choice(String language, int fontSize) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    public SettingsDialog(Messages messages, Window owner, String language, int fontSize) {
        this(messages, owner, language, fontSize, null);
    }

    /** With a section of its own below (Databas, issue 17), saved with the rest on Spara. */
    public SettingsDialog(Messages messages, Window owner, String language, int fontSize,
                          javafx.scene.Node section) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(null);

        ComboBox<String> languages = new ComboBox<>();
        languages.setId("languageChoice");
        languages.getItems().setAll("sv", "en");
        languages.setValue(language);
        languages.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.get("settings.language." + code);
            }

            @Override
            public String fromString(String string) {
                return null;
            }
        });
        Spinner<Integer> size = new Spinner<>(AppPreferences.MIN_FONT_SIZE, AppPreferences.MAX_FONT_SIZE, fontSize);
        size.setId("fontSizeChoice");
        size.setEditable(true);

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("settings.language"), languages, null);
        Forms.row(grid, messages.get("settings.fontSize"), size, null);
        Label hint = new Label(messages.get("settings.fontHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        VBox content = new VBox(10, grid, hint);
        if (section != null) {
            content.getChildren().addAll(new javafx.scene.control.Separator(), section);
        }
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("saveSettingsButton");
        dialog.setResultConverter(button -> button == ok ? new Choice(languages.getValue(), size.getValue()) : null);
    }

    public Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
