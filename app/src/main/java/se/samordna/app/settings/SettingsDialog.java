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
        this(messages, owner, language, fontSize, new javafx.scene.Node[0]);
    }

    /**
     * With sections of their own below, each after a line: Databas (issue 17), saved with the rest on
     * Spara, and Säkerhet (issue 18), which acts at once. The whole scrolls on a small screen.
     */
    public SettingsDialog(Messages messages, Window owner, String language, int fontSize,
                          javafx.scene.Node... sections) {
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
        for (javafx.scene.Node section : sections) {
            if (section != null) {
                content.getChildren().addAll(new javafx.scene.control.Separator(), section);
            }
        }
        if (sections.length > 0) {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setPrefViewportHeight(Math.min(620, owner == null ? 620
                    : javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 200));
            scroll.setPrefViewportWidth(560);
            dialog.getDialogPane().setContent(scroll);
        } else {
            dialog.getDialogPane().setContent(content);
        }

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
