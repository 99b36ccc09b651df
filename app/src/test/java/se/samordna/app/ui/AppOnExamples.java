package se.samordna.app.ui;

import java.nio.file.Path;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.workspace.Workspace;

/**
 * The whole app in Swedish on a real H2 file with the example data, 1366 px wide, its work done on
 * the test's thread; closed with every window it opened.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppOnExamples {
    @TempDir
    Path dir;

    Stage stage;
    Workspace workspace;
    AppPreferences preferences;
    AppContext context;
    Shell shell;

    /** Call from each test class's {@code @Start} (TestFX does not look for one in a superclass). */
    void open(Stage stage, double height) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir);
        stage.setWidth(1366);
        stage.setHeight(height);
        show(Messages.forLanguage("sv"));
        stage.show();
    }

    /** The main window on the open data folder, in the language of {@code messages}. */
    void show(Messages messages) {
        context = new AppContext(workspace, new SameThreadTaskRunner(), preferences, messages, TestWorkspaces.CLOCK);
        shell = new Shell(stage, context, () -> { });
        shell.show();
    }

    /** Closes the data folder and opens it again in a new window, as a restart of Samordna would. */
    void restart(FxRobot robot) {
        robot.interact(() -> {
            workspace.close();
            workspace = TestWorkspaces.open(dir);
            show(Messages.forLanguage("sv"));
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage).toList()
                    .forEach(w -> ((Stage) w).close());
            stage.close();
        }).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }
}
