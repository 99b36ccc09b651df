package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.overview.OverviewFeature;
import se.samordna.app.overview.OverviewViewModel;
import se.samordna.core.overview.Overview;

/** Översikt on the example data: the table of centres, and a click on a survey cell to that centre's results. */
class OverviewUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aSurveyCellOpensThatCentresSurveyResults(FxRobot robot) {
        robot.clickOn("#nav-OVERVIEW");
        WaitForAsyncUtils.waitForFxEvents();
        OverviewViewModel model = context.feature(OverviewFeature.class).model();
        TableView<?> table = robot.lookup("#overviewTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(workspace.centres().list().size());
        Overview.Row withSurvey = model.visible().rows().filter(r -> r.cell("survey.BEMOTANDE").value() != null)
                .findFirst().orElseThrow();
        long other = model.visible().rows().filter(r -> r.centreId() != withSurvey.centreId()).findFirst()
                .orElseThrow().centreId();
        robot.interact(() -> context.work().selectCentre(other));
        // The survey's columns come after the self-reflection's six: leave those out to have them in view.
        robot.clickOn("#overviewMeasureREFLECTION");
        WaitForAsyncUtils.waitForFxEvents();
        int index = table.getItems().indexOf(withSurvey);
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();

        Node cell = robot.lookup(".overview-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getItem() == withSurvey
                        && "overviewColumn-survey.BEMOTANDE".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
        assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getTooltip().getText()).contains("Föräldraenkäten");
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.work().centre().id()).isEqualTo(withSurvey.centreId());
        assertThat(robot.lookup("#surveyPage").tryQuery()).isPresent();
        TabPane tabs = robot.lookup("#surveyPage .tab-pane").queryAs(TabPane.class);
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("tab-results");
    }
}
