package se.samordna.core.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Database;

/**
 * The action plan: open a centre's or a municipality's plan for a year, build its tree (målområde →
 * delmål → aktiviteter), order and move its parts, copy a delmål to another plan, follow activities up
 * at checkpoints, and see each activity's state. What the plan takes in from the workshop and the
 * survey, its indicators and the carry-over to next year are in {@link PlanProposals}.
 */
public final class PlanService {
    private final Database database;
    private final Clock clock;

    public PlanService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    // --- plans ---

    /** The centre's plan for the year, created empty the first time. */
    public Plan openForCentre(long centreId, int year) {
        PlanRules.throwIfInvalid(PlanRules.validateYear(year));
        return write(store -> {
            if (store.existingCentres(List.of(centreId)) == 0) {
                throw new NotFoundException("centre", centreId);
            }
            long id = store.centrePlanId(centreId, year).orElseGet(() -> store.insertCentrePlan(centreId, year));
            return load(store, id);
        });
    }

    /** The centre's plan for the year if there is one; creates nothing. */
    public Optional<Plan> findForCentre(long centreId, int year) {
        return read(store -> store.centrePlanId(centreId, year).flatMap(store::load));
    }

    /**
     * The municipality's plan for the year covering {@code centreIds}, created the first time; an
     * existing plan is returned as it is (change what it covers with {@link #setCoveredCentres}).
     */
    public Plan openForMunicipality(String municipality, int year, List<Long> centreIds) {
        String name = TextRules.clean(municipality);
        PlanRules.throwIfInvalid(PlanRules.validateMunicipal(name, year, centreIds));
        return write(store -> {
            Optional<Long> existing = store.municipalPlanId(name, year);
            if (existing.isPresent()) {
                return load(store, existing.get());
            }
            requireCentres(store, centreIds);
            long id = store.insertMunicipalPlan(name, year);
            store.replaceCoveredCentres(id, centreIds);
            return load(store, id);
        });
    }

    public Optional<Plan> findForMunicipality(String municipality, int year) {
        return read(store -> store.municipalPlanId(TextRules.clean(municipality), year).flatMap(store::load));
    }

    public Plan setCoveredCentres(long planId, List<Long> centreIds) {
        return write(store -> {
            PlanSummary plan = summary(store, planId);
            if (plan.scope() != PlanScope.MUNICIPAL) {
                throw new UserFacingException("plan.notMunicipal");
            }
            PlanRules.throwIfInvalid(PlanRules.validateMunicipal(plan.municipality(), plan.year(), centreIds));
            requireCentres(store, centreIds);
            store.replaceCoveredCentres(planId, centreIds);
            store.touch(planId);
            return load(store, planId);
        });
    }

    public Plan get(long planId) {
        return read(store -> load(store, planId));
    }

    /** The centre's own plans, newest year first. */
    public List<PlanSummary> plansOfCentre(long centreId) {
        return read(store -> store.plansOfCentre(centreId));
    }

    /** Every municipal plan, by municipality, newest year first. */
    public List<PlanSummary> municipalPlans() {
        return read(store -> store.municipalPlans());
    }

    /** The day a plan for {@code year} is due: 1 December of that year (seed 004). */
    public static LocalDate dueDate(int year) {
        return LocalDate.of(year, 12, 1);
    }

    /** Marks the plan as sent on {@code date} (a date may be set again, to correct it). */
    public Plan markSent(long planId, LocalDate date) {
        PlanRules.throwIfInvalid(PlanRules.validateSent(date));
        return write(store -> {
            summary(store, planId);
            store.setSent(planId, date);
            store.touch(planId);
            return load(store, planId);
        });
    }

    /** Takes the sent marker back: the plan was not sent after all, or is to be sent again. */
    public Plan unmarkSent(long planId) {
        return write(store -> {
            summary(store, planId);
            store.setSent(planId, null);
            store.touch(planId);
            return load(store, planId);
        });
    }

    public void deletePlan(long planId) {
        write(store -> {
            if (!store.deletePlan(planId)) {
                throw new NotFoundException("plan", planId);
            }
            return null;
        });
    }

    // --- målområden ---

    public GoalArea addArea(long planId, String name, String overallGoal) {
        PlanRules.throwIfInvalid(PlanRules.validateArea(name, overallGoal));
        return write(store -> {
            summary(store, planId);
            long id = store.insertArea(planId, TextRules.clean(name), TextRules.clean(overallGoal));
            store.touch(planId);
            return area(load(store, planId), id);
        });
    }

