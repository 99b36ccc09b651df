package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.stage.Stage;

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
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.workspace.Workspace;

/**
 * The whole app on a real H2 file with the example data, its file dialogs answered by the test and
 * its printer keeping what it was sent. Solsidan, the example centre with the most in it, is renamed
 * to a name no file system likes, so every suggested file name has to be made safe.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppWithFileDialogs {
    /** Emoji, Arabic, every character Windows forbids, a device name, a trailing dot: 180 characters. */
    static final String HOSTILE_NAME = "Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة <Östersund>: \"BVC/BMM\" | ja? * \\ CON."
            + " med ett namn som är mycket längre än något filsystem vill ha i ett filnamn, långt långt långt.";

    @TempDir
    Path dir;

    Stage stage;
    Workspace workspace;
    AppPreferences preferences;
    AppContext context;
    Shell shell;
    SameThreadTaskRunner runner;
    final AnsweringFileDialogs files = new AnsweringFileDialogs();
    final List<byte[]> printed = new ArrayList<>();
    long solsidan;

    /** Call from each test class's {@code @Start} (TestFX does not look for one in a superclass). */
    void open(Stage stage) throws Exception {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        Centre centre = workspace.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Solsidan"))
                .map(c -> workspace.centres().get(c.id())).findFirst().orElseThrow();
        solsidan = centre.id();
        assertThat(HOSTILE_NAME.codePointCount(0, HOSTILE_NAME.length())).isLessThanOrEqualTo(CentreDetails.NAME_MAX);
        workspace.centres().update(solsidan, centre.details().withName(HOSTILE_NAME));
        Files.createDirectories(dir.resolve("out"));
        stage.setWidth(1366);
        stage.setHeight(900);
        runner = new SameThreadTaskRunner();
        context = new AppContext(workspace, runner, preferences, Messages.forLanguage("sv"), TestWorkspaces.CLOCK,
                (pdf, title, done, failed) -> {
                    printed.add(pdf);
                    done.accept(PdfPrinting.Outcome.PRINTED);
                }, files);
        shell = new Shell(stage, context, () -> { });
        shell.show();
        context.work().selectCentre(solsidan);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    /** Where the test lets the app save: a folder of its own, with a name that is not the one suggested. */
    Path out(String name) {
        return dir.resolve("out").resolve(name);
    }

    /**
     * The last dialog was a save dialog, titled, suggesting a portable name that begins as
     * {@code expectedStart} and offering {@code extension}.
     */
    AnsweringFileDialogs.Request assertSaveAsked(String expectedStart, String extension) {
        AnsweringFileDialogs.Request request = files.last();
        assertThat(request.save()).as("a save dialog").isTrue();
        assertThat(request.title()).isNotBlank();
        assertThat(request.owner()).as("the dialog belongs to the window").isSameAs(stage);
        Documents.assertPortable(request.suggestedName(), extension);
        assertThat(request.suggestedName()).startsWith(expectedStart);
        assertThat(request.patterns()).contains("*" + extension);
        return request;
    }

    /** Closes the information dialog the app shows when the work is done; returns its text. */
    String closeInfo(FxRobot robot) {
        assertThat(robot.lookup("#errorOkButton").tryQuery()).as("an error dialog: %s", dialogText(robot)).isEmpty();
        String text = dialogText(robot);
        robot.clickOn("#okButton");
        assertThat(runner.failures()).isEmpty();
        return text;
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup("#dialogText").tryQuery().map(node -> ((Label) node).getText()).orElse("(no dialog)");
    }
}
