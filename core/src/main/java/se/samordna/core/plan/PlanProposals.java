package se.samordna.core.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Database;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;

/**
 * What the plan takes in and hands on, always offered and never done silently: the year's goals as
 * proposed delmål, a PDSA cycle after a poor parent survey, the values of linked indicators, and the
 * unfinished activities of last year's plan.
 */
public final class PlanProposals {
    static final String ACCEPTED = "ACCEPTED";
    static final String DECLINED = "DECLINED";

    private final Database database;
    private final GoalService goals;
    private final SurveyService surveys;
    private final PlanIndicators indicators;
    private final Clock clock;

    public PlanProposals(Database database, GoalService goals, SurveyService surveys, ReflectionService reflection,
                         Clock clock) {
        this.database = database;
        this.goals = goals;
        this.surveys = surveys;
        this.indicators = new PlanIndicators(surveys, reflection);
        this.clock = clock;
    }

    // --- the year's goals ---

    /**
     * The goals of the plan's year that the plan should take up: the prioritised ones (the workshop's
     * step IV) and every goal raised by the parent survey, each with its answer so far. A municipal
     * plan has none: goals of the year belong to a centre.
     */
    public List<GoalProposal> goalProposals(long planId) {
        PlanSummary plan = work(store -> PlanService.summary(store, planId));
        if (plan.scope() != PlanScope.CENTRE) {
            return List.of();
        }
        List<YearGoal> yearGoals = goals.list(plan.centreId(), plan.year());
        return work(store -> {
            Map<Long, Long> linked = store.subgoalsByYearGoal(planId);
            Map<Long, String> answers = store.goalAnswers(planId);
            List<GoalProposal> proposals = new ArrayList<>();
            for (YearGoal goal : yearGoals) {
                if (!goal.prioritized() && goal.source() != GoalSource.FORALDRAENKAT && !linked.containsKey(goal.id())) {
                    continue;
                }
                GoalProposal.Answer answer = linked.containsKey(goal.id()) ? GoalProposal.Answer.ACCEPTED
                        : DECLINED.equals(answers.get(goal.id())) ? GoalProposal.Answer.DECLINED
                        : GoalProposal.Answer.OPEN;
                proposals.add(new GoalProposal(goal, answer, linked.get(goal.id())));
            }
            return proposals;
        });
    }

    /**
     * Takes a goal of the plan's year into the plan as a delmål under {@code areaId}, linked to the goal:
     * the plan shows the goal's own text, so the annual report's "Prioriterade mål" and the plan read
     * the same goal. A goal declined before may be accepted after all.
     */
    public Subgoal acceptGoal(long planId, long yearGoalId, long areaId) {
        YearGoal goal = goalOfPlan(planId, yearGoalId);
        return work(store -> {
            if (PlanService.planOfArea(store, areaId) != planId) {
                throw new UserFacingException("plan.moveToOtherPlan");
            }
            if (store.subgoalsByYearGoal(planId).containsKey(yearGoalId)) {
                throw new UserFacingException("plan.goalAlreadyAccepted");
            }
            long id = store.insertSubgoal(areaId, goal.draft().goal(), yearGoalId);
            store.answerGoal(planId, yearGoalId, ACCEPTED);
            store.touch(planId);
            return PlanService.subgoal(PlanService.load(store, planId), id);
        });
    }

    /** Declines a proposed goal: it stays declined, and is not offered again, until accepted after all. */
    public void declineGoal(long planId, long yearGoalId) {
        goalOfPlan(planId, yearGoalId);
        work(store -> {
            if (store.subgoalsByYearGoal(planId).containsKey(yearGoalId)) {
                throw new UserFacingException("plan.goalAlreadyAccepted");
            }
            store.answerGoal(planId, yearGoalId, DECLINED);
            return null;
        });
    }

    /**
     * Rewrites a delmål that is a goal of the year by rewriting the goal, so the report and the plan
     * keep reading one text; a delmål of the plan's own is rewritten as {@link PlanService#updateSubgoal} does.
     */
    public Subgoal updateLinkedSubgoal(long subgoalId, String text) {
        Long goalId = work(store -> {
            PlanService.planOfSubgoal(store, subgoalId);
            return store.yearGoalOfSubgoal(subgoalId).orElse(null);
        });
        if (goalId == null) {
            PlanRules.throwIfInvalid(PlanRules.validateSubgoal(text, Subgoal.TEXT_MAX));
            return work(store -> {
                store.updateSubgoalText(subgoalId, TextRules.clean(text));
                return PlanService.subgoal(PlanService.load(store, PlanService.planOfSubgoal(store, subgoalId)), subgoalId);
            });
        }
        PlanRules.throwIfInvalid(PlanRules.validateSubgoal(text, GoalDraft.GOAL_MAX));
        PlanSummary plan = work(store -> PlanService.summary(store, PlanService.planOfSubgoal(store, subgoalId)));
        YearGoal goal = yearGoal(plan.centreId(), goalId);
        GoalDraft old = goal.draft();
        goals.update(goalId, goal.year(), new GoalDraft(text, old.measure(), old.target(), old.responsible(), old.due()));
        return work(store -> {
            store.updateSubgoalText(subgoalId, TextRules.clean(text)); // the copy that remains if the goal is removed
            store.touch(plan.id());
            return PlanService.subgoal(PlanService.load(store, plan.id()), subgoalId);
        });
    }

