package se.samordna.app.security;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import se.samordna.core.security.Passwords;

/**
 * Asks for a password: a new one (twice, with the strength hint), the present one, or both (to change
 * it). The OK button waits until what is typed can be used.
 */
public final class PasswordDialog {
    /** What the dialog asks for. */
    public enum Mode { NEW, CURRENT, CHANGE }

    /** What was typed: the present password (CURRENT, CHANGE) and the new one (NEW, CHANGE). */
    public record Entered(char[] current, char[] newPassword) {
    }

    private final Dialog<Entered> dialog = new Dialog<>();

    public PasswordDialog(Messages messages, SecurityViewModel model, Window owner, Mode mode, String title,
                          String text, String okText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        Label intro = new Label(text);
        intro.setWrapText(true);
        intro.setMaxWidth(460);

        PasswordField current = new PasswordField();
        current.setId("currentPasswordField");
        PasswordField first = new PasswordField();
        first.setId("newPasswordField");
        PasswordField second = new PasswordField();
        second.setId("repeatPasswordField");
        Label hint = new Label();
        hint.setId("passwordHint");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.textProperty().bind(Bindings.createStringBinding(() -> first.getText().isEmpty()
                ? messages.get("security.hint.rule", Passwords.MIN_LENGTH)
                : model.strengthHint(first.getText())
                        + (second.getText().isEmpty() || second.getText().equals(first.getText()) ? ""
                        : " " + messages.get("security.hint.differ")), first.textProperty(), second.textProperty()));

        GridPane grid = Forms.grid();
        if (mode != Mode.NEW) {
            Forms.row(grid, messages.get("security.currentPassword"), current, null);
        }
        if (mode != Mode.CURRENT) {
            Forms.row(grid, messages.get("security.newPassword"), first, null);
            Forms.row(grid, messages.get("security.repeatPassword"), second, null);
        }
        VBox content = new VBox(10, intro, grid);
        if (mode != Mode.CURRENT) {
            content.getChildren().add(hint);
        }
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("passwordOkButton");
        BooleanBinding newOk = Bindings.createBooleanBinding(() -> Passwords.acceptable(first.getText())
                && first.getText().equals(second.getText()), first.textProperty(), second.textProperty());
        BooleanBinding currentOk = current.textProperty().isNotEmpty();
        BooleanBinding usable = switch (mode) {
            case NEW -> newOk;
            case CURRENT -> currentOk;
            case CHANGE -> newOk.and(currentOk);
        };
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(usable.not());
        dialog.setOnShown(event -> (mode == Mode.NEW ? first : current).requestFocus());
        dialog.setResultConverter(button -> button == ok ? new Entered(
                mode == Mode.NEW ? null : current.getText().toCharArray(),
                mode == Mode.CURRENT ? null : first.getText().toCharArray()) : null);
    }

    public Optional<Entered> showAndWait() {
        return dialog.showAndWait();
    }

    Dialog<Entered> dialog() {
        return dialog;
    }
}
