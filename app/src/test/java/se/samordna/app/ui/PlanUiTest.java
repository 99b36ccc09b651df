package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.centre.CentreSummary;
import se.samordna.core.plan.Activity;
import se.samordna.core.plan.CycleDecision;
import se.samordna.core.plan.GoalProposal;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.Plan;
import se.samordna.core.plan.PlanProposals;
import se.samordna.core.plan.PlanScope;
import se.samordna.core.plan.PlanService;
import se.samordna.core.plan.Subgoal;

/**
 * Handlingsplan as a coordinator uses it: a year's goal taken in, an activity added and followed up,
 * the plan marked sent and saved as PDF and Word; then each of the plan's other dialogs — move an
 * activity, copy a delmål, end a cycle, make the municipality's plan, carry over from last year — each
 * checked in the database.
 */
class PlanUiTest extends AppWithFileDialogs {
    private static final String ACTIVITY = "Språkcafé för föräldrar på onsdagar med tolk";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aGoalIsTakenInAnActivityAddedFollowedUpAndThePlanSentAndSavedAsPdfAndWord(FxRobot robot) throws Exception {
        // Solsidan's example plan has taken in every goal already: start the year's plan anew.
        plans().deletePlan(plans().findForCentre(solsidan, 2026).orElseThrow().id());
        robot.clickOn("#nav-PLAN");
        assertThat(robot.lookup("#planNotice").queryAs(Label.class).getText()).contains("har skapats");

        robot.clickOn("#planAddArea");
        robot.clickOn("#planAreaName").write("Föräldraskapsstöd");
        robot.clickOn("#planAreaGoal").write("Stöd utifrån barns behov.");
        robot.clickOn("#planAreaSave");
        long planId = plans().findForCentre(solsidan, 2026).orElseThrow().id();
        assertThat(plans().get(planId).areas()).extracting(a -> a.name()).containsExactly("Föräldraskapsstöd");

        tab(robot, "planTabProposals");
        GoalProposal proposal = proposals().goalProposals(planId).stream()
                .filter(p -> p.answer() == GoalProposal.Answer.OPEN).findFirst().orElseThrow();
        robot.clickOn(robot.lookup("#planAcceptGoal").<Node>queryAll().iterator().next());
        robot.clickOn("#planPickOk");
        assertThat(plans().get(planId).subgoals()).extracting(Subgoal::text)
                .containsExactly(proposal.goal().draft().goal());
        assertThat(robot.lookup("#planNotice").queryAs(Label.class).getText()).contains("Verksamhetsberättelsen");

        select(robot, node -> node instanceof Subgoal);
        robot.clickOn("#planAddActivity");
        robot.clickOn("#planActivityDescription").write(ACTIVITY);
        robot.clickOn("#planActivityTargetGroup").write("Föräldrar med annat modersmål");
        robot.clickOn("#planActivityResponsible").write("Öppna förskolan");
        robot.clickOn("#planActivityEffect").write("Fler föräldrar hittar till familjecentralen.");
        robot.clickOn("#planActivityIndicator").write("Antal besökare");
        robot.clickOn("#planActivitySave");
        Activity added = plans().get(planId).activities().findFirst().orElseThrow();
        assertThat(added.draft().description()).isEqualTo(ACTIVITY);
        assertThat(added.draft().responsible()).isEqualTo("Öppna förskolan");

        select(robot, node -> node instanceof Activity a && a.id() == added.id());
        tab(robot, "planTabDetails");
        showDetailsEnd(robot);
        robot.clickOn("#planRecordCheckpoint");
        choose(robot, "#planCheckpointStage", PdsaStage.GORA);
        robot.clickOn("#planCheckpointNote").write("Två träffar, elva föräldrar.");
        robot.clickOn("#planCheckpointValue").write("11");
        robot.clickOn("#planCheckpointSave");
        Activity followed = activity(planId, added.id());
        assertThat(followed.stage()).isEqualTo(PdsaStage.GORA);
        assertThat(followed.checkpoints()).singleElement().satisfies(c -> {
            assertThat(c.recorded()).isTrue();
            assertThat(c.note()).isEqualTo("Två träffar, elva föräldrar.");
            assertThat(c.indicatorValue()).isEqualTo("11");
        });

        robot.clickOn("#planMarkSent");
        robot.clickOn("#planSentSave");
        assertThat(plans().get(planId).sentOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThat(robot.lookup("#planSent").queryAs(Label.class).getText()).startsWith("Skickad 23 november 2026");

        Path pdf = out("plan.pdf");
        files.answer(pdf);
        robot.clickOn("#planExportPdf");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Handlingsplan 2026 Familjecentralen Solsidan", ".pdf");
        assertThat(Documents.pdfText(pdf).replaceAll("\\s+", " ")).contains(ACTIVITY, "Öppna förskolan",
                proposal.goal().draft().goal().replaceAll("\\s+", " ").substring(0, 20));

        Path word = out("plan.docx");
        files.answer(word);
        robot.clickOn("#planExportWord");
        assertThat(closeInfo(robot)).contains(word.toString());
        assertSaveAsked("Handlingsplan 2026 Familjecentralen Solsidan", ".docx");
        assertThat(Documents.docxText(word)).contains(ACTIVITY, "Föräldrar med annat modersmål", "Antal besökare");
    }

    @Test
    void anActivityIsMovedADelmalCopiedACycleEndedTheMunicipalPlanMadeAndLastYearCarriedOver(FxRobot robot) {
        robot.clickOn("#nav-PLAN");
        long planId = plans().findForCentre(solsidan, 2026).orElseThrow().id();
        Plan plan = plans().get(planId);

        // Move the first activity of the first delmål to another delmål.
        Activity moved = plan.activities().findFirst().orElseThrow();
        select(robot, node -> node instanceof Activity a && a.id() == moved.id());
        robot.clickOn("#planMoveActivity");
        Subgoal target = pickedItem(robot);
        robot.clickOn("#planPickOk");
        assertThat(activity(planId, moved.id()).subgoalId()).isEqualTo(target.id()).isNotEqualTo(moved.subgoalId());

        // Copy a delmål to Fyrklövern's plan, which is made for it.
        Subgoal copied = plans().get(planId).subgoals().filter(s -> !s.activities().isEmpty()).findFirst().orElseThrow();
        long fyrklovern = centre("Familjecentralen Fyrklövern");
        assertThat(plans().findForCentre(fyrklovern, 2026)).isEmpty();
        select(robot, node -> node instanceof Subgoal s && s.id() == copied.id());
        robot.clickOn("#planCopySubgoal");
        ListView<?> centres = robot.lookup("#planPick").queryAs(ListView.class);
        robot.clickOn(robot.lookup("#planPick .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof CentreSummary c && c.id() == fyrklovern)
                .findFirst().orElseThrow());
        assertThat(((CentreSummary) centres.getSelectionModel().getSelectedItem()).id()).isEqualTo(fyrklovern);
        robot.clickOn("#planPickOk");
        Plan other = plans().findForCentre(fyrklovern, 2026).orElseThrow();
        assertThat(other.subgoals()).extracting(Subgoal::text).containsExactly(copied.text());
        assertThat(other.activities().count()).isEqualTo(copied.activities().size());

        // End the cycle of an activity that is still open, keeping it.
        Activity open = plans().get(planId).activities().filter(a -> a.decision() == null).findFirst().orElseThrow();
        select(robot, node -> node instanceof Activity a && a.id() == open.id());
        tab(robot, "planTabDetails");
        showDetailsEnd(robot);
        robot.clickOn("#planDecide");
        choose(robot, "#planDecision", CycleDecision.JUSTERA);
        robot.clickOn("#planDecisionNote").write("Fler tider behövs.");
        robot.clickOn("#planDecisionSave");
        Activity decided = activity(planId, open.id());
        assertThat(decided.decision()).isEqualTo(CycleDecision.JUSTERA);
        assertThat(decided.decisionNote()).isEqualTo("Fler tider behövs.");
        assertThat(robot.lookup("#planReopen").tryQuery()).isPresent();

        // Fyrklövern's municipality has no plan of its own: make it, covering Fyrklövern.
        robot.interact(() -> context.work().selectCentre(fyrklovern));
        choose(robot, "#planScope", PlanScope.MUNICIPAL);
        String municipality = workspace.centres().get(fyrklovern).details().municipality();
        assertThat(plans().findForMunicipality(municipality, 2026)).isEmpty();
        robot.clickOn("#planCreateMunicipal");
        assertThat(robot.lookup(".dialog-pane .check-box").<CheckBox>queryAllAs(CheckBox.class)).isNotEmpty()
                .allMatch(CheckBox::isSelected);
        robot.clickOn("#planChooseOk");
        Plan municipal = plans().findForMunicipality(municipality, 2026).orElseThrow();
        assertThat(municipal.scope()).isEqualTo(PlanScope.MUNICIPAL);
        assertThat(municipal.coveredCentreIds()).contains(fyrklovern);

        // Next year's plan for Solsidan: carry over one of this year's unfinished activities, asked.
        choose(robot, "#planScope", PlanScope.CENTRE);
        robot.interact(() -> context.work().selectCentre(solsidan));
        robot.interact(() -> context.work().yearProperty().set(2027));
        long next = plans().findForCentre(solsidan, 2027).orElseThrow().id();
        assertThat(plans().get(next).activities()).isEmpty();
        robot.clickOn("#planCarryOver");
        List<CheckBox> offered = robot.lookup(".dialog-pane .check-box").queryAllAs(CheckBox.class).stream().toList();
        assertThat(offered).isNotEmpty().noneMatch(CheckBox::isSelected);
        robot.clickOn(offered.getFirst());
        robot.clickOn("#planChooseOk");
        assertThat(plans().get(next).activities()).hasSize(1);
        assertThat(plans().get(next).activities().findFirst().orElseThrow().draft().description())
                .isEqualTo(offered.getFirst().getText().substring(offered.getFirst().getText().indexOf(" → ") + 3,
                        offered.getFirst().getText().lastIndexOf(" (")));
    }

    // --- helpers ---

    private PlanService plans() {
        return workspace.service(PlanService.class);
    }

    private PlanProposals proposals() {
        return workspace.service(PlanProposals.class);
    }

    private Activity activity(long planId, long activityId) {
        return plans().get(planId).activities().filter(a -> a.id() == activityId).findFirst().orElseThrow();
    }

    private long centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#planTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Scrolls the chosen part's details to their end, where the follow-up buttons are. */
    private void showDetailsEnd(FxRobot robot) {
        javafx.scene.control.ScrollPane scroll = robot.lookup("#planDetailsScroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses the first part of the plan's tree that {@code wanted}, as a click on it would. */
    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, Predicate<Object> wanted) {
        TreeView<Object> tree = robot.lookup("#planTree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<Object> item = find(tree.getRoot(), wanted).orElseThrow();
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        });
    }

    private static Optional<TreeItem<Object>> find(TreeItem<Object> item, Predicate<Object> wanted) {
        if (item.getValue() != null && wanted.test(item.getValue())) {
            return Optional.of(item);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            Optional<TreeItem<Object>> found = find(child, wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> ((ComboBox<T>) robot.lookup(id).queryAs(ComboBox.class)).setValue(value));
    }

    @SuppressWarnings("unchecked")
    private static <T> T pickedItem(FxRobot robot) {
        return ((ListView<T>) robot.lookup("#planPick").queryAs(ListView.class)).getSelectionModel().getSelectedItem();
    }
}
