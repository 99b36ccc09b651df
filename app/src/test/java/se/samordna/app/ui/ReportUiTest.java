package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.report.Report;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.report.VisitCategory;

/** A coordinator starts the year's report, writes, counts visitors and sees what is still missing. */
class ReportUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 900);
    }

    @Test
    void theReportIsWrittenStepByStepAndSavedAsItIsTyped(FxRobot robot) {
        long fyrklovern = workspace.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Fyrklövern")).findFirst().orElseThrow().id();
        robot.interact(() -> context.work().selectCentre(fyrklovern));
        robot.clickOn("#nav-REPORT");
        robot.clickOn("#startReport");

        assertThat(robot.lookup("#reportDue").queryAs(Label.class).getText()).isEqualTo("98 dagar kvar till 1 mars 2027");
        assertThat(robot.lookup("#sectionIntro").queryAs(Label.class).getText())
                .startsWith("Beskriv kort den specifika familjecentralen, upptagningsområdet");
        assertThat(robot.lookup("#sectionIntroSource").queryAs(Label.class).getText()).isEqualTo("Mallens vägledning");
        assertThat(guidanceLabel(robot, "description")).isEqualTo("Mallens vägledning");
        robot.clickOn("#field-description").write("Fyrklövern är en familjecentralsliknande verksamhet i Krokom.");
        robot.clickOn("#field-pregnant").write("41");
        robot.clickOn("#reportNext");

        Report saved = workspace.reports().latest(fyrklovern, 2026).orElseThrow();
        assertThat(saved.field(ReportTemplate.DESCRIPTION))
                .isEqualTo("Fyrklövern är en familjecentralsliknande verksamhet i Krokom.");
        assertThat(saved.field("pregnant")).isEqualTo("41");
        assertThat(saved.step()).isEqualTo(1);

        robot.clickOn("#visits-1-OPPEN_FORSKOLA").write("230").type(KeyCode.TAB);
        robot.write("40").type(KeyCode.TAB);
        assertThat(robot.lookup("#visitsTotal-OPPEN_FORSKOLA").queryAs(Label.class).getText()).isEqualTo("230");
        assertThat(workspace.reports().latest(fyrklovern, 2026).orElseThrow()
                .visits(1, VisitCategory.BARNAVARDSCENTRAL)).isEqualTo(40);

        robot.interact(() -> context.report().goTo(ReportTemplate.sections(2026).size() - 2));
        assertThat(robot.lookup("#sectionIntroSource").queryAs(Label.class).getText())
                .isEqualTo("Ur samverkansavtalet (Bilaga 1)");
        assertThat(guidanceLabel(robot, ReportTemplate.PARENTS_VIEW)).isEqualTo("Samordnas tips");
        assertThat(robot.lookup("#guidance-" + ReportTemplate.PARENTS_VIEW).query().getStyleClass())
                .contains("samordna-tip-box");

        robot.interact(() -> context.report().goTo(ReportTemplate.sections(2026).size() - 1));
        assertThat(robot.lookup("#reportDueSources").queryAs(Label.class).getText())
                .contains("Bilaga 1", "Bilaga 3", "Bilaga 6", "28/2", "1 mars");
        assertThat(robot.lookup("#reviewSummary").queryAs(Label.class).getText()).contains("måste fyllas i");
        assertThat(robot.lookup("#submitReport").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#missingList").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();
    }

    /** The label over the guidance beside a field: whose words the guidance is. */
    private static String guidanceLabel(FxRobot robot, String fieldKey) {
        javafx.scene.layout.VBox box = robot.lookup("#guidance-" + fieldKey).queryAs(javafx.scene.layout.VBox.class);
        return ((Label) box.getChildren().getFirst()).getText();
    }
}