    public GoalArea updateArea(long areaId, String name, String overallGoal) {
        PlanRules.throwIfInvalid(PlanRules.validateArea(name, overallGoal));
        return write(store -> {
            long planId = planOfArea(store, areaId);
            store.updateArea(areaId, TextRules.clean(name), TextRules.clean(overallGoal));
            store.touch(planId);
            return area(load(store, planId), areaId);
        });
    }

    /** Removes the målområde with its delmål and activities. */
    public Plan removeArea(long areaId) {
        return write(store -> {
            long planId = planOfArea(store, areaId);
            store.deleteArea(areaId, planId);
            store.touch(planId);
            return load(store, planId);
        });
    }

    /** Puts the plan's målområden in the order given (every one of them, once). */
    public Plan reorderAreas(long planId, List<Long> areaIds) {
        return write(store -> {
            summary(store, planId);
            PlanStore.reorder(store.areas(), planId, areaIds);
            store.touch(planId);
            return load(store, planId);
        });
    }

    // --- delmål ---

    public Subgoal addSubgoal(long areaId, String text) {
        PlanRules.throwIfInvalid(PlanRules.validateSubgoal(text, Subgoal.TEXT_MAX));
        return write(store -> {
            long planId = planOfArea(store, areaId);
            long id = store.insertSubgoal(areaId, TextRules.clean(text), null);
            store.touch(planId);
            return subgoal(load(store, planId), id);
        });
    }

    /**
     * Rewrites a delmål of the plan's own. A delmål taken from a goal of the year is that goal: change
     * it with {@link PlanProposals#updateLinkedSubgoal}, which writes the goal itself.
     */
    public Subgoal updateSubgoal(long subgoalId, String text) {
        PlanRules.throwIfInvalid(PlanRules.validateSubgoal(text, Subgoal.TEXT_MAX));
        return write(store -> {
            long planId = planOfSubgoal(store, subgoalId);
            if (store.yearGoalOfSubgoal(subgoalId).orElse(null) != null) {
                throw new UserFacingException("plan.subgoalIsYearGoal");
            }
            store.updateSubgoalText(subgoalId, TextRules.clean(text));
            store.touch(planId);
            return subgoal(load(store, planId), subgoalId);
        });
    }

    /** Removes the delmål with its activities; a goal of the year it was taken from stays in the year's goals. */
    public Plan removeSubgoal(long subgoalId) {
        return write(store -> {
            long areaId = store.areaOfSubgoal(subgoalId).orElseThrow(() -> new NotFoundException("planSubgoal", subgoalId));
            long planId = planOfArea(store, areaId);
            store.deleteSubgoal(subgoalId, areaId);
            store.touch(planId);
            return load(store, planId);
        });
    }

    public Plan reorderSubgoals(long areaId, List<Long> subgoalIds) {
        return write(store -> {
            long planId = planOfArea(store, areaId);
            PlanStore.reorder(store.subgoals(), areaId, subgoalIds);
            store.touch(planId);
            return load(store, planId);
        });
    }

    /** Moves a delmål, with its activities, to {@code index} (0-based) under a målområde of the same plan. */
    public Plan moveSubgoal(long subgoalId, long targetAreaId, int index) {
        return write(store -> {
            long fromArea = store.areaOfSubgoal(subgoalId).orElseThrow(() -> new NotFoundException("planSubgoal", subgoalId));
            long planId = planOfArea(store, fromArea);
            if (planOfArea(store, targetAreaId) != planId) {
                throw new UserFacingException("plan.moveToOtherPlan");
            }
            store.subgoals().move(subgoalId, targetAreaId, index);
            store.touch(planId);
            return load(store, planId);
        });
    }

    /**
     * Copies a delmål with its activities to another plan (another centre's, or the municipality's),
     * under the målområde of the same name there, which is made if it is missing. The copy is the plan's
     * own delmål (a goal of the year belongs to one centre) and its activities start anew at Planera,
     * without checkpoints or decisions.
     */
    public Subgoal copySubgoal(long subgoalId, long targetPlanId) {
        return write(store -> {
            long fromArea = store.areaOfSubgoal(subgoalId).orElseThrow(() -> new NotFoundException("planSubgoal", subgoalId));
            long fromPlanId = planOfArea(store, fromArea);
            summary(store, targetPlanId);
            if (fromPlanId == targetPlanId) {
                throw new UserFacingException("plan.copyToSamePlan");
            }
            Plan from = load(store, fromPlanId);
            GoalArea area = area(from, fromArea);
            Subgoal source = subgoal(from, subgoalId);
            long targetArea = store.areaNamed(targetPlanId, area.name())
                    .orElseGet(() -> store.insertArea(targetPlanId, area.name(), area.overallGoal()));
            long copy = store.insertSubgoal(targetArea, source.text(), null);
            for (Activity activity : source.activities()) {
                store.insertActivity(copy, activity.draft(), PdsaStage.PLANERA, null);
            }
            store.touch(targetPlanId);
            return subgoal(load(store, targetPlanId), copy);
        });
    }

