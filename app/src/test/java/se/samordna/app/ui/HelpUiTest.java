package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.help.HelpPage;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.workspace.Workspace;

/** The user guide opens with F1 at the page about the part in view, and from Hjälp › Användarhandbok. */
@ExtendWith(ApplicationExtension.class)
class HelpUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;
    private AppPreferences preferences;
    private Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir);
        stage.setWidth(1366);
        stage.setHeight(768);
        open(Messages.forLanguage("sv"));
        stage.show();
    }

    private void open(Messages messages) {
        AppContext context = new AppContext(workspace, new SameThreadTaskRunner(), preferences, messages,
                TestWorkspaces.CLOCK);
        shell = new Shell(stage, context, () -> { });
        shell.show();
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

    @Test
    void f1OnAPageOpensTheGuideAtThatPage(FxRobot robot) {
        robot.clickOn("#nav-AGREEMENTS");
        robot.type(KeyCode.F1);

        assertThat(shell.guide()).hasValueSatisfying(guide -> assertThat(guide.isShowing()).isTrue());
        assertThat(title(robot)).isEqualTo("Avtal");
        assertThat(chosenPage(robot)).isEqualTo("Avtal");
        assertThat(robot.lookup("#helpContent .help-strong").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Klar för underskrift", "Registrera underskrift…");

        // Back in the main window, on another page, the open guide turns to that page.
        robot.clickOn("#nav-SURVEY");
        robot.clickOn(LabeledMatchers.hasText("Hjälp")).clickOn("#menuGuide");
        assertThat(title(robot)).isEqualTo("Föräldraenkät");
        assertThat(Window.getWindows().stream().filter(Window::isShowing)).as("one guide, not two").hasSize(2);

        // A link in the text goes to the page it names; Esc closes the guide.
        Hyperlink link = robot.lookup("#helpContent .hyperlink").match((Hyperlink h) ->
                h.getText().equals("verksamhetsberättelsen")).queryAs(Hyperlink.class);
        robot.interact(link::fire); // far down the page: fired rather than scrolled to
        assertThat(title(robot)).isEqualTo("Verksamhetsberättelse");
        robot.type(KeyCode.ESCAPE);
        assertThat(shell.guide().orElseThrow().isShowing()).isFalse();
    }

    @Test
    void theHelpMenuOpensTheGuideAndItSpeaksTheChosenLanguage(FxRobot robot) {
        robot.clickOn(LabeledMatchers.hasText("Hjälp")).clickOn("#menuGuide");
        assertThat(title(robot)).as("Hem is in view").isEqualTo("Hem");
        ListView<HelpPage> pages = robot.lookup("#helpPages").queryListView();
        assertThat(pages.getItems()).extracting(HelpPage::title).contains("Kom igång", "Året runt",
                "Säkerhetskopior och data");
        robot.type(KeyCode.ESCAPE);
        assertThat(shell.guide().orElseThrow().isShowing()).isFalse();

        robot.interact(() -> open(Messages.forLanguage("en")));
        robot.clickOn("#nav-REFLECTION");
        robot.type(KeyCode.F1);
        assertThat(title(robot)).isEqualTo("Self-reflection");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#helpTitle").queryAs(Label.class).getText();
    }

    private static String chosenPage(FxRobot robot) {
        ListView<HelpPage> pages = robot.lookup("#helpPages").queryListView();
        return pages.getSelectionModel().getSelectedItem().title();
    }
}
