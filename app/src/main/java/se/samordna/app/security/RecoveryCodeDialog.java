package se.samordna.app.security;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.core.security.RecoveryCode;

/**
 * Shows the recovery code once, right after protection is turned on: to write down or print and keep
 * apart from the laptop. The dialog closes only once the user says the code is kept.
 */
public final class RecoveryCodeDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public RecoveryCodeDialog(Messages messages, Window owner, RecoveryCode code) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("security.code.title"));
        dialog.setHeaderText(null);
        Label intro = new Label(messages.get("security.code.text"));
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        TextField shown = new TextField(code.grouped());
        shown.setId("recoveryCodeText");
        shown.setEditable(false);
        shown.setStyle("-fx-font-family: monospace; -fx-font-size: 1.4em;");
        shown.setPrefColumnCount(24);
        Button copy = new Button(messages.get("security.code.copy"));
        copy.setId("copyRecoveryCodeButton");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code.grouped());
            Clipboard.getSystemClipboard().setContent(content);
        });
        CheckBox kept = new CheckBox(messages.get("security.code.kept"));
        kept.setId("recoveryCodeKeptCheck");
        kept.setWrapText(true);
        kept.setMaxWidth(480);
        dialog.getDialogPane().setContent(new VBox(12, intro, new HBox(8, shown, copy), kept));
        ButtonType close = new ButtonType(messages.get("security.code.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("recoveryCodeCloseButton");
        dialog.getDialogPane().lookupButton(close).disableProperty().bind(kept.selectedProperty().not());
        // Escape and the window's close box ask the same: only once the code is kept.
        dialog.setOnCloseRequest(event -> {
            if (!kept.isSelected()) {
                event.consume();
            }
        });
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
