package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Typing in at 1366 × 768: the own words fit on screen, and one message is shown at a time. */
class SurveyEntryUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 768);
    }

    @Test
    void theOwnWordsFitOnScreenAndWrapInTheList(FxRobot robot) {
        showEntry(robot, "Familjecentralen Solsidan");

        TextField open = robot.lookup("#entryOpenAnswer").queryAs(TextField.class);
        Bounds field = open.localToScene(open.getBoundsInLocal());
        assertThat(field.getMaxX()).as("the own words end inside the window")
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(field.getWidth()).as("room to read what is typed").isGreaterThan(400);

        TableCell<?, ?> quote = robot.lookup("#responseTable .table-cell")
                .match((TableCell<?, ?> cell) -> cell.getTableColumn() != null
                        && "openColumn".equals(cell.getTableColumn().getId()) && cell.getItem() != null
                        && !cell.getItem().toString().isEmpty())
                .queryAs(TableCell.class);
        Text text = (Text) quote.getGraphic();
        assertThat(text.getWrappingWidth()).as("wraps to the column").isPositive();
        Bounds cell = quote.localToScene(quote.getBoundsInLocal());
        assertThat(cell.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    @Test
    void aRepeatedNumberIsTheOnlyMessageNotBesideTheSavedOne(FxRobot robot) {
        showEntry(robot, "Familjecentralen Fyrklövern");
        robot.clickOn("#entryNumber").type(KeyCode.TAB).write("4444").type(KeyCode.ENTER);
        Label feedback = robot.lookup("#entryFeedback").queryAs(Label.class);
        assertThat(feedback.isVisible()).isTrue();
        assertThat(feedback.getText()).isEqualTo("Formulär 1 sparat. Nästa formulär:");

        robot.doubleClickOn("#entryNumber").write("1");

        assertThat(robot.lookup("#entryNumberError").queryAs(Label.class).getText())
                .startsWith("Formulär nummer 1 är redan inmatat");
        assertThat(feedback.isVisible() && !feedback.getText().isEmpty()).as("no green line beside the red").isFalse();
    }

    private void showEntry(FxRobot robot, String centre) {
        long id = workspace.centres().list().stream().filter(c -> c.name().equals(centre)).findFirst()
                .orElseThrow().id();
        robot.interact(() -> context.work().selectCentre(id));
        robot.clickOn("#nav-SURVEY");
        robot.clickOn("#tab-entry");
    }
}
