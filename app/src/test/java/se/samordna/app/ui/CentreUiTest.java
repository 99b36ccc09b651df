package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Person;
import se.samordna.core.workspace.Workspace;

@ExtendWith(ApplicationExtension.class)
class CentreUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Shell shell;
    private Workspace workspace;
    private AppPreferences preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        stage.setWidth(1280);
        stage.setHeight(860);
        open("sv");
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    private Shell open(String language) {
        workspace = TestWorkspaces.open(dir);
        shell = new Shell(stage, new AppContext(workspace, new SameThreadTaskRunner(), preferences,
                Messages.forLanguage(language), TestWorkspaces.CLOCK), () -> { });
        shell.show();
        return shell;
    }

    /** Moves keyboard focus to a control below the fold; the page scrolls to show it, as for Tab. */
    private static void reveal(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCentreCreatedThroughTheUiIsThereAfterClosingAndReopening(FxRobot robot) {
        workspace.exampleData().declineExamples();
        robot.clickOn("#nav-CENTRES");
        robot.clickOn("#newCentreButton");
        robot.clickOn("#newCentreName").write("Familjecentralen Näckrosen");
        robot.clickOn("#newCentreMunicipality").write("Härnösand");
        robot.clickOn("#createCentreButton");

        robot.clickOn("#centreRegion").write("Region Västernorrland");
        robot.clickOn("#centreCatchmentArea").write("Centrum och Gånsvik");
        robot.clickOn("#part-FAMILJERADGIVNING");
        reveal(robot, "#addPersonButton");
        robot.clickOn("#addPersonButton");
        robot.clickOn("#personName").write("Karin Ek");
        robot.clickOn("#personTitle").write("Förskollärare");
        robot.clickOn("#personEmail").write("karin.ek@harnosand.se");
        robot.clickOn("#savePersonButton");

        robot.interact(() -> {
            workspace.closeWithBackup();
            open("sv");
        });
        robot.clickOn("#nav-CENTRES");

        ListView<CentreSummary> list = robot.lookup("#centreList").queryListView();
        assertThat(list.getItems()).extracting(CentreSummary::name).containsExactly("Familjecentralen Näckrosen");
        assertThat(robot.lookup("#centreRegion").queryAs(TextField.class).getText()).isEqualTo("Region Västernorrland");
        assertThat(robot.lookup("#centreCatchmentArea").queryTextInputControl().getText())
                .isEqualTo("Centrum och Gånsvik");
        TableView<Person> people = robot.lookup("#peopleTable").queryTableView();
        assertThat(people.getItems()).extracting(Person::name).containsExactly("Karin Ek");
    }

    @Test
    void aWrongEmailIsShownAtTheFieldAndTheDialogCannotBeSaved(FxRobot robot) {
        workspace.exampleData().create();
        robot.interact(() -> open("sv"));
        robot.clickOn("#nav-CENTRES");
        reveal(robot, "#addPersonButton");
        robot.clickOn("#addPersonButton");
        robot.clickOn("#personName").write("Eva Ström");
        robot.clickOn("#personEmail").write("eva.strom");

        Label error = robot.lookup("#personEmailError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Skriv e-postadressen i formen namn@exempel.se.");
        assertThat(robot.lookup("#savePersonButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.write("@krokom.se");
        assertThat(error.getText()).isEmpty();
        assertThat(robot.lookup("#savePersonButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#savePersonButton");
    }

    @Test
    void theFirstStartOffersExampleDataAndCreatesIt(FxRobot robot) {
        Platform.runLater(() -> shell.offerExamplesIfFirstStart());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#createExamplesButton");
        robot.clickOn("#nav-CENTRES");

        ListView<CentreSummary> list = robot.lookup("#centreList").queryListView();
        assertThat(list.getItems()).hasSize(3);
        assertThat(workspace.meta().firstStartPending()).isFalse();
    }

    @Test
    void everyPartInTheSidebarOpensItsOwnPageNotAPlaceholder(FxRobot robot) {
        workspace.exampleData().declineExamples();
        for (String name : List.of("WHEEL", "PLAN", "OVERVIEW")) {
            robot.clickOn("#nav-" + name);
            assertThat(robot.lookup("#placeholder-" + name).tryQuery()).as(name).isEmpty();
            assertThat(robot.lookup("#content").queryAs(javafx.scene.layout.StackPane.class).getChildren())
                    .as(name).singleElement().satisfies(page -> assertThat(page.getId()).isNotBlank());
        }
    }

    @Test
    void theWindowSpeaksEnglishWhenChosen(FxRobot robot) {
        workspace.exampleData().create();
        robot.interact(() -> open("en"));

        robot.clickOn("#nav-CENTRES");

        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Family centres", "Basic facts", "Services at the family centre");
    }

    @Test
    void theTextGrowsFromTheKeyboardAndIsRemembered(FxRobot robot) {
        workspace.exampleData().declineExamples();
        int before = preferences.fontSize();

        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);

        assertThat(preferences.fontSize()).isEqualTo(before + 2);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: " + (before + 2) + "px");
    }
}
