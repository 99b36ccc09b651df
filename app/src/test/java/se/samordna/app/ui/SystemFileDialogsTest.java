package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.workspace.Workspace;

/**
 * The real file dialogs, up to where the system would show them: a native dialog cannot be shown
 * without a screen, but everything before it runs here. In 0.1.0 creating the chooser called itself
 * until the stack ran out, in every dialog of the app.
 */
@ExtendWith(ApplicationExtension.class)
class SystemFileDialogsTest {
    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
    }

    @Test
    void theChooserOpensInTheSwedishDocumentsFolderWithTheTitleAndTypesAsked() throws Exception {
        Files.createDirectories(home.resolve("Dokument"));
        Files.createDirectories(home.resolve("Documents"));

        FileChooser chooser = new SystemFileDialogs(home).chooser("Spara avtalet som PDF", FileDialogs.PDF,
                FileDialogs.WORD);

        assertThat(chooser.getInitialDirectory()).isEqualTo(home.resolve("Dokument").toFile());
        assertThat(chooser.getTitle()).isEqualTo("Spara avtalet som PDF");
        assertThat(chooser.getExtensionFilters()).containsExactly(FileDialogs.PDF, FileDialogs.WORD);
        assertThat(chooser.getSelectedExtensionFilter()).isEqualTo(FileDialogs.PDF);
    }

    @Test
    void withoutASwedishDocumentsFolderItOpensInDocumentsElseInTheHomeFolder() throws Exception {
        assertThat(new SystemFileDialogs(home).chooser("t").getInitialDirectory()).isEqualTo(home.toFile());
        Files.createDirectories(home.resolve("Documents"));
        assertThat(new SystemFileDialogs(home).chooser("t").getInitialDirectory())
                .isEqualTo(home.resolve("Documents").toFile());
        assertThat(new SystemFileDialogs(home.resolve("gone")).chooser("t").getInitialDirectory())
                .as("a home folder that does not exist leaves the choice to the system").isNull();
    }

    @Test
    void theAppWiresTheRealDialogsAndTheirChooserIsMadeForTheUsersHome() {
        Workspace workspace = TestWorkspaces.open(home.resolve("data"));
        AppPreferences preferences = TestWorkspaces.preferences();
        try {
            AppContext context = new AppContext(workspace, new SameThreadTaskRunner(), preferences,
                    Messages.forLanguage("sv"), TestWorkspaces.CLOCK);
            assertThat(context.files()).isInstanceOf(SystemFileDialogs.class);
            assertThat(context.withMessages(Messages.forLanguage("en")).files()).isSameAs(context.files());

            FileChooser chooser = ((SystemFileDialogs) context.files()).chooser("t", FileDialogs.PDF);

            File start = chooser.getInitialDirectory();
            Path userHome = Path.of(System.getProperty("user.home"));
            assertThat(start == null || start.toPath().startsWith(userHome)).as("%s", start).isTrue();
        } finally {
            workspace.close();
            TestWorkspaces.forget(preferences);
        }
    }

    @Test
    void savingAndOpeningGoAllTheWayToTheSystemsDialog() throws Exception {
        SystemFileDialogs dialogs = new SystemFileDialogs(home);
        // JavaFX's headless platform has no file dialog and says so; on a desktop the dialog would show.
        // Anything else (a StackOverflowError, a missing toolkit, a wrong thread) fails here.
        assertThat(onFxThread(() -> dialogs.save(stage, "Spara", "Avtal <CON>.pdf", FileDialogs.PDF)))
                .isIn(Optional.empty(), "UnsupportedOperationException");
        assertThat(onFxThread(() -> dialogs.open(stage, "Öppna", new ExtensionFilter("CSV", "*.csv"))))
                .isIn(Optional.empty(), "UnsupportedOperationException");
    }

    /** What {@code call} returned on the FX thread, or "UnsupportedOperationException" if the platform refused. */
    private static Object onFxThread(java.util.concurrent.Callable<Object> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            try {
                return call.call();
            } catch (UnsupportedOperationException e) {
                return "UnsupportedOperationException";
            }
        }).get();
    }
}
