package se.samordna.app.settings;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.db.ServerSettings;

/**
 * At start, when the data is on the shared server: the user name (from the settings), the password
 * (asked for each time, never saved), and the ways out: this computer's data instead, other settings,
 * or quit. A failed attempt comes back here with its message above the password.
 */
public final class ServerLoginDialog {

    /** What the user chose. */
    public enum Action { CONNECT, USE_LOCAL, SETTINGS, QUIT }

    /** The choice, with the password when connecting (the caller wipes it after use). */
    public record Answer(Action action, char[] password) {
    }

    private final Dialog<Answer> dialog = new Dialog<>();

    public ServerLoginDialog(Messages messages, Window owner, ServerSettings settings, String failure) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("login.title"));
        dialog.setHeaderText(messages.get("login.header", settings.describe()));

        Label user = new Label(settings.user());
        user.setId("loginUser");
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        password.setPrefColumnCount(20);
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("login.user"), user, null);
        Forms.row(grid, messages.get("login.password"), password, null);
        VBox content = new VBox(10);
        if (failure != null && !failure.isBlank()) {
            Label error = new Label(failure);
            error.setId("loginFailure");
            error.setWrapText(true);
            error.setMaxWidth(460);
            error.getStyleClass().add("error-text");
            error.setStyle("-fx-text-fill: #b00020;");
            content.getChildren().add(error);
        }
        content.getChildren().add(grid);
        dialog.getDialogPane().setContent(content);

        ButtonType connect = new ButtonType(messages.get("login.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(messages.get("login.useLocal"), ButtonBar.ButtonData.OTHER);
        ButtonType change = new ButtonType(messages.get("login.settings"), ButtonBar.ButtonData.LEFT);
        ButtonType quit = new ButtonType(messages.get("login.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, local, change, quit);
        dialog.getDialogPane().lookupButton(connect).setId("loginConnect");
        dialog.getDialogPane().lookupButton(local).setId("loginUseLocal");
        dialog.getDialogPane().lookupButton(change).setId("loginSettings");
        dialog.getDialogPane().lookupButton(quit).setId("loginQuit");
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(type), false);
        }
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == connect ? new Answer(Action.CONNECT,
                password.getText().toCharArray())
                : button == local ? new Answer(Action.USE_LOCAL, null)
                : button == change ? new Answer(Action.SETTINGS, null)
                : new Answer(Action.QUIT, null));
        Platform.runLater(password::requestFocus);
    }

    public Answer showAndWait() {
        return dialog.showAndWait().orElse(new Answer(Action.QUIT, null));
    }
}
