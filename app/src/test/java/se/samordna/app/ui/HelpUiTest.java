package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import se.samordna.app.help.HelpPage;
import se.samordna.app.i18n.Messages;

/** The user guide opens with F1 at the page about the part in view, and from Hjälp › Användarhandbok. */
class HelpUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 768);
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

        robot.interact(() -> show(Messages.forLanguage("en")));
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
