package se.samordna.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Notice;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.plan.ActivityDraft;
import se.samordna.core.plan.GoalProposal;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.Plan;
import se.samordna.core.plan.PlanExport;
import se.samordna.core.plan.PlanProposals;
import se.samordna.core.plan.PlanScope;
import se.samordna.core.plan.PlanService;
import se.samordna.core.workspace.Workspace;

/** The plan page's model on a real workspace with the example data (today 2026-11-23). */
class PlanViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkContext context;
    private PlanViewModel model;
    private PlanService plans;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        plans = workspace.service(PlanService.class);
        context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), -1);
        model = new PlanViewModel(plans, workspace.service(PlanProposals.class), workspace.service(PlanExport.class),
                new SameThreadTaskRunner(), Messages.forLanguage("sv"), context, TestWorkspaces.CLOCK);
        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        model.attach();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void openingACentresPlanTheFirstTimeMakesItAndSaysSo() {
        assertThat(model.plan()).isNotNull();
        assertThat(model.plan().areas()).isEmpty();
        assertThat(model.noticeProperty().get()).contains("har skapats", "Familjecentralen Fyrklövern");
        assertThat(model.title()).isEqualTo("Handlingsplan 2026 – Familjecentralen Fyrklövern");

        context.selectCentre(centre("Familjecentralen Solsidan").id());

        assertThat(model.plan().areas()).hasSize(3);
        assertThat(model.noticeProperty().get()).isEmpty();
    }

    @Test
    void theTreeIsBuiltAndOrderedFromThePage() {
        model.addArea("Föräldraskapsstöd", "Stöd utifrån barns behov.");
        model.addArea("Samverkan", "");
        long first = model.plan().areas().getFirst().id();
        model.addSubgoal(first, "Fler pappor deltar.");
        long subgoal = model.subgoals().getFirst().id();
        model.addActivity(subgoal, ActivityDraft.of("Pappagrupp på lördagar")
                .withWho("Pappor", "Öppna förskolan", "Fler pappor"));

        assertThat(model.canMove(model.plan().areas().getFirst(), -1)).isFalse();
        model.move(model.plan().areas().getFirst(), 1);

        assertThat(model.plan().areas()).extracting(a -> a.name()).containsExactly("Samverkan", "Föräldraskapsstöd");
        assertThat(model.overview()).hasSize(1);
        assertThat(model.stateText(model.overview().getFirst().status())).isEqualTo("○ Ej påbörjad – inget startdatum satt");
    }

    @Test
    void aCheckpointRecordedMovesTheStageAndAMissedOneIsOverdue() {
        model.addArea("A", "");
        model.addSubgoal(model.plan().areas().getFirst().id(), "Delmål");
        model.addActivity(model.subgoals().getFirst().id(), ActivityDraft.of("Aktivitet"));
        long activity = model.plan().activities().findFirst().orElseThrow().id();

        model.planCheckpoint(activity, LocalDate.of(2026, 11, 1));
        assertThat(model.overdue()).hasSize(1);
        assertThat(model.stateText(model.overdue().getFirst().status()))
                .isEqualTo("! Försenad – avstämningen 1 november 2026 är inte gjord");

        long checkpoint = model.plan().activities().findFirst().orElseThrow().checkpoints().getFirst().id();
        model.recordCheckpoint(checkpoint, activity, null, PdsaStage.GORA, "Två träffar gjorda", "12");

        assertThat(model.overdue()).isEmpty();
        assertThat(model.plan().activities().findFirst().orElseThrow().stage()).isEqualTo(PdsaStage.GORA);
    }

    @Test
    void theYearsGoalsAreProposedAndAcceptedUnderTheChosenArea() {
        context.selectCentre(centre("Familjecentralen Solsidan").id());
        plans.deletePlan(model.plan().id());
        model.reload();
        model.addArea("Föräldraskapsstöd", "");
        List<GoalProposal> open = model.goalProposals().stream()
                .filter(p -> p.answer() == GoalProposal.Answer.OPEN).toList();
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);

        model.acceptGoal(open.getFirst().goal().id(), model.plan().areas().getFirst().id());

        assertThat(model.subgoals()).extracting(s -> s.text()).containsExactly(open.getFirst().goal().draft().goal());
        assertThat(model.noticeProperty().get()).contains("Verksamhetsberättelsen läser samma mål");
        model.declineGoal(open.get(1).goal().id());
        assertThat(model.goalProposals()).filteredOn(p -> p.goal().id() == open.get(1).goal().id())
                .extracting(GoalProposal::answer).containsExactly(GoalProposal.Answer.DECLINED);
    }

    @Test
    void thePlanIsMarkedSentAndExportedWithAConfirmationNamingTheFile() throws Exception {
        assertThat(model.sentText()).isEqualTo("Skickas senast 1 december 2026.");
        model.markSent(LocalDate.of(2026, 11, 20));
        assertThat(model.sentText()).isEqualTo("Skickad 20 november 2026.");

        Path pdf = dir.resolve(model.suggestedFileName(DocumentExport.Format.PDF));
        String[] said = new String[1];
        model.export(DocumentExport.Format.PDF, pdf, text -> said[0] = text);

        assertThat(Files.size(pdf)).isPositive();
        assertThat(said[0]).contains("Handlingsplan 2026 Familjecentralen Fyrklövern.pdf");
    }

    @Test
    void theMunicipalPlanIsChosenForTheCentresMunicipality() {
        context.selectCentre(centre("Familjecentralen Solsidan").id());
        model.scopeProperty().set(PlanScope.MUNICIPAL);

        Plan municipal = model.plan();
        assertThat(municipal.scope()).isEqualTo(PlanScope.MUNICIPAL);
        assertThat(model.title()).isEqualTo("Handlingsplan 2026 – Östersunds kommun");
        assertThat(model.centresOfMunicipality()).extracting(CentreSummary::name)
                .containsExactlyInAnyOrder("Familjecentralen Solsidan", "Familjecentralen Lillsjön");

        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        assertThat(model.plan()).isNull();
        model.createMunicipal(List.of(centre("Familjecentralen Fyrklövern").id()));
        assertThat(model.plan().municipality()).isEqualTo("Krokom");
    }

    @Test
    void homeSaysThePlanIsDueFromTheWheelAndWhatIsOverdueFromThePlan() {
        PlanNotices notices = new PlanNotices(plans, Messages.forLanguage("sv"), TestWorkspaces.CLOCK);
        var solsidan = workspace.centres().get(centre("Familjecentralen Solsidan").id());
        se.samordna.app.wheel.WheelNotices wheel = new se.samordna.app.wheel.WheelNotices(workspace,
                Messages.forLanguage("sv"), TestWorkspaces.CLOCK);

        List<Notice> said = notices.noticesFor(solsidan, 2026);
        assertThat(said).extracting(Notice::text).anyMatch(t -> t.contains("i handlingsplanen för 2026"));
        assertThat(said).allSatisfy(n -> assertThat(n.destination()).isEqualTo(new PlanDestination(2026)));
        // The due date is the wheel's row for the plan (1 December), leading to the plan.
        assertThat(wheel.noticesFor(solsidan, 2026)).filteredOn(n -> n.text().startsWith("Handlingsplanen skickas"))
                .singleElement().satisfies(n -> {
                    assertThat(n.text()).contains("1 december 2026", "om 8 dagar");
                    assertThat(n.destination()).isEqualTo(new PlanDestination(2026));
                });
        plans.markSent(plans.findForCentre(solsidan.id(), 2026).orElseThrow().id(), LocalDate.of(2026, 11, 22));
        assertThat(wheel.noticesFor(solsidan, 2026)).extracting(Notice::text)
                .noneMatch(t -> t.startsWith("Handlingsplanen skickas"));
    }

    private CentreSummary centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
