package se.samordna.app.backup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.core.db.Backup;
import se.samordna.core.db.DatabaseProblem;

/**
 * Shown at start instead of the main window when the database cannot be trusted: says what is
 * wrong, names the newest verified backup with its date and contents, and offers to restore it or
 * to quit. The damaged file is moved aside by the restore, never deleted or written to.
 */
public final class RescueDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the user chose. */
    public enum Choice { RESTORE, START_EMPTY, QUIT }

    private RescueDialog() {
    }

    /** The dialog's text: the problem, and the backup that would be put back (or that there is none). */
    public static String text(Messages messages, DatabaseProblem problem, Optional<Backup> newest) {
        String text = messages.describe(problem);
        if (newest.isPresent()) {
            return text + "\n\n" + messages.get("rescue.backup", WHEN.format(newest.get().createdAt()),
                    contents(messages, newest.get().contents()));
        }
        return text + "\n\n" + messages.get("rescue.noBackup");
    }

    public static String contents(Messages messages, Backup.Contents contents) {
        return messages.get("backup.contents", contents.centres(), contents.agreements(), contents.workshops(),
                contents.surveyForms(), contents.reports());
    }

    public static Choice show(Window owner, Messages messages, DatabaseProblem problem, Optional<Backup> newest) {
        List<ButtonType> buttons = new ArrayList<>();
        ButtonType restore = new ButtonType(messages.get("rescue.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType(messages.get("rescue.startEmpty"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("rescue.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (newest.isPresent()) {
            buttons.add(restore);
        }
        if (problem.kind() == DatabaseProblem.Kind.MISSING) {
            buttons.add(empty);
        }
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", buttons.toArray(ButtonType[]::new));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("rescue.title"));
        alert.setHeaderText(messages.get("rescue.header"));
        Label content = new Label(text(messages, problem, newest));
        content.setWrapText(true);
        content.setPrefWidth(520);
        content.setMinHeight(Region.USE_PREF_SIZE);
        content.setId("rescueText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("rescueDialog");
        for (ButtonType type : alert.getButtonTypes()) {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        if (newest.isPresent()) {
            alert.getDialogPane().lookupButton(restore).setId("rescueRestoreButton");
        }
        alert.getDialogPane().lookupButton(quit).setId("rescueQuitButton");
        alert.setResizable(true);
        ButtonType answer = alert.showAndWait().orElse(quit);
        if (answer == restore) {
            return Choice.RESTORE;
        }
        return answer == empty ? Choice.START_EMPTY : Choice.QUIT;
    }
}