    // --- activities ---

    public Activity addActivity(long subgoalId, ActivityDraft draft) {
        PlanRules.throwIfInvalid(PlanRules.validate(draft));
        return write(store -> {
            long planId = planOfSubgoal(store, subgoalId);
            long id = store.insertActivity(subgoalId, draft, PdsaStage.PLANERA, null);
            store.touch(planId);
            return activity(load(store, planId), id);
        });
    }

    public Activity updateActivity(long activityId, ActivityDraft draft) {
        PlanRules.throwIfInvalid(PlanRules.validate(draft));
        return changeActivity(activityId, store -> store.updateActivity(activityId, draft));
    }

    public Plan removeActivity(long activityId) {
        return write(store -> {
            long subgoalId = subgoalOf(store, activityId);
            long planId = planOfSubgoal(store, subgoalId);
            store.deleteActivity(activityId, subgoalId);
            store.touch(planId);
            return load(store, planId);
        });
    }

    public Plan reorderActivities(long subgoalId, List<Long> activityIds) {
        return write(store -> {
            long planId = planOfSubgoal(store, subgoalId);
            PlanStore.reorder(store.activities(), subgoalId, activityIds);
            store.touch(planId);
            return load(store, planId);
        });
    }

    /** Moves an activity, with its checkpoints, to {@code index} (0-based) under a delmål of the same plan. */
    public Plan moveActivity(long activityId, long targetSubgoalId, int index) {
        return write(store -> {
            long fromSubgoal = subgoalOf(store, activityId);
            long planId = planOfSubgoal(store, fromSubgoal);
            if (planOfSubgoal(store, targetSubgoalId) != planId) {
                throw new UserFacingException("plan.moveToOtherPlan");
            }
            store.activities().move(activityId, targetSubgoalId, index);
            store.touch(planId);
            return load(store, planId);
        });
    }

    public Activity setStage(long activityId, PdsaStage stage) {
        if (stage == null) {
            PlanRules.throwIfInvalid(List.of(se.samordna.core.common.FieldError.of(PlanRules.FIELD_STAGE, PlanRules.CHOOSE)));
        }
        return changeActivity(activityId, store -> store.setStage(activityId, stage));
    }

    /** The decision when a cycle ends: behåll, justera or avbryt, with a note on why. */
    public Activity decide(long activityId, CycleDecision decision, String note) {
        PlanRules.throwIfInvalid(PlanRules.validateDecision(decision, note));
        return changeActivity(activityId, store -> store.setDecision(activityId, decision, TextRules.clean(note)));
    }

    /** Takes a decision back: the activity runs again. */
    public Activity reopen(long activityId) {
        return changeActivity(activityId, store -> store.setDecision(activityId, null, ""));
    }

    // --- checkpoints ---

    /** Sets an avstämningsdatum for the activity, to be recorded when it comes. */
    public Checkpoint planCheckpoint(long activityId, LocalDate date) {
        PlanRules.throwIfInvalid(PlanRules.validateCheckpoint(date, null, "", "", false));
        return write(store -> {
            long planId = planOfSubgoal(store, subgoalOf(store, activityId));
            long id = store.insertCheckpoint(activityId, date);
            store.touch(planId);
            return store.checkpoint(id).orElseThrow();
        });
    }

    /**
     * Records a checkpoint: the stage the activity is at now (which becomes its stage), a short note
     * and the indicator's value as typed in. A checkpoint recorded before may be recorded again.
     */
    public Checkpoint recordCheckpoint(long checkpointId, PdsaStage stage, String note, String indicatorValue) {
        return write(store -> {
            Checkpoint checkpoint = store.checkpoint(checkpointId)
                    .orElseThrow(() -> new NotFoundException("planCheckpoint", checkpointId));
            PlanRules.throwIfInvalid(PlanRules.validateCheckpoint(checkpoint.date(), stage, note, indicatorValue, true));
            return record(store, checkpoint.activityId(), checkpointId, stage, note, indicatorValue);
        });
    }

