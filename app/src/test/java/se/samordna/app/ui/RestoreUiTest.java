package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import se.samordna.core.centre.CentreSummary;
import se.samordna.core.db.Backup;

/** A backup kept somewhere else (a USB stick) is chosen through the menu's restore dialog and put back. */
class RestoreUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aBackupFileFromAnotherFolderIsRestoredThroughTheMenu(FxRobot robot) throws Exception {
        Backup backup = workspace.backups().create(Backup.Reason.MANUAL);
        Path stick = Files.createDirectories(dir.resolve("USB-minne"));
        Path copy = Files.copy(backup.file(), stick.resolve("Samordna säkerhetskopia före flytten.zip"));
        long fyrklovern = workspace.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Fyrklövern")).findFirst().orElseThrow().id();
        robot.interact(() -> workspace.centres().delete(fyrklovern));
        assertThat(workspace.centres().list()).hasSize(2);

        robot.clickOn(LabeledMatchers.hasText("Arkiv"));
        robot.clickOn("#menuRestore");
        files.answer(copy);
        robot.clickOn("#restoreOtherFileButton");
        AnsweringFileDialogs.Request choose = files.last();
        assertThat(choose.save()).isFalse();
        assertThat(choose.title()).isEqualTo("Välj en annan fil…");
        assertThat(choose.patterns()).containsExactly("*.zip");

        assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText())
                .contains("Samordna säkerhetskopia före flytten.zip");
        robot.clickOn("#confirmButton");
        assertThat(closeInfo(robot)).startsWith("Säkerhetskopian är återställd.");

        assertThat(workspace.centres().list()).extracting(CentreSummary::name)
                .contains("Familjecentralen Fyrklövern", HOSTILE_NAME);
        assertThat(shell.context()).as("the window is rebuilt").isNotSameAs(context);
        assertThat(shell.context().files()).as("and keeps the dialogs it was given").isSameAs(files);
        assertThat(shell.context().work().centres()).extracting(CentreSummary::name)
                .contains("Familjecentralen Fyrklövern");
    }
}