    // --- PDSA after a poor survey ---

    /**
     * For the survey before the plan's year and the one during it: every area under its target,
     * proposed as a PDSA cycle on the delmål that works on that area (one taken from the survey's goal
     * for the area, or one with an activity whose indicator is that area).
     */
    public List<PdsaProposal> pdsaProposals(long planId) {
        Plan plan = work(store -> PlanService.load(store, planId));
        if (plan.scope() != PlanScope.CENTRE) {
            return List.of();
        }
        Map<String, String> answers = work(store -> store.pdsaAnswers(planId));
        List<PdsaProposal> proposals = new ArrayList<>();
        for (int year = plan.year() - 1; year <= plan.year(); year++) {
            Optional<SurveyResults> results = surveys.resultsFor(plan.centreId(), year);
            if (results.isEmpty()) {
                continue;
            }
            for (SurveyResults.AreaResult area : results.get().belowTarget()) {
                String answer = answers.get(area.area().name() + "/" + year);
                proposals.add(new PdsaProposal(area.area(), year, area.share(), area.target(),
                        subgoalFor(plan, area.area()).orElse(null),
                        answer == null ? GoalProposal.Answer.OPEN : GoalProposal.Answer.valueOf(answer)));
            }
        }
        return proposals;
    }

    /**
     * Accepts a proposed PDSA cycle: an activity at the stage Planera under {@code subgoalId}, its
     * indicator linked to the survey area, running until the next survey.
     */
    public Activity acceptPdsa(long planId, SurveyArea area, int surveyYear, long subgoalId) {
        PdsaProposal proposal = pdsaProposals(planId).stream()
                .filter(p -> p.area() == area && p.surveyYear() == surveyYear).findFirst()
                .orElseThrow(() -> new UserFacingException("plan.pdsaNotProposed"));
        if (proposal.answer() == GoalProposal.Answer.ACCEPTED) {
            throw new UserFacingException("plan.pdsaAlreadyAccepted");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate nextSurveyEnd = SurveyService.surveyWeeks(surveyYear + 1)[1];
        ActivityDraft draft = pdsaActivity(proposal, today.isAfter(nextSurveyEnd) ? null : today, nextSurveyEnd);
        return work(store -> {
            if (PlanService.planOfSubgoal(store, subgoalId) != planId) {
                throw new UserFacingException("plan.moveToOtherPlan");
            }
            long id = store.insertActivity(subgoalId, draft, PdsaStage.PLANERA, null);
            store.answerPdsa(planId, area.name(), surveyYear, ACCEPTED);
            store.touch(planId);
            return PlanService.activity(PlanService.load(store, planId), id);
        });
    }

    public void declinePdsa(long planId, SurveyArea area, int surveyYear) {
        work(store -> {
            PlanService.summary(store, planId);
            store.answerPdsa(planId, area.name(), surveyYear, DECLINED);
            return null;
        });
    }

    static ActivityDraft pdsaActivity(PdsaProposal proposal, LocalDate start, LocalDate end) {
        String name = proposal.area().swedishName().toLowerCase(java.util.Locale.ROOT);
        return new ActivityDraft(
                "PDSA-cykel efter föräldraenkäten " + proposal.surveyYear() + ": " + proposal.area().swedishName()
                        + " fick " + Math.round(proposal.share()) + " % positiva svar mot målet " + proposal.target()
                        + " %. Planera en förbättring, gör den, följ upp och förbättra.",
                "Föräldrar och blivande föräldrar som besöker familjecentralen",
                "Samordnaren tillsammans med ledningsgruppen",
                "Fler föräldrar är nöjda med " + name + "; andelen positiva svar når målet.",
                "Andel positiva svar om " + name + " i föräldraenkäten",
                "Minst " + proposal.target() + " %",
                "Föräldraenkäten vecka 45–46, andelen som svarar Stämmer ganska bra eller Stämmer mycket bra",
                new IndicatorLink(IndicatorKind.SURVEY_AREA, proposal.area().name(), null), start, end);
    }

    private static Optional<Long> subgoalFor(Plan plan, SurveyArea area) {
        Optional<Long> fromGoal = plan.subgoals().filter(s -> s.origin() != null
                && s.origin().source() == GoalSource.FORALDRAENKAT && area.name().equals(s.origin().originRef()))
                .map(Subgoal::id).findFirst();
        if (fromGoal.isPresent()) {
            return fromGoal;
        }
        return plan.subgoals().filter(s -> s.activities().stream().anyMatch(a -> a.draft().link() != null
                        && a.draft().link().kind() == IndicatorKind.SURVEY_AREA && area.name().equals(a.draft().link().key())))
                .map(Subgoal::id).findFirst();
    }

    // --- indicators ---

    /**
     * A linked activity indicator's values for each centre of the plan, from three years before the
     * plan's year to the plan's year, the target and whether the newest value meets it. Empty for an
     * indicator that is not linked (its values are typed in at checkpoints).
     */
    public List<IndicatorReading> readings(long activityId) {
        Plan plan = planOfActivity(activityId);
        Activity activity = plan.activity(activityId).orElseThrow();
        IndicatorLink link = activity.draft().link();
        if (link == null) {
            return List.of();
        }
        return plan.centres().stream()
                .map(centre -> indicators.reading(centre, link, plan.year() - 3, plan.year())).toList();
    }

    /** The value of a link for a centre in a year, when that year has been measured. */
    public java.util.OptionalDouble value(long centreId, IndicatorLink link, int year) {
        return indicators.value(centreId, link, year);
    }

    // --- carry-over ---

    /**
     * The activities of the same owner's plan for the year before that were not decided on and are not
     * carried over yet: offered for this plan, never carried over without being chosen.
     */
    public List<PlannedActivity> carryOverCandidates(long toPlanId) {
        return work(store -> candidates(store, toPlanId));
    }

    /**
     * Carries the chosen activities over into this plan: under a målområde and a delmål of the same
     * name (made when missing; a delmål that was a goal of last year becomes the plan's own), at the
     * stage they had, with their dates cleared for the new year and no checkpoints.
     */
    public List<Activity> carryOver(long toPlanId, List<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return work(store -> {
            List<PlannedActivity> offered = candidates(store, toPlanId);
            Set<Long> chosen = new HashSet<>(activityIds);
            Set<Long> offeredIds = new HashSet<>();
            offered.forEach(row -> offeredIds.add(row.activity().id()));
            if (!offeredIds.containsAll(chosen)) {
                throw new UserFacingException("plan.carryOverNotOffered");
            }
            long fromPlanId = PlanService.planOfSubgoal(store, offered.getFirst().activity().subgoalId());
            Plan from = PlanService.load(store, fromPlanId);
            List<Long> created = new ArrayList<>();
            for (PlannedActivity row : offered) {
                if (!chosen.contains(row.activity().id())) {
                    continue;
                }
                Activity old = row.activity();
                Subgoal oldSubgoal = PlanService.subgoal(from, old.subgoalId());
                GoalArea oldArea = PlanService.area(from, oldSubgoal.areaId());
                long area = store.areaNamed(toPlanId, oldArea.name())
                        .orElseGet(() -> store.insertArea(toPlanId, oldArea.name(), oldArea.overallGoal()));
                long subgoal = store.subgoalWithText(area, oldSubgoal.text())
                        .orElseGet(() -> store.insertSubgoal(area, oldSubgoal.text(), null));
                created.add(store.insertActivity(subgoal, old.draft().withDates(null, null), old.stage(), old.id()));
            }
            store.touch(toPlanId);
            Plan to = PlanService.load(store, toPlanId);
            return created.stream().map(id -> PlanService.activity(to, id)).toList();
        });
    }

    private List<PlannedActivity> candidates(PlanStore store, long toPlanId) {
        PlanSummary to = PlanService.summary(store, toPlanId);
        Optional<Long> previous = to.scope() == PlanScope.CENTRE ? store.centrePlanId(to.centreId(), to.year() - 1)
                : store.municipalPlanId(to.municipality(), to.year() - 1);
        if (previous.isEmpty()) {
            return List.of();
        }
        List<PlannedActivity> unfinished = PlanService.overview(PlanService.load(store, previous.get()), LocalDate.now(clock))
                .stream().filter(row -> row.activity().unfinished()).toList();
        Set<Long> carried = store.carriedInto(toPlanId, unfinished.stream().map(row -> row.activity().id()).toList());
        return unfinished.stream().filter(row -> !carried.contains(row.activity().id())).toList();
    }

    // --- internals ---

    private YearGoal goalOfPlan(long planId, long yearGoalId) {
        PlanSummary plan = work(store -> PlanService.summary(store, planId));
        if (plan.scope() != PlanScope.CENTRE) {
            throw new UserFacingException("plan.goalNotOfPlan");
        }
        return goals.list(plan.centreId(), plan.year()).stream().filter(g -> g.id() == yearGoalId).findFirst()
                .orElseThrow(() -> new UserFacingException("plan.goalNotOfPlan"));
    }

    /** The goal as it is now; its year may have been changed since the delmål was taken from it. */
    private YearGoal yearGoal(long centreId, long goalId) {
        int year = work(store -> store.yearOfGoal(goalId)).orElseThrow(() -> new NotFoundException("goal", goalId));
        return goals.list(centreId, year).stream().filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    private Plan planOfActivity(long activityId) {
        return work(store -> PlanService.load(store,
                PlanService.planOfSubgoal(store, PlanService.subgoalOf(store, activityId))));
    }

    private <T> T work(Function<PlanStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new PlanStore(ctx, database)));
    }
}
