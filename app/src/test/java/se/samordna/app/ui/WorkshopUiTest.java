package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.app.reflection.AgreedRow;
import se.samordna.app.reflection.RatingRow;
import se.samordna.app.reflection.WorkshopViewModel;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.FollowUpMethod;
import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.StatementStats;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;

/** A three-participant workshop walked through all five steps, as a coordinator would. */
class WorkshopUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 900);
    }

    @Test
    void aThreeParticipantWorkshopRunsThroughAllFiveSteps(FxRobot robot) {
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.doubleClickOn("#workshopParticipants .text-field").write("3");
        robot.clickOn("#workshopProfessions").write("BVC, kurator");
        robot.clickOn("#startWorkshopButton");
        WorkshopViewModel model = context.reflection().currentProperty().get();
        assertThat(model.workshop().participants()).isEqualTo(3);

        // Step I: three participants in turn, keyboard only, hand-over screen between them.
        int[][] answers = {{6, 5, 4}, {2, 5, 0}, {4, 5, 3}};
        for (int participant = 1; participant <= 3; participant++) {
            ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
            robot.interact(() -> {
                list.getSelectionModel().select(0);
                list.requestFocus();
            });
            int[] mine = answers[participant - 1];
            for (int i = 0; i < 30; i++) {
                int value = mine[i % 3];
                robot.type(value == 0 ? KeyCode.DIGIT0 : KeyCode.valueOf("DIGIT" + value));
            }
            robot.type(KeyCode.DIGIT8); // not on the scale: refused
            assertThat(robot.lookup("#participantProgress").queryAs(Label.class).getText())
                    .startsWith("30 av 30 påståenden besvarade");
            robot.clickOn("#participantDone");
            assertThat(robot.lookup("#handoverScreen").query().isVisible()).isTrue();
            assertThat(model.individualRows()).as("previous answers hidden").isEmpty();
            robot.clickOn("#handoverContinue");
        }

        // Step II: everyone has rated, so the spread shows; the statements differ most first.
        assertThat(model.pageProperty().get()).isEqualTo(WorkshopViewModel.Page.STEP2);
        assertThat(model.everyoneHasRatedProperty().get()).isTrue();
        StatementStats first = model.spread().getFirst();
        assertThat(first.range()).isEqualTo(4);
        assertThat(robot.lookup("#spreadList").query().isVisible()).isTrue();

        // Step III: the group agrees; the median is only a suggestion.
        robot.clickOn("#page-STEP3");
        AgreedRow s01 = model.agreedRows().getFirst();
        assertThat(s01.stats().median()).isEqualTo(4.0);
        robot.interact(() -> {
            s01.ratingProperty().set(Rating.of(3));
            s01.noteProperty().set("Vi behöver fler hälsofrämjande samtal.");
            model.saveAgreedNote(s01);
        });

        // Step IV: an improvement area and a prioritised goal.
        robot.clickOn("#page-STEP4");
        AgreedRow s01InStep4 = model.agreedRows().getFirst();
        robot.interact(() -> s01InStep4.improvementProperty().set(true));
        robot.clickOn("#newGoalButton");
        robot.clickOn("#goalText").write("Hälsosamtal med alla nyblivna föräldrar");
        robot.clickOn("#goalMeasure").write("Antal samtal i journalen");
        robot.clickOn("#saveGoalButton");
        YearGoal goal = model.goals().getFirst();
        robot.interact(() -> model.setPrioritized(goal, true));

        // Step V: follow-up, then close.
        robot.clickOn("#page-STEP5");
        robot.clickOn("#method-SJALVREFLEKTION");
        robot.clickOn("#method-FORALDRAENKAT");
        robot.clickOn("#finishWorkshop");
        robot.clickOn("#confirmButton");

        Workshop saved = workspace.reflection().get(model.workshop().id());
        assertThat(saved.status()).isEqualTo(WorkshopStatus.AVSLUTAD);
        assertThat(saved.participantsDone()).isEqualTo(3);
        assertThat(saved.rating(2, "S03").rating().cannotAssess()).isTrue();
        assertThat(saved.rating(3, "S30").rating()).isEqualTo(Rating.of(3));
        assertThat(saved.agreed("S01").rating()).isEqualTo(Rating.of(3));
        assertThat(saved.agreed("S01").note()).isEqualTo("Vi behöver fler hälsofrämjande samtal.");
        assertThat(saved.agreed("S01").improvement()).isTrue();
        assertThat(saved.followUp().methods()).containsExactlyInAnyOrder(FollowUpMethod.SJALVREFLEKTION,
                FollowUpMethod.FORALDRAENKAT);
        List<YearGoal> goals = workspace.goals().ofWorkshop(saved.id());
        assertThat(goals).singleElement().satisfies(g -> {
            assertThat(g.draft()).isEqualTo(new GoalDraft("Hälsosamtal med alla nyblivna föräldrar",
                    "Antal samtal i journalen", "", "", null));
            assertThat(g.prioritized()).isTrue();
            assertThat(g.year()).isEqualTo(2027);
            assertThat(g.originRef()).isEqualTo("S01");
        });
        assertThat(model.pageProperty().get()).isEqualTo(WorkshopViewModel.Page.RESULT);
        assertThat(robot.lookup("#respondents").queryAs(Label.class).getText()).isEqualTo("Antal svarande: 3");
    }

    @Test
    void aWorkshopResumesWhereItWasAfterTheAppIsClosed(FxRobot robot) {
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        WorkshopViewModel model = context.reflection().currentProperty().get();
        ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT4);
        robot.clickOn("#participantDone");
        robot.clickOn("#handoverContinue");
        long id = model.workshop().id();

        restart(robot);
        robot.clickOn("#nav-REFLECTION");

        WorkshopViewModel resumed = context.reflection().currentProperty().get();
        assertThat(resumed.workshop().id()).isEqualTo(id);
        assertThat(resumed.participantProperty().get()).isEqualTo(2);
        assertThat(resumed.workshop().rating(1, "S01").rating()).isEqualTo(Rating.of(5));
        assertThat(resumed.workshop().rating(1, "S02").rating()).isEqualTo(Rating.of(4));
    }

    @Test
    void participantTwoCannotGetToParticipantOnesRatingsAfterTheHandOverNorAfterReopening(FxRobot robot) {
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.doubleClickOn("#workshopParticipants .text-field").write("3");
        robot.clickOn("#startWorkshopButton");
        WorkshopViewModel model = context.reflection().currentProperty().get();
        long id = model.workshop().id();

        // Participant 1 rates everything 6, goes back to the first statement to change it, and hands over.
        focusFirstStatement(robot);
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.DIGIT6);
        }
        focusFirstStatement(robot);
        robot.type(KeyCode.DIGIT5);
        assertThat(workspace.reflection().get(id).rating(1, "S01").rating()).isEqualTo(Rating.of(5));
        robot.clickOn("#participantDone");
        assertThat(robot.lookup("#handoverScreen").query().isVisible()).isTrue();

        // No way back on the hand-over screen: no button for it, and no key does it.
        assertThat(robot.lookup("#previousParticipant").tryQuery()).isEmpty();
        robot.type(KeyCode.PAGE_UP, KeyCode.UP, KeyCode.LEFT, KeyCode.BACK_SPACE);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        assertThat(model.individualRows()).isEmpty();
        robot.clickOn("#page-STEP1"); // the arrow keys may have moved along the step bar
        assertThat(robot.lookup("#handoverScreen").query().isVisible()).as("still handing over").isTrue();
        assertThat(model.individualRows()).isEmpty();
        robot.clickOn("#handoverContinue");
        assertParticipantTwoWithNothingRated(robot);

        // Nor through the other steps: the spread and the group's suggestions wait for everyone.
        for (String page : List.of("STEP2", "STEP3", "STEP4", "STEP5", "RESULT")) {
            robot.clickOn("#page-" + page);
            robot.lookup("#spreadList").tryQuery().ifPresent(spread -> assertThat(((ListView<?>) spread).getItems())
                    .as("the spread is not even behind the curtain").isEmpty());
            assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                    .noneMatch(text -> text != null && text.startsWith("Förslag: median"));
        }
        robot.clickOn("#page-STEP1");
        assertParticipantTwoWithNothingRated(robot);

        // Nor by closing Samordna and opening the workshop again.
        restart(robot);
        robot.clickOn("#nav-REFLECTION");
        assertThat(context.reflection().currentProperty().get().workshop().id()).isEqualTo(id);
        assertParticipantTwoWithNothingRated(robot);
        assertThat(robot.lookup("#previousParticipant").tryQuery()).isEmpty();
    }

    private static void focusFirstStatement(FxRobot robot) {
        ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
            list.requestFocus();
        });
    }

    private void assertParticipantTwoWithNothingRated(FxRobot robot) {
        WorkshopViewModel model = context.reflection().currentProperty().get();
        assertThat(robot.lookup("#participantLabel").queryAs(Label.class).getText()).isEqualTo("Deltagare 2 av 3");
        assertThat(robot.lookup("#participantProgress").queryAs(Label.class).getText())
                .startsWith("0 av 30 påståenden besvarade");
        assertThat(robot.lookup("#ratingList").query().isVisible()).isTrue();
        assertThat(robot.lookup("#ratingList .toggle-button").queryAllAs(ToggleButton.class))
                .as("a rating shown on the form").isNotEmpty().noneMatch(ToggleButton::isSelected);
        assertThat(model.individualRows()).hasSize(30).allSatisfy(row -> {
            assertThat(row.participant()).isEqualTo(2);
            assertThat(row.ratingProperty().get()).isEqualTo(Rating.NONE);
        });
    }
}
