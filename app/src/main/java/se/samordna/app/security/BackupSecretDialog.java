package se.samordna.app.security;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;

/** Asks for the password or the recovery code of a protected backup made elsewhere (or with another key). */
public final class BackupSecretDialog {
    private final Dialog<String> dialog = new Dialog<>();

    public BackupSecretDialog(Messages messages, Window owner, String backupName) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("security.backup.title"));
        dialog.setHeaderText(null);
        Label text = new Label(messages.get("security.backup.text", backupName));
        text.setWrapText(true);
        text.setMaxWidth(460);
        PasswordField secret = new PasswordField();
        secret.setId("backupSecretField");
        dialog.getDialogPane().setContent(new VBox(10, text, secret));
        ButtonType ok = new ButtonType(messages.get("restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("backupSecretOkButton");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(secret.textProperty().isEmpty());
        dialog.setOnShown(event -> secret.requestFocus());
        dialog.setResultConverter(button -> button == ok ? secret.getText() : null);
    }

    public Optional<String> showAndWait() {
        return dialog.showAndWait();
    }
}
