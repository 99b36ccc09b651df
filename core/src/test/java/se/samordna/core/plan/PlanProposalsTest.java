package se.samordna.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * What the plan takes in from the example data's workshops and surveys (workshops of 2024 and 2025,
 * surveys of 2024–2026 with Delaktighet under its target at Solsidan), on a real H2 workspace.
 */
class PlanProposalsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    private Workspace workspace;
    private PlanService plans;
    private PlanProposals proposals;
    private Centre solsidan;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        solsidan = workspace.exampleData().create().getFirst();
        plans = new PlanService(workspace.database(), CLOCK);
        proposals = new PlanProposals(workspace.database(), workspace.goals(), workspace.surveys(),
                workspace.reflection(), CLOCK);
        // The example data has plans of its own (PlanCapability); these tests build theirs from nothing.
        workspace.centres().list().forEach(c -> plans.plansOfCentre(c.id()).forEach(p -> plans.deletePlan(p.id())));
        plans.municipalPlans().forEach(p -> plans.deletePlan(p.id()));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theYearsPrioritisedGoalsAreProposedAndAnAcceptedOneIsTheGoalTheReportReads() {
        Plan plan = plans.openForCentre(solsidan.id(), YEAR);
        GoalArea area = plans.addArea(plan.id(), "Föräldraskapsstöd", "");
        List<GoalProposal> offered = proposals.goalProposals(plan.id());
        assertThat(offered).hasSize(2).allSatisfy(p -> {
            assertThat(p.answer()).isEqualTo(GoalProposal.Answer.OPEN);
            assertThat(p.goal().source()).isEqualTo(GoalSource.SJALVREFLEKTION);
            assertThat(p.goal().year()).isEqualTo(YEAR);
        });
        YearGoal goal = offered.getFirst().goal();

        Subgoal subgoal = proposals.acceptGoal(plan.id(), goal.id(), area.id());

        assertThat(subgoal.text()).isEqualTo(goal.draft().goal());
        assertThat(subgoal.origin().yearGoalId()).isEqualTo(goal.id());
        assertThat(subgoal.origin().source()).isEqualTo(GoalSource.SJALVREFLEKTION);
        assertThat(subgoal.origin().originRef()).isEqualTo(goal.originRef());
        assertThat(proposals.goalProposals(plan.id()).getFirst().subgoalId()).isEqualTo(subgoal.id());
        assertThatThrownBy(() -> proposals.acceptGoal(plan.id(), goal.id(), area.id()))
                .isInstanceOf(UserFacingException.class);

        // Rewritten in the plan, it is rewritten where the annual report reads it.
        proposals.updateLinkedSubgoal(subgoal.id(), "Förbättra överlämningen från MVC till BVC.");
        assertThat(workspace.goals().list(solsidan.id(), YEAR)).extracting(g -> g.draft().goal())
                .contains("Förbättra överlämningen från MVC till BVC.");
        ReportSummary report = workspace.reports().list(solsidan.id()).stream().filter(r -> r.year() == YEAR)
                .findFirst().orElseThrow();
        assertThat(workspace.reports().content(report.id()).previousGoals()).extracting(g -> g.draft().goal())
                .contains("Förbättra överlämningen från MVC till BVC.");
        assertThat(plans.get(plan.id()).subgoals().map(Subgoal::text))
                .containsExactly("Förbättra överlämningen från MVC till BVC.");
        assertThatThrownBy(() -> plans.updateSubgoal(subgoal.id(), "Annat")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aDeclinedGoalStaysDeclined() {
        Plan plan = plans.openForCentre(solsidan.id(), YEAR);
        YearGoal goal = proposals.goalProposals(plan.id()).getLast().goal();

        proposals.declineGoal(plan.id(), goal.id());

        assertThat(proposals.goalProposals(plan.id())).filteredOn(p -> p.goal().id() == goal.id())
                .singleElement().extracting(GoalProposal::answer).isEqualTo(GoalProposal.Answer.DECLINED);
        assertThat(new PlanProposals(workspace.database(), workspace.goals(), workspace.surveys(),
                workspace.reflection(), CLOCK).goalProposals(plan.id())).filteredOn(p -> p.goal().id() == goal.id())
                .singleElement().extracting(GoalProposal::answer).isEqualTo(GoalProposal.Answer.DECLINED);
        assertThat(plans.get(plan.id()).subgoals()).isEmpty();
    }

    @Test
    void aSurveyAreaUnderItsTargetProposesAPdsaCycleOnTheDelmalWorkingOnIt() {
        Plan plan = plans.openForCentre(solsidan.id(), YEAR);
        Subgoal subgoal = plans.addSubgoal(plans.addArea(plan.id(), "Delaktighet", "").id(),
                "Föräldrar är delaktiga i verksamheten.");
        plans.addActivity(subgoal.id(), ActivityDraft.of("Föräldraråd varje termin").withIndicator(
                "Andel positiva svar om delaktighet", "Minst 85 %", "Föräldraenkäten",
                new IndicatorLink(IndicatorKind.SURVEY_AREA, "DELAKTIGHET", null)));

        List<PdsaProposal> offered = proposals.pdsaProposals(plan.id()).stream()
                .filter(p -> p.area() == SurveyArea.DELAKTIGHET).toList();

        assertThat(offered).extracting(PdsaProposal::surveyYear).containsExactly(YEAR - 1, YEAR);
        assertThat(offered).allSatisfy(p -> {
            assertThat(p.share()).isLessThan(85);
            assertThat(p.suggestedSubgoalId()).isEqualTo(subgoal.id());
            assertThat(p.answer()).isEqualTo(GoalProposal.Answer.OPEN);
        });
        int activitiesBefore = (int) plans.get(plan.id()).activities().count();
        assertThat(activitiesBefore).as("nothing added before the coordinator accepts").isEqualTo(1);

        Activity cycle = proposals.acceptPdsa(plan.id(), SurveyArea.DELAKTIGHET, YEAR, subgoal.id());

        assertThat(cycle.stage()).isEqualTo(PdsaStage.PLANERA);
        assertThat(cycle.subgoalId()).isEqualTo(subgoal.id());
        assertThat(cycle.draft().link().kind()).isEqualTo(IndicatorKind.SURVEY_AREA);
        assertThat(cycle.draft().description()).startsWith("PDSA-cykel efter föräldraenkäten 2026: Delaktighet");
        proposals.declinePdsa(plan.id(), SurveyArea.DELAKTIGHET, YEAR - 1);
        assertThat(proposals.pdsaProposals(plan.id()).stream().filter(p -> p.area() == SurveyArea.DELAKTIGHET))
                .extracting(PdsaProposal::answer)
                .containsExactly(GoalProposal.Answer.DECLINED, GoalProposal.Answer.ACCEPTED);
        assertThatThrownBy(() -> proposals.acceptPdsa(plan.id(), SurveyArea.DELAKTIGHET, YEAR, subgoal.id()))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void linkedIndicatorsReadTheSurveyAndTheWorkshopYearByYear() {
        Plan plan = plans.openForCentre(solsidan.id(), YEAR);
        Subgoal subgoal = plans.addSubgoal(plans.addArea(plan.id(), "Uppföljning", "").id(), "Mätbart");
        Activity survey = plans.addActivity(subgoal.id(), ActivityDraft.of("Enkät").withIndicator("", "", "",
                new IndicatorLink(IndicatorKind.SURVEY_AREA, "DELAKTIGHET", null)));
        Activity area = plans.addActivity(subgoal.id(), ActivityDraft.of("Samverkan").withIndicator("", "", "",
                new IndicatorLink(IndicatorKind.REFLECTION_AREA, "SAMVERKAN", BigDecimal.valueOf(1))));
        Workshop last = workspace.reflection().history(solsidan.id()).getLast();
        String statement = last.statements().getFirst().key();
        Activity rating = plans.addActivity(subgoal.id(), ActivityDraft.of("Påstående").withIndicator("", "", "",
                new IndicatorLink(IndicatorKind.REFLECTION_STATEMENT, statement, BigDecimal.valueOf(6))));

        IndicatorReading shares = proposals.readings(survey.id()).getFirst();
        assertThat(shares.values()).extracting(IndicatorReading.YearValue::year).containsExactly(2024, 2025, 2026);
        for (IndicatorReading.YearValue value : shares.values()) {
            SurveyResults results = workspace.surveys().resultsFor(solsidan.id(), value.year()).orElseThrow();
            double share = results.areas().stream().filter(a -> a.area() == SurveyArea.DELAKTIGHET).findFirst()
                    .orElseThrow().share();
            assertThat(value.value()).isCloseTo(share, within(0.005));
        }
        assertThat(shares.target()).isEqualByComparingTo("85");
        assertThat(shares.met()).isFalse();
        assertThat(shares.trend()).isNotEqualTo(IndicatorReading.Trend.UNKNOWN);

        IndicatorReading averages = proposals.readings(area.id()).getFirst();
        assertThat(averages.values()).extracting(IndicatorReading.YearValue::year).containsExactly(2024, 2025);
        OptionalDouble expected = ReflectionMath.areaAverages(last).get(Area.SAMVERKAN);
        assertThat(averages.values().getLast().value()).isCloseTo(expected.getAsDouble(), within(0.005));
        assertThat(averages.met()).isTrue();

        IndicatorReading statementReading = proposals.readings(rating.id()).getFirst();
        Integer agreed = last.agreed(statement).rating().value();
        if (agreed != null) {
            assertThat(statementReading.values().getLast().value()).isEqualTo(agreed.doubleValue());
            assertThat(statementReading.met()).isEqualTo(agreed == 6);
        }
        assertThat(proposals.value(solsidan.id(), survey.draft().link(), 2027)).as("not measured yet").isEmpty();
    }

    @Test
    void unfinishedActivitiesAreOfferedForNextYearAndOnlyTheChosenAreCarriedOver() {
        Plan lastYear = plans.openForCentre(solsidan.id(), YEAR);
        Subgoal subgoal = plans.addSubgoal(plans.addArea(lastYear.id(), "Föräldraskapsstöd", "Stöd").id(), "ABC");
        Activity open = plans.addActivity(subgoal.id(), ActivityDraft.of("ABC på arabiska")
                .withDates(java.time.LocalDate.of(YEAR, 2, 1), java.time.LocalDate.of(YEAR, 11, 1)));
        plans.setStage(open.id(), PdsaStage.GORA);
        Activity notChosen = plans.addActivity(subgoal.id(), ActivityDraft.of("Barnpassning"));
        Activity finished = plans.addActivity(subgoal.id(), ActivityDraft.of("Rekrytera gruppledare"));
        plans.decide(finished.id(), CycleDecision.BEHALL, "");
        Plan next = plans.openForCentre(solsidan.id(), YEAR + 1);

        assertThat(proposals.carryOverCandidates(next.id())).extracting(row -> row.activity().id())
                .containsExactly(open.id(), notChosen.id());
        assertThat(plans.get(next.id()).activities()).as("nothing carried until asked").isEmpty();

        List<Activity> carried = proposals.carryOver(next.id(), List.of(open.id()));

        assertThat(carried).singleElement().satisfies(a -> {
            assertThat(a.carriedFrom()).isEqualTo(open.id());
            assertThat(a.stage()).isEqualTo(PdsaStage.GORA);
            assertThat(a.draft().start()).isNull();
            assertThat(a.draft().description()).isEqualTo("ABC på arabiska");
        });
        Plan after = plans.get(next.id());
        assertThat(after.areas()).extracting(GoalArea::name, GoalArea::overallGoal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Föräldraskapsstöd", "Stöd"));
        assertThat(after.subgoals().map(Subgoal::text)).containsExactly("ABC");
        assertThat(proposals.carryOverCandidates(next.id())).extracting(row -> row.activity().id())
                .containsExactly(notChosen.id());
        assertThatThrownBy(() -> proposals.carryOver(next.id(), List.of(finished.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.carryOverNotOffered"));
        assertThat(plans.get(lastYear.id()).activity(open.id()).orElseThrow().decision()).isNull();
    }
}