    /** Records a checkpoint that was not set in advance, on {@code date}. */
    public Checkpoint recordCheckpoint(long activityId, LocalDate date, PdsaStage stage, String note,
                                       String indicatorValue) {
        PlanRules.throwIfInvalid(PlanRules.validateCheckpoint(date, stage, note, indicatorValue, true));
        return write(store -> {
            subgoalOf(store, activityId);
            long id = store.insertCheckpoint(activityId, date);
            return record(store, activityId, id, stage, note, indicatorValue);
        });
    }

    public void removeCheckpoint(long checkpointId) {
        write(store -> {
            long activityId = store.activityOfCheckpoint(checkpointId)
                    .orElseThrow(() -> new NotFoundException("planCheckpoint", checkpointId));
            store.deleteCheckpoint(checkpointId);
            store.touch(planOfSubgoal(store, subgoalOf(store, activityId)));
            return null;
        });
    }

    // --- state at a glance ---

    /** Every activity of the plan in order, with where it sits and its state today. */
    public List<PlannedActivity> overview(long planId) {
        return overview(get(planId), LocalDate.now(clock));
    }

    /** The activities that are overdue today: an end date passed, or a checkpoint not recorded in time. */
    public List<PlannedActivity> overdue(long planId) {
        return overview(planId).stream().filter(row -> row.status().state() == ActivityState.OVERDUE).toList();
    }

    public ActivityStatus status(Activity activity) {
        return ActivityStatus.of(activity, LocalDate.now(clock));
    }

    static List<PlannedActivity> overview(Plan plan, LocalDate today) {
        List<PlannedActivity> rows = new ArrayList<>();
        for (GoalArea area : plan.areas()) {
            for (Subgoal subgoal : area.subgoals()) {
                for (Activity activity : subgoal.activities()) {
                    rows.add(new PlannedActivity(area.name(), subgoal.text(), activity,
                            ActivityStatus.of(activity, today)));
                }
            }
        }
        return rows;
    }

    // --- internals ---

    private Checkpoint record(PlanStore store, long activityId, long checkpointId, PdsaStage stage, String note,
                              String value) {
        store.recordCheckpoint(checkpointId, stage, TextRules.clean(note), TextRules.clean(value));
        store.setStage(activityId, stage);
        store.touch(planOfSubgoal(store, subgoalOf(store, activityId)));
        return store.checkpoint(checkpointId).orElseThrow();
    }

    private Activity changeActivity(long activityId, java.util.function.Consumer<PlanStore> change) {
        return write(store -> {
            long planId = planOfSubgoal(store, subgoalOf(store, activityId));
            change.accept(store);
            store.touch(planId);
            return activity(load(store, planId), activityId);
        });
    }

    private static void requireCentres(PlanStore store, List<Long> centreIds) {
        if (store.existingCentres(centreIds) != new java.util.HashSet<>(centreIds).size()) {
            throw new NotFoundException("centre", centreIds.getFirst());
        }
    }

    static PlanSummary summary(PlanStore store, long planId) {
        return store.summary(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    static Plan load(PlanStore store, long planId) {
        return store.load(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    static long planOfArea(PlanStore store, long areaId) {
        return store.planOfArea(areaId).orElseThrow(() -> new NotFoundException("planArea", areaId));
    }

    static long planOfSubgoal(PlanStore store, long subgoalId) {
        return planOfArea(store, store.areaOfSubgoal(subgoalId)
                .orElseThrow(() -> new NotFoundException("planSubgoal", subgoalId)));
    }

    static long subgoalOf(PlanStore store, long activityId) {
        return store.subgoalOfActivity(activityId).orElseThrow(() -> new NotFoundException("planActivity", activityId));
    }

    static GoalArea area(Plan plan, long areaId) {
        return plan.areas().stream().filter(a -> a.id() == areaId).findFirst().orElseThrow();
    }

    static Subgoal subgoal(Plan plan, long subgoalId) {
        return plan.subgoals().filter(s -> s.id() == subgoalId).findFirst().orElseThrow();
    }

    static Activity activity(Plan plan, long activityId) {
        return plan.activity(activityId).orElseThrow();
    }

    private <T> T read(Function<PlanStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new PlanStore(ctx, database)));
    }

    private <T> T write(Function<PlanStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new PlanStore(ctx, database)));
    }
}
