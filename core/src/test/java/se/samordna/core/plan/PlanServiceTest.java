package se.samordna.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The plan's tree on a real H2 workspace: built, ordered, moved, copied, followed up. */
class PlanServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    private Workspace workspace;
    private PlanService plans;
    private long centre;
    private long otherCentre;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().declineExamples();
        centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Solsidan", "Östersund", "")).id();
        otherCentre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Lillsjön", "Östersund", "")).id();
        plans = new PlanService(workspace.database(), CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void openingACentresPlanTwiceGivesTheSamePlanAndACentreHasOnePlanAYear() {
        Plan plan = plans.openForCentre(centre, YEAR);

        assertThat(plans.openForCentre(centre, YEAR).id()).isEqualTo(plan.id());
        assertThat(plan.uuid()).isNotNull();
        assertThat(plan.scope()).isEqualTo(PlanScope.CENTRE);
        assertThat(plans.findForCentre(centre, YEAR + 1)).isEmpty();
        assertThat(plans.plansOfCentre(centre)).extracting(PlanSummary::year).containsExactly(YEAR);
        assertThatThrownBy(() -> plans.openForCentre(centre, 1999)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aMunicipalPlanCoversSeveralCentresAndNeedsAtLeastOne() {
        Plan plan = plans.openForMunicipality(" Östersund ", YEAR, List.of(centre, otherCentre));

        assertThat(plan.scope()).isEqualTo(PlanScope.MUNICIPAL);
        assertThat(plan.municipality()).isEqualTo("Östersund");
        assertThat(plan.centres()).containsExactlyInAnyOrder(centre, otherCentre);
        assertThat(plans.openForMunicipality("Östersund", YEAR, List.of(centre)).id()).isEqualTo(plan.id());
        assertThat(plans.setCoveredCentres(plan.id(), List.of(centre)).centres()).containsExactly(centre);
        assertThatThrownBy(() -> plans.openForMunicipality("Krokom", YEAR, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.messageKey()).containsExactly(PlanRules.NO_CENTRES));
        assertThat(plans.municipalPlans()).hasSize(1);
    }

    @Test
    void aPlanIsDueOnTheFirstOfDecemberAndMarkedSentWithTheDayItWent() {
        Plan plan = plans.openForCentre(centre, YEAR);
        assertThat(PlanService.dueDate(YEAR)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(plan.sentOn()).isNull();

        Plan sent = plans.markSent(plan.id(), LocalDate.of(2026, 11, 28));

        assertThat(sent.sentOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(plans.plansOfCentre(centre)).extracting(PlanSummary::sentOn)
                .containsExactly(LocalDate.of(2026, 11, 28));
        assertThat(plans.unmarkSent(plan.id()).sentOn()).isNull();
        assertThat(plans.get(plan.id()).sentOn()).isNull();
        assertThatThrownBy(() -> plans.markSent(plan.id(), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.markSent(plan.id(), LocalDate.of(1999, 1, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theTreeIsBuiltInOrderAndEveryPartCarriesAUuid() {
        Plan plan = plans.openForCentre(centre, YEAR);
        GoalArea area = plans.addArea(plan.id(), "Föräldraskapsstöd", "Ett samordnat stöd utifrån barns behov.");
        Subgoal subgoal = plans.addSubgoal(area.id(), "Samordna det lokala utbudet av ABC.");
        Activity first = plans.addActivity(subgoal.id(), ActivityDraft.of("Rekrytera gruppledare")
                .withWho("Föräldrar", "FCA-koordinator", "Fler grupper"));
        Activity second = plans.addActivity(subgoal.id(), ActivityDraft.of("ABC på engelska"));

        Plan read = plans.get(plan.id());
        assertThat(read.areas()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Föräldraskapsstöd");
            assertThat(a.overallGoal()).isEqualTo("Ett samordnat stöd utifrån barns behov.");
            assertThat(a.uuid()).isNotNull();
        });
        assertThat(read.activities()).extracting(Activity::id).containsExactly(first.id(), second.id());
        assertThat(read.activities()).extracting(Activity::position).containsExactly(1, 2);
        assertThat(first.stage()).isEqualTo(PdsaStage.PLANERA);
        assertThat(first.draft().responsible()).isEqualTo("FCA-koordinator");
        assertThat(read.activities().map(Activity::uuid).distinct()).hasSize(2);
    }

    @Test
    void activitiesAreReorderedAndAListMadeBeforeAnotherChangeIsRefused() {
        Subgoal subgoal = subgoal();
        long a = plans.addActivity(subgoal.id(), ActivityDraft.of("A")).id();
        long b = plans.addActivity(subgoal.id(), ActivityDraft.of("B")).id();
        long c = plans.addActivity(subgoal.id(), ActivityDraft.of("C")).id();

        Plan plan = plans.reorderActivities(subgoal.id(), List.of(c, a, b));

        assertThat(plan.activities()).extracting(x -> x.draft().description()).containsExactly("C", "A", "B");
        assertThat(plan.activities()).extracting(Activity::position).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> plans.reorderActivities(subgoal.id(), List.of(a, b)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.orderChanged"));
        plans.removeActivity(a);
        assertThat(plans.get(plan.id()).activities()).extracting(Activity::position).containsExactly(1, 2);
    }

    @Test
    void anActivityMovesToAnotherDelmalWithItsCheckpointsAndBothListsStayNumbered() {
        Subgoal from = subgoal();
        Subgoal to = plans.addSubgoal(from.areaId(), "Andra delmålet");
        long a = plans.addActivity(from.id(), ActivityDraft.of("A")).id();
        long b = plans.addActivity(from.id(), ActivityDraft.of("B")).id();
        long x = plans.addActivity(to.id(), ActivityDraft.of("X")).id();
        plans.planCheckpoint(a, LocalDate.of(YEAR, 9, 1));

        Plan plan = plans.moveActivity(a, to.id(), 1);

        Subgoal movedTo = PlanService.subgoal(plan, to.id());
        assertThat(movedTo.activities()).extracting(Activity::id).containsExactly(x, a);
        assertThat(movedTo.activities()).extracting(Activity::position).containsExactly(1, 2);
        assertThat(movedTo.activities().get(1).checkpoints()).hasSize(1);
        assertThat(PlanService.subgoal(plan, from.id()).activities()).extracting(Activity::id, Activity::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(b, 1));
    }

    @Test
    void nothingMovesIntoAnotherPlan() {
        Subgoal here = subgoal();
        long activity = plans.addActivity(here.id(), ActivityDraft.of("A")).id();
        Plan other = plans.openForCentre(otherCentre, YEAR);
        Subgoal there = plans.addSubgoal(plans.addArea(other.id(), "Annat", "").id(), "Där");

        assertThatThrownBy(() -> plans.moveActivity(activity, there.id(), 0))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.moveToOtherPlan"));
    }

    @Test
    void aDelmalIsCopiedWithItsActivitiesToAnotherCentresPlanUnderTheSameMalomrade() {
        Subgoal subgoal = subgoal();
        Activity done = plans.addActivity(subgoal.id(), ActivityDraft.of("Gemensam rutin")
                .withWho("Blivande föräldrar", "MVC och BVC", "Tidig upptäckt"));
        plans.recordCheckpoint(done.id(), LocalDate.of(YEAR, 5, 1), PdsaStage.FOLJA_UPP, "Fungerar", "");
        plans.decide(done.id(), CycleDecision.BEHALL, "");
        Plan other = plans.openForCentre(otherCentre, YEAR);

        Subgoal copy = plans.copySubgoal(subgoal.id(), other.id());

        Plan target = plans.get(other.id());
        assertThat(target.areas()).singleElement().extracting(GoalArea::name).isEqualTo("Föräldraskapsstöd");
        assertThat(copy.text()).isEqualTo(subgoal.text());
        assertThat(copy.uuid()).isNotEqualTo(subgoal.uuid());
        assertThat(copy.activities()).singleElement().satisfies(a -> {
            assertThat(a.draft().responsible()).isEqualTo("MVC och BVC");
            assertThat(a.stage()).isEqualTo(PdsaStage.PLANERA);
            assertThat(a.decision()).isNull();
            assertThat(a.checkpoints()).isEmpty();
        });
        assertThat(plans.copySubgoal(subgoal.id(), other.id()).areaId()).as("same målområde again")
                .isEqualTo(copy.areaId());
        assertThatThrownBy(() -> plans.copySubgoal(subgoal.id(), planOf(subgoal)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aRecordedCheckpointSetsTheStageAndKeepsNoteAndValue() {
        Activity activity = plans.addActivity(subgoal().id(), ActivityDraft.of("ABC-grupper"));
        Checkpoint planned = plans.planCheckpoint(activity.id(), LocalDate.of(YEAR, 4, 15));

        Checkpoint recorded = plans.recordCheckpoint(planned.id(), PdsaStage.GORA, " Nio fullföljde. ", "9");

        assertThat(recorded.recorded()).isTrue();
        assertThat(recorded.note()).isEqualTo("Nio fullföljde.");
        assertThat(recorded.indicatorValue()).isEqualTo("9");
        assertThat(plans.get(planOf(activity)).activity(activity.id()).orElseThrow().stage()).isEqualTo(PdsaStage.GORA);
        assertThatThrownBy(() -> plans.recordCheckpoint(planned.id(), null, "", ""))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theOverdueListHoldsActivitiesPastTheirEndOrWithAMissedCheckpoint() {
        Subgoal subgoal = subgoal();
        Activity late = plans.addActivity(subgoal.id(), ActivityDraft.of("Slut i maj")
                .withDates(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 5, 31)));
        Activity missed = plans.addActivity(subgoal.id(), ActivityDraft.of("Avstämning i mars")
                .withDates(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 1)));
        plans.planCheckpoint(missed.id(), LocalDate.of(YEAR, 3, 15));
        Activity fine = plans.addActivity(subgoal.id(), ActivityDraft.of("Pågår")
                .withDates(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 1)));
        Activity later = plans.addActivity(subgoal.id(), ActivityDraft.of("Hösten")
                .withDates(LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 12, 1)));

        List<PlannedActivity> overdue = plans.overdue(planOf(late));

        assertThat(overdue).extracting(row -> row.activity().id()).containsExactly(late.id(), missed.id());
        assertThat(overdue.get(0).status().printed()).isEqualTo("! Försenad – slutdatum 2026-05-31 har passerat");
        assertThat(overdue.get(1).status().reasonKey()).isEqualTo(ActivityStatus.REASON_CHECKPOINT_MISSED);
        assertThat(overdue.get(0).areaName()).isEqualTo("Föräldraskapsstöd");
        assertThat(plans.status(fine).state()).isEqualTo(ActivityState.ON_TRACK);
        assertThat(plans.status(later).state()).isEqualTo(ActivityState.NOT_STARTED);
        assertThat(plans.status(plans.decide(late.id(), CycleDecision.AVBRYT, "Ingen lokal")).state())
                .isEqualTo(ActivityState.STOPPED);
    }

    @Test
    void anActivityIsCheckedAgainstItsColumnsItsDatesAndItsLink() {
        String tooLong = "x".repeat(ActivityDraft.RESPONSIBLE_MAX + 1);
        ActivityDraft draft = ActivityDraft.of(" ").withWho("", tooLong, "")
                .withIndicator("", "", "", new IndicatorLink(IndicatorKind.SURVEY_AREA, "OKÄNT", null))
                .withDates(LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 4, 1));

        assertThat(PlanRules.validate(draft)).extracting(e -> e.field() + ":" + e.messageKey()).containsExactly(
                "description:validation.required", "responsible:validation.tooLong", "end:" + PlanRules.END_BEFORE_START,
                "link:" + PlanRules.LINK_UNKNOWN);
        ActivityDraft badTarget = ActivityDraft.of("A").withIndicator("", "", "",
                new IndicatorLink(IndicatorKind.REFLECTION_AREA, "SAMVERKAN", java.math.BigDecimal.valueOf(7)));
        assertThat(PlanRules.validate(badTarget)).extracting(e -> e.messageKey())
                .containsExactly(PlanRules.LINK_TARGET_RANGE);
        assertThatThrownBy(() -> plans.addActivity(subgoal().id(), draft)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theExamplePlansReadLikeSeed004AndTheMunicipalPlanCoversTheCentres() {
        PlanProposals proposals = new PlanProposals(workspace.database(), workspace.goals(), workspace.surveys(),
                workspace.reflection(), CLOCK);

        Plan plan = PlanExamples.centrePlan(plans, proposals, centre, YEAR);
        Plan municipal = PlanExamples.municipalPlan(plans, "Östersund", YEAR, List.of(centre, otherCentre));

        assertThat(plan.areas()).extracting(GoalArea::name).startsWith("Föräldraskapsstöd");
        assertThat(plan.activities()).allSatisfy(a -> {
            assertThat(a.draft().targetGroup()).isNotBlank();
            assertThat(a.draft().responsible()).isNotBlank();
            assertThat(a.draft().expectedEffect()).isNotBlank();
        });
        assertThat(plan.activities().map(a -> a.stage()).distinct().count()).isGreaterThan(1);
        assertThat(municipal.areas()).hasSize(3);
        assertThat(municipal.centres()).containsExactlyInAnyOrder(centre, otherCentre);
    }

    private Subgoal subgoal() {
        Plan plan = plans.openForCentre(centre, YEAR);
        GoalArea area = plan.areas().isEmpty() ? plans.addArea(plan.id(), "Föräldraskapsstöd", "")
                : plan.areas().getFirst();
        return plans.addSubgoal(area.id(), "Stöd 0–6 år anpassat efter målgrupper");
    }

    private long planOf(Subgoal subgoal) {
        return plans.openForCentre(centre, YEAR).id();
    }

    private long planOf(Activity activity) {
        return plans.openForCentre(centre, YEAR).id();
    }
}
