package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;

/** The home screen's "Att göra": each item takes you to the work it names, by click or by Enter. */
class HomeUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 768);
    }

    @Test
    void anUnsignedAgreementLeadsToThatAgreement(FxRobot robot) {
        showCentre(robot, "Familjecentralen Lillsjön");
        AgreementSummary draft = workspace.agreements().list(centreId("Familjecentralen Lillsjön")).stream()
                .filter(a -> a.kind() == AgreementKind.SAMVERKAN && a.status() == AgreementStatus.UTKAST)
                .findFirst().orElseThrow();

        robot.clickOn(link(robot, "Samverkansavtal, version 1, är inte undertecknat"));

        assertThat(context.mainWindow().sectionProperty().get()).isEqualTo(se.samordna.app.agreement.AgreementsFeature.SECTION);
        assertThat(context.agreements().selectedProperty().get().id()).isEqualTo(draft.id());
        assertThat(context.agreements().hasAgreement().get()).as("shown, not just chosen").isTrue();
    }

    @Test
    void formsNotTypedInLeadToTheTypingInWithEnter(FxRobot robot) {
        showCentre(robot, "Familjecentralen Fyrklövern");
        Hyperlink survey = link(robot, "Föräldraenkät ska delas ut v.45-46 (Samordnare) – skulle ha varit klart");

        robot.interact(survey::requestFocus);
        robot.type(KeyCode.ENTER);

        assertThat(context.mainWindow().sectionProperty().get()).isEqualTo(se.samordna.app.survey.SurveyFeature.SECTION);
        TabPane tabs = robot.lookup("#surveyPage .tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-entry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entryNumber").queryAs(TextField.class).isFocused())
                .as("ready for the first form's number").isTrue();
    }

    @Test
    void theWheelsWorkshopLeadsToTheWorkshopsItsOwnRowsToTheWheelAndCentreGapsToTheCentre(FxRobot robot) {
        showCentre(robot, "Familjecentralen Fyrklövern");
        robot.clickOn(link(robot, "Självreflektion (Samordnare) –"));
        assertThat(context.mainWindow().sectionProperty().get())
                .isEqualTo(se.samordna.app.reflection.ReflectionFeature.SECTION);
        assertThat(robot.lookup("#reflectionPage").tryQuery()).isPresent();

        robot.clickOn("#nav-HOME");
        robot.clickOn(link(robot, "Barnkonventionens dag (vecka) Planera aktiviteter"));
        assertThat(context.mainWindow().sectionProperty().get()).isEqualTo(se.samordna.app.wheel.WheelFeature.SECTION);
        assertThat(context.feature(se.samordna.app.wheel.WheelFeature.class).model().selectedProperty().get()
                .activity().name()).isEqualTo("Barnkonventionens dag (vecka) Planera aktiviteter");

        robot.clickOn("#nav-HOME");
        robot.clickOn(link(robot, "Av de fyra verksamheterna saknas"));
        assertThat(context.mainWindow().sectionProperty().get()).isEqualTo(se.samordna.app.centre.CentresFeature.SECTION);
    }

    private void showCentre(FxRobot robot, String name) {
        robot.interact(() -> context.work().selectCentre(centreId(name)));
        robot.clickOn("#nav-CENTRES");
        robot.clickOn("#nav-HOME");
    }

    private long centreId(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Hyperlink link(FxRobot robot, String start) {
        return robot.lookup("#homeNotices .hyperlink").match((Hyperlink h) -> h.getText().startsWith(start))
                .queryAs(Hyperlink.class);
    }
}
