package se.samordna.app.ui;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;

/** Standard dialogs with Swedish (or English) buttons and text that wraps. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks a yes/no question; true when the user chose {@code confirmText}. */
    public static boolean confirm(Window owner, Messages messages, String title, String text, String confirmText) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        prepare(alert, owner, title, text);
        alert.getDialogPane().lookupButton(confirm).setId("confirmButton");
        for (ButtonType type : alert.getButtonTypes()) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }

    public static void error(Window owner, Messages messages, String text) {
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok);
        prepare(alert, owner, messages.get("error.title"), text);
        alert.getDialogPane().lookupButton(ok).setId("errorOkButton");
        alert.showAndWait();
    }

    public static void info(Window owner, Messages messages, String title, String text) {
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ok);
        prepare(alert, owner, title, text);
        alert.getDialogPane().lookupButton(ok).setId("okButton");
        alert.showAndWait();
    }

    private static void prepare(Alert alert, Window owner, String title, String text) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.setPrefWidth(480);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        content.setId("dialogText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(460);
        alert.setResizable(true);
    }
}
