package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Backup;

/**
 * A backup that fails is told in the status bar, also when it was the exit backup (the window was
 * already gone): the next start shows it, until a backup succeeds.
 */
class BackupNoticeUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aFailedExitBackupIsShownAtTheNextStartUntilABackupSucceeds(FxRobot robot) throws Exception {
        assertThat(warning(robot).isVisible()).as("no warning while backups work").isFalse();
        Path folder = workspace.backups().directory();
        deleteFolder(folder);
        Files.writeString(folder, "inte en mapp"); // the backup folder's name taken by a file

        // Arkiv › Avsluta: the exit backup fails after the window has closed.
        robot.interact(() -> {
            try {
                workspace.closeWithBackup();
            } catch (UserFacingException expected) {
                assertThat(expected.messageKey()).isEqualTo("backup.folderNotWritable");
            }
        });

        // The next start says so in the status bar, with what went wrong in the tooltip.
        robot.interact(() -> {
            workspace = TestWorkspaces.open(dir.resolve("data"));
            context = new AppContext(workspace, runner, preferences, Messages.forLanguage("sv"), TestWorkspaces.CLOCK,
                    (pdf, title, done, failed) -> { }, files);
            shell = new Shell(stage, context, () -> { });
            shell.show();
        });
        Label shown = warning(robot);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).startsWith("Säkerhetskopian ").contains("misslyckades")
                .contains("Arkiv › Säkerhetskopiera nu");
        assertThat(shown.getTooltip().getText()).contains("(" + context.messages().label(Backup.Reason.ON_EXIT) + ")")
                .contains(folder.toString()).contains("Dina uppgifter är orörda");

        // Arkiv › Säkerhetskopiera nu, once the folder can be written again: the warning goes.
        Files.delete(folder);
        Platform.runLater(shell::backupNow); // its "Säkerhetskopia sparad" dialog waits for OK
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#okButton");
        assertThat(warning(robot).isVisible()).isFalse();
        assertThat(workspace.backups().list()).isNotEmpty();
    }

    private static Label warning(FxRobot robot) {
        return robot.lookup("#statusWarning").queryAs(Label.class);
    }

    private static void deleteFolder(Path folder) throws Exception {
        if (Files.isDirectory(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
