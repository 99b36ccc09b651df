package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.app.reflection.RatingRow;
import se.samordna.app.reflection.WorkshopViewModel;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;

/** Step I from the keyboard (Enter, wrong keys), the selected row's colours, and statement numbers in step II. */
class WorkshopFlowUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 768);
    }

    @Test
    void aWrongKeySaysWhyAndEnterOnTheLastStatementHandsOver(FxRobot robot) {
        WorkshopViewModel model = startWorkshop(robot, 2);
        focusFirstStatement(robot);

        robot.type(KeyCode.DIGIT8);
        assertThat(refused(robot)).startsWith("”8” finns inte på skalan. Tryck 6 (Fungerar) till 1");
        robot.type(KeyCode.Q);
        assertThat(refused(robot)).startsWith("”q” finns inte på skalan.");
        assertThat(model.workshop().rating(1, "S01").rating().answered()).as("nothing stored").isFalse();
        robot.type(KeyCode.DIGIT5);
        assertThat(refused(robot)).as("a key on the scale clears the message").isEmpty();

        // Enter on a statement goes to the next one, like a rating does ...
        robot.type(KeyCode.ENTER);
        ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        for (int i = 2; i < 30; i++) {
            robot.type(KeyCode.DIGIT4);
        }
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the last statement").isEqualTo(29);
        assertThat(robot.lookup("#handoverScreen").query().isVisible()).isFalse();

        // ... and on the last one it is "Klar": the hand-over, as the button would.
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#handoverScreen").query().isVisible()).isTrue();
        assertThat(model.handingOverProperty().get()).isTrue();
        assertThat(workspace.reflection().get(model.workshop().id()).handedOver()).isEqualTo(1);

        // Enter on the hand-over screen lets the next participant begin.
        robot.type(KeyCode.ENTER);
        assertThat(model.participantProperty().get()).isEqualTo(2);
        assertThat(robot.lookup("#handoverScreen").query().isVisible()).isFalse();
    }

    @Test
    void inTheSelectedRowTheAreaHeadingAndTheChosenStepStandOutFromTheRow(FxRobot robot) {
        startWorkshop(robot, 2);
        focusFirstStatement(robot);
        robot.type(KeyCode.DIGIT5);
        robot.type(KeyCode.UP); // back to statement 1: selected, with its area heading and its chosen step

        ListCell<?> row = robot.lookup("#ratingList .list-cell").match((ListCell<?> cell) -> cell.isSelected())
                .queryAs(ListCell.class);
        Color background = lastFill(row);
        Label heading = robot.from(row).lookup(".area-title").queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo("Generellt för arbete på FC");
        assertThat(contrast((Color) heading.getTextFill(), background)).as("heading on the selected row")
                .isGreaterThan(4.5);
        ToggleButton chosen = robot.from(row).lookup(".toggle-button").match(ToggleButton::isSelected)
                .queryAs(ToggleButton.class);
        assertThat(chosen.getText()).isEqualTo("5");
        assertThat(chosen.getBackground().getFills()).extracting(BackgroundFill::getFill)
                .as("something of the chosen step stands out from the row")
                .anySatisfy(fill -> assertThat(contrast((Color) fill, background)).isGreaterThan(3));
    }

    @Test
    void theDialogueShowsEachStatementsOwnNumberAndThePresentationItsPlaceInTheOrderApart(FxRobot robot) {
        WorkshopViewModel model = startWorkshop(robot, 2);
        for (int participant = 1; participant <= 2; participant++) {
            focusFirstStatement(robot);
            for (int i = 0; i < 30; i++) {
                // Participant 2 differs from participant 1 only on statement 28.
                robot.type(participant == 2 && i == 27 ? KeyCode.DIGIT1 : KeyCode.DIGIT6);
            }
            robot.type(KeyCode.ENTER); // Klar
            robot.type(KeyCode.ENTER); // past the hand-over screen
        }
        assertThat(model.pageProperty().get()).isEqualTo(WorkshopViewModel.Page.STEP2);
        StatementStats first = model.spread().getFirst();
        Statement statement = model.workshop().statement(first.statementKey()).orElseThrow();
        assertThat(statement.key()).isEqualTo("S28");

        ListView<StatementStats> spread = robot.lookup("#spreadList").queryListView();
        Label firstTitle = robot.from(spread).lookup(".statement-title").queryAs(Label.class);
        assertThat(firstTitle.getText()).isEqualTo("28. " + statement.title());
        assertThat(workshopLine(robot)).as("the list of workshops follows the step").endsWith("pågår, steg 2");

        robot.clickOn("#presentButton");
        assertThat(robot.lookup("#presentationCounter").queryAs(Label.class).getText())
                .isEqualTo("Påstående 28 · Samverkan");
        assertThat(robot.lookup("#presentationPosition").queryAs(Label.class).getText())
                .startsWith("1 av 30 i dialogens ordning");
        robot.type(KeyCode.RIGHT);
        Statement second = model.workshop().statement(model.spread().get(1).statementKey()).orElseThrow();
        assertThat(robot.lookup("#presentationCounter").queryAs(Label.class).getText())
                .startsWith("Påstående " + model.number(second) + " · ");
        assertThat(robot.lookup("#presentationPosition").queryAs(Label.class).getText())
                .startsWith("2 av 30 i dialogens ordning");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#page-STEP3");
        assertThat(workshopLine(robot)).endsWith("pågår, steg 3");
    }

    private WorkshopViewModel startWorkshop(FxRobot robot, int participants) {
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.doubleClickOn("#workshopParticipants .text-field").write(String.valueOf(participants));
        robot.clickOn("#startWorkshopButton");
        return context.reflection().currentProperty().get();
    }

    private static void focusFirstStatement(FxRobot robot) {
        ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
            list.requestFocus();
        });
    }

    private static String refused(FxRobot robot) {
        return robot.lookup("#ratingRefused").queryAs(Label.class).getText();
    }

    private static String workshopLine(FxRobot robot) {
        ListView<?> list = robot.lookup("#workshopList").queryListView();
        Node cell = robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .query();
        return ((ListCell<?>) cell).getText();
    }

    private static Color lastFill(ListCell<?> cell) {
        Paint paint = cell.getBackground().getFills().getLast().getFill();
        return (Color) paint;
    }

    /** The WCAG contrast ratio of two colours (1 = none, 21 = black on white). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
