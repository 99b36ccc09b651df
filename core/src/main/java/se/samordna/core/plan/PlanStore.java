package se.samordna.core.plan;

import static se.samordna.core.db.generated.Tables.ACTION_PLAN;
import static se.samordna.core.db.generated.Tables.ACTION_PLAN_CENTRE;
import static se.samordna.core.db.generated.Tables.PLAN_ACTIVITY;
import static se.samordna.core.db.generated.Tables.PLAN_AREA;
import static se.samordna.core.db.generated.Tables.PLAN_CHECKPOINT;
import static se.samordna.core.db.generated.Tables.PLAN_PROPOSAL_ANSWER;
import static se.samordna.core.db.generated.Tables.PLAN_SUBGOAL;
import static se.samordna.core.db.generated.Tables.YEAR_GOAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.OrderedChildren;
import se.samordna.core.db.generated.tables.records.ActionPlanRecord;
import se.samordna.core.db.generated.tables.records.PlanActivityRecord;
import se.samordna.core.db.generated.tables.records.PlanCheckpointRecord;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.db.Database;

/** Reads and writes action plans within the caller's transaction. */
final class PlanStore {
    static final String KIND_YEAR_GOAL = "YEAR_GOAL";
    static final String KIND_SURVEY_PDSA = "SURVEY_PDSA";

    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;
    private final OrderedChildren areas;
    private final OrderedChildren subgoals;
    private final OrderedChildren activities;

    PlanStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
        this.areas = new OrderedChildren(ctx, PLAN_AREA, PLAN_AREA.ID, PLAN_AREA.PLAN_ID, PLAN_AREA.POSITION);
        this.subgoals = new OrderedChildren(ctx, PLAN_SUBGOAL, PLAN_SUBGOAL.ID, PLAN_SUBGOAL.AREA_ID,
                PLAN_SUBGOAL.POSITION);
        this.activities = new OrderedChildren(ctx, PLAN_ACTIVITY, PLAN_ACTIVITY.ID, PLAN_ACTIVITY.SUBGOAL_ID,
                PLAN_ACTIVITY.POSITION);
    }

    OrderedChildren areas() {
        return areas;
    }

    OrderedChildren subgoals() {
        return subgoals;
    }

    OrderedChildren activities() {
        return activities;
    }

    // --- plans ---

    /** A centre's own plans (a municipal plan covering it is not the centre's). */
    static int countForCentre(DSLContext ctx, long centreId) {
        return ctx.fetchCount(ACTION_PLAN, ACTION_PLAN.CENTRE_ID.eq(centreId));
    }

    Optional<Long> centrePlanId(long centreId, int year) {
        return ctx.select(ACTION_PLAN.ID).from(ACTION_PLAN)
                .where(ACTION_PLAN.CENTRE_ID.eq(centreId).and(ACTION_PLAN.PLAN_YEAR.eq(year)))
                .fetchOptional(ACTION_PLAN.ID);
    }

    Optional<Long> municipalPlanId(String municipality, int year) {
        return ctx.select(ACTION_PLAN.ID).from(ACTION_PLAN)
                .where(ACTION_PLAN.MUNICIPALITY.eq(municipality).and(ACTION_PLAN.PLAN_YEAR.eq(year)))
                .fetchOptional(ACTION_PLAN.ID);
    }

    long insertCentrePlan(long centreId, int year) {
        return ctx.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.SCOPE, PlanScope.CENTRE.name())
                .set(ACTION_PLAN.CENTRE_ID, centreId)
                .set(ACTION_PLAN.PLAN_YEAR, year)
                .returning(ACTION_PLAN.ID).fetchOne(ACTION_PLAN.ID);
    }

    long insertMunicipalPlan(String municipality, int year) {
        return ctx.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.SCOPE, PlanScope.MUNICIPAL.name())
                .set(ACTION_PLAN.MUNICIPALITY, municipality)
                .set(ACTION_PLAN.PLAN_YEAR, year)
                .returning(ACTION_PLAN.ID).fetchOne(ACTION_PLAN.ID);
    }

    void replaceCoveredCentres(long planId, Collection<Long> centreIds) {
        ctx.deleteFrom(ACTION_PLAN_CENTRE).where(ACTION_PLAN_CENTRE.PLAN_ID.eq(planId)).execute();
        for (long centreId : new java.util.TreeSet<>(centreIds)) {
            ctx.insertInto(ACTION_PLAN_CENTRE)
                    .set(ACTION_PLAN_CENTRE.PLAN_ID, planId)
                    .set(ACTION_PLAN_CENTRE.CENTRE_ID, centreId)
                    .execute();
        }
    }

    int existingCentres(Collection<Long> centreIds) {
        return ctx.fetchCount(se.samordna.core.db.generated.Tables.CENTRE,
                se.samordna.core.db.generated.Tables.CENTRE.ID.in(centreIds));
    }

    Optional<PlanSummary> summary(long planId) {
        return ctx.selectFrom(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchOptional(PlanStore::toSummary);
    }

    List<PlanSummary> plansOfCentre(long centreId) {
        return ctx.selectFrom(ACTION_PLAN).where(ACTION_PLAN.CENTRE_ID.eq(centreId))
                .orderBy(ACTION_PLAN.PLAN_YEAR.desc()).fetch(PlanStore::toSummary);
    }

    List<PlanSummary> municipalPlans() {
        return ctx.selectFrom(ACTION_PLAN).where(ACTION_PLAN.SCOPE.eq(PlanScope.MUNICIPAL.name()))
                .orderBy(ACTION_PLAN.MUNICIPALITY, ACTION_PLAN.PLAN_YEAR.desc()).fetch(PlanStore::toSummary);
    }

    void touch(long planId) {
        ctx.update(ACTION_PLAN).set(ACTION_PLAN.UPDATED_AT, database.now()).set(ACTION_PLAN.UPDATED_BY, database.who())
                .set(ACTION_PLAN.ROW_VERSION, ACTION_PLAN.ROW_VERSION.plus(1)).where(ACTION_PLAN.ID.eq(planId))
                .execute();
    }

    void setSent(long planId, LocalDate sentOn) {
        ctx.update(ACTION_PLAN).set(ACTION_PLAN.SENT_ON, sentOn).where(ACTION_PLAN.ID.eq(planId)).execute();
    }

    boolean deletePlan(long planId) {
        return ctx.deleteFrom(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).execute() == 1;
    }

    /** The whole plan, its tree in order. */
    Optional<Plan> load(long planId) {
        ActionPlanRecord plan = ctx.selectFrom(ACTION_PLAN).where(ACTION_PLAN.ID.eq(planId)).fetchOne();
        if (plan == null) {
            return Optional.empty();
        }
        List<Long> covered = ctx.select(ACTION_PLAN_CENTRE.CENTRE_ID).from(ACTION_PLAN_CENTRE)
                .where(ACTION_PLAN_CENTRE.PLAN_ID.eq(planId)).orderBy(ACTION_PLAN_CENTRE.CENTRE_ID)
                .fetch(ACTION_PLAN_CENTRE.CENTRE_ID);

        Map<Long, List<Checkpoint>> checkpoints = new LinkedHashMap<>();
        ctx.select(PLAN_CHECKPOINT.fields()).from(PLAN_CHECKPOINT)
                .join(PLAN_ACTIVITY).on(PLAN_ACTIVITY.ID.eq(PLAN_CHECKPOINT.ACTIVITY_ID))
                .join(PLAN_SUBGOAL).on(PLAN_SUBGOAL.ID.eq(PLAN_ACTIVITY.SUBGOAL_ID))
                .join(PLAN_AREA).on(PLAN_AREA.ID.eq(PLAN_SUBGOAL.AREA_ID))
                .where(PLAN_AREA.PLAN_ID.eq(planId))
                .orderBy(PLAN_CHECKPOINT.CHECK_DATE, PLAN_CHECKPOINT.ID)
                .fetchInto(PLAN_CHECKPOINT)
                .forEach(r -> checkpoints.computeIfAbsent(r.getActivityId(), k -> new ArrayList<>()).add(toCheckpoint(r)));

        Map<Long, List<Activity>> activitiesBySubgoal = new LinkedHashMap<>();
        ctx.select(PLAN_ACTIVITY.fields()).from(PLAN_ACTIVITY)
                .join(PLAN_SUBGOAL).on(PLAN_SUBGOAL.ID.eq(PLAN_ACTIVITY.SUBGOAL_ID))
                .join(PLAN_AREA).on(PLAN_AREA.ID.eq(PLAN_SUBGOAL.AREA_ID))
                .where(PLAN_AREA.PLAN_ID.eq(planId))
                .orderBy(PLAN_ACTIVITY.POSITION, PLAN_ACTIVITY.ID)
                .fetchInto(PLAN_ACTIVITY)
                .forEach(r -> activitiesBySubgoal.computeIfAbsent(r.getSubgoalId(), k -> new ArrayList<>())
                        .add(toActivity(r, checkpoints.getOrDefault(r.getId(), List.of()))));

        Map<Long, List<Subgoal>> subgoalsByArea = new LinkedHashMap<>();
        ctx.select(PLAN_SUBGOAL.ID, PLAN_SUBGOAL.UUID, PLAN_SUBGOAL.AREA_ID, PLAN_SUBGOAL.POSITION, PLAN_SUBGOAL.TEXT,
                        PLAN_SUBGOAL.YEAR_GOAL_ID, YEAR_GOAL.GOAL, YEAR_GOAL.SOURCE, YEAR_GOAL.ORIGIN_REF)
                .from(PLAN_SUBGOAL)
                .join(PLAN_AREA).on(PLAN_AREA.ID.eq(PLAN_SUBGOAL.AREA_ID))
                .leftJoin(YEAR_GOAL).on(YEAR_GOAL.ID.eq(PLAN_SUBGOAL.YEAR_GOAL_ID))
                .where(PLAN_AREA.PLAN_ID.eq(planId))
                .orderBy(PLAN_SUBGOAL.POSITION, PLAN_SUBGOAL.ID)
                .forEach(r -> {
                    Long goalId = r.get(PLAN_SUBGOAL.YEAR_GOAL_ID);
                    // A delmål taken from a goal of the year reads that goal's text: one goal, not a copy.
                    Subgoal.Origin origin = goalId == null ? null
                            : new Subgoal.Origin(goalId, GoalSource.valueOf(r.get(YEAR_GOAL.SOURCE)),
                            r.get(YEAR_GOAL.ORIGIN_REF));
                    String text = goalId == null ? r.get(PLAN_SUBGOAL.TEXT) : r.get(YEAR_GOAL.GOAL);
                    long id = r.get(PLAN_SUBGOAL.ID);
                    subgoalsByArea.computeIfAbsent(r.get(PLAN_SUBGOAL.AREA_ID), k -> new ArrayList<>())
                            .add(new Subgoal(id, r.get(PLAN_SUBGOAL.UUID), r.get(PLAN_SUBGOAL.AREA_ID),
                                    r.get(PLAN_SUBGOAL.POSITION), text, origin,
                                    activitiesBySubgoal.getOrDefault(id, List.of())));
                });

        List<GoalArea> areaList = ctx.selectFrom(PLAN_AREA).where(PLAN_AREA.PLAN_ID.eq(planId))
                .orderBy(PLAN_AREA.POSITION, PLAN_AREA.ID)
                .fetch(r -> new GoalArea(r.getId(), r.getUuid(), r.getPlanId(), r.getPosition(), r.getName(),
                        r.getOverallGoal(), subgoalsByArea.getOrDefault(r.getId(), List.of())));
        PlanSummary summary = toSummary(plan);
        return Optional.of(new Plan(plan.getId(), plan.getUuid(), summary.scope(), summary.centreId(),
                summary.municipality(), summary.year(), covered, areaList, summary.sentOn()));
    }

    // --- which plan a part belongs to ---

    Optional<Long> planOfArea(long areaId) {
        return ctx.select(PLAN_AREA.PLAN_ID).from(PLAN_AREA).where(PLAN_AREA.ID.eq(areaId))
                .fetchOptional(PLAN_AREA.PLAN_ID);
    }

    Optional<Long> areaOfSubgoal(long subgoalId) {
        return ctx.select(PLAN_SUBGOAL.AREA_ID).from(PLAN_SUBGOAL).where(PLAN_SUBGOAL.ID.eq(subgoalId))
                .fetchOptional(PLAN_SUBGOAL.AREA_ID);
    }

    Optional<Long> subgoalOfActivity(long activityId) {
        return ctx.select(PLAN_ACTIVITY.SUBGOAL_ID).from(PLAN_ACTIVITY).where(PLAN_ACTIVITY.ID.eq(activityId))
                .fetchOptional(PLAN_ACTIVITY.SUBGOAL_ID);
    }

    Optional<Long> activityOfCheckpoint(long checkpointId) {
        return ctx.select(PLAN_CHECKPOINT.ACTIVITY_ID).from(PLAN_CHECKPOINT).where(PLAN_CHECKPOINT.ID.eq(checkpointId))
                .fetchOptional(PLAN_CHECKPOINT.ACTIVITY_ID);
    }

    // --- målområden ---

    long insertArea(long planId, String name, String overallGoal) {
        return ctx.insertInto(PLAN_AREA)
                .set(PLAN_AREA.PLAN_ID, planId)
                .set(PLAN_AREA.POSITION, next(areas, planId))
                .set(PLAN_AREA.NAME, name)
                .set(PLAN_AREA.OVERALL_GOAL, overallGoal)
                .returning(PLAN_AREA.ID).fetchOne(PLAN_AREA.ID);
    }

    void updateArea(long areaId, String name, String overallGoal) {
        ctx.update(PLAN_AREA).set(PLAN_AREA.NAME, name).set(PLAN_AREA.OVERALL_GOAL, overallGoal)
                .where(PLAN_AREA.ID.eq(areaId)).execute();
    }

    void deleteArea(long areaId, long planId) {
        ctx.deleteFrom(PLAN_AREA).where(PLAN_AREA.ID.eq(areaId)).execute();
        areas.renumber(planId);
    }

    Optional<Long> areaNamed(long planId, String name) {
        return ctx.select(PLAN_AREA.ID).from(PLAN_AREA)
                .where(PLAN_AREA.PLAN_ID.eq(planId).and(PLAN_AREA.NAME.eq(name)))
                .orderBy(PLAN_AREA.POSITION).limit(1).fetchOptional(PLAN_AREA.ID);
    }

    // --- delmål ---

    long insertSubgoal(long areaId, String text, Long yearGoalId) {
        return ctx.insertInto(PLAN_SUBGOAL)
                .set(PLAN_SUBGOAL.AREA_ID, areaId)
                .set(PLAN_SUBGOAL.POSITION, next(subgoals, areaId))
                .set(PLAN_SUBGOAL.TEXT, text)
                .set(PLAN_SUBGOAL.YEAR_GOAL_ID, yearGoalId)
                .returning(PLAN_SUBGOAL.ID).fetchOne(PLAN_SUBGOAL.ID);
    }

    void updateSubgoalText(long subgoalId, String text) {
        ctx.update(PLAN_SUBGOAL).set(PLAN_SUBGOAL.TEXT, text).where(PLAN_SUBGOAL.ID.eq(subgoalId)).execute();
    }

    Optional<Long> yearGoalOfSubgoal(long subgoalId) {
        return ctx.select(PLAN_SUBGOAL.YEAR_GOAL_ID).from(PLAN_SUBGOAL).where(PLAN_SUBGOAL.ID.eq(subgoalId))
                .fetchOptional(PLAN_SUBGOAL.YEAR_GOAL_ID);
    }

    void deleteSubgoal(long subgoalId, long areaId) {
        ctx.deleteFrom(PLAN_SUBGOAL).where(PLAN_SUBGOAL.ID.eq(subgoalId)).execute();
        subgoals.renumber(areaId);
    }

    Optional<Long> subgoalWithText(long areaId, String text) {
        return ctx.select(PLAN_SUBGOAL.ID).from(PLAN_SUBGOAL)
                .where(PLAN_SUBGOAL.AREA_ID.eq(areaId).and(PLAN_SUBGOAL.TEXT.eq(text)))
                .orderBy(PLAN_SUBGOAL.POSITION).limit(1).fetchOptional(PLAN_SUBGOAL.ID);
    }

    Optional<Integer> yearOfGoal(long yearGoalId) {
        return ctx.select(YEAR_GOAL.GOAL_YEAR).from(YEAR_GOAL).where(YEAR_GOAL.ID.eq(yearGoalId))
                .fetchOptional(YEAR_GOAL.GOAL_YEAR);
    }

    /** The delmål of the plan linked to each year goal, by goal id. */
    Map<Long, Long> subgoalsByYearGoal(long planId) {
        Map<Long, Long> linked = new LinkedHashMap<>();
        ctx.select(PLAN_SUBGOAL.YEAR_GOAL_ID, PLAN_SUBGOAL.ID).from(PLAN_SUBGOAL)
                .join(PLAN_AREA).on(PLAN_AREA.ID.eq(PLAN_SUBGOAL.AREA_ID))
                .where(PLAN_AREA.PLAN_ID.eq(planId).and(PLAN_SUBGOAL.YEAR_GOAL_ID.isNotNull()))
                .orderBy(PLAN_SUBGOAL.ID)
                .forEach(r -> linked.putIfAbsent(r.value1(), r.value2()));
        return linked;
    }

    // --- activities ---

    long insertActivity(long subgoalId, ActivityDraft draft, PdsaStage stage, Long carriedFrom) {
        return ctx.insertInto(PLAN_ACTIVITY)
                .set(PLAN_ACTIVITY.SUBGOAL_ID, subgoalId)
                .set(PLAN_ACTIVITY.POSITION, next(activities, subgoalId))
                .set(draftValues(draft))
                .set(PLAN_ACTIVITY.STAGE, stage.name())
                .set(PLAN_ACTIVITY.CARRIED_FROM, carriedFrom)
                .returning(PLAN_ACTIVITY.ID).fetchOne(PLAN_ACTIVITY.ID);
    }

    void updateActivity(long activityId, ActivityDraft draft) {
        ctx.update(PLAN_ACTIVITY).set(draftValues(draft)).where(PLAN_ACTIVITY.ID.eq(activityId)).execute();
    }

    private static Map<Field<?>, Object> draftValues(ActivityDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PLAN_ACTIVITY.DESCRIPTION, draft.description());
        values.put(PLAN_ACTIVITY.TARGET_GROUP, draft.targetGroup());
        values.put(PLAN_ACTIVITY.RESPONSIBLE, draft.responsible());
        values.put(PLAN_ACTIVITY.EXPECTED_EFFECT, draft.expectedEffect());
        values.put(PLAN_ACTIVITY.INDICATOR, draft.indicator());
        values.put(PLAN_ACTIVITY.INDICATOR_TARGET, draft.indicatorTarget());
        values.put(PLAN_ACTIVITY.INDICATOR_METHOD, draft.indicatorMethod());
        IndicatorLink link = draft.link();
        values.put(PLAN_ACTIVITY.LINK_KIND, link == null ? null : link.kind().name());
        values.put(PLAN_ACTIVITY.LINK_KEY, link == null ? null : link.key());
        values.put(PLAN_ACTIVITY.LINK_TARGET, link == null ? null : link.target());
        values.put(PLAN_ACTIVITY.START_DATE, draft.start());
        values.put(PLAN_ACTIVITY.END_DATE, draft.end());
        return values;
    }

    void setStage(long activityId, PdsaStage stage) {
        ctx.update(PLAN_ACTIVITY).set(PLAN_ACTIVITY.STAGE, stage.name()).where(PLAN_ACTIVITY.ID.eq(activityId))
                .execute();
    }

    void setDecision(long activityId, CycleDecision decision, String note) {
        ctx.update(PLAN_ACTIVITY)
                .set(PLAN_ACTIVITY.DECISION, decision == null ? null : decision.name())
                .set(PLAN_ACTIVITY.DECISION_NOTE, note)
                .where(PLAN_ACTIVITY.ID.eq(activityId)).execute();
    }

    void deleteActivity(long activityId, long subgoalId) {
        ctx.deleteFrom(PLAN_ACTIVITY).where(PLAN_ACTIVITY.ID.eq(activityId)).execute();
        activities.renumber(subgoalId);
    }

    /** Of {@code activityIds}, those already carried over into an activity of {@code planId}. */
    Set<Long> carriedInto(long planId, Collection<Long> activityIds) {
        return new HashSet<>(ctx.select(PLAN_ACTIVITY.CARRIED_FROM).from(PLAN_ACTIVITY)
                .join(PLAN_SUBGOAL).on(PLAN_SUBGOAL.ID.eq(PLAN_ACTIVITY.SUBGOAL_ID))
                .join(PLAN_AREA).on(PLAN_AREA.ID.eq(PLAN_SUBGOAL.AREA_ID))
                .where(PLAN_AREA.PLAN_ID.eq(planId).and(PLAN_ACTIVITY.CARRIED_FROM.in(activityIds)))
                .fetch(PLAN_ACTIVITY.CARRIED_FROM));
    }

    // --- checkpoints ---

    long insertCheckpoint(long activityId, LocalDate date) {
        return ctx.insertInto(PLAN_CHECKPOINT)
                .set(PLAN_CHECKPOINT.ACTIVITY_ID, activityId)
                .set(PLAN_CHECKPOINT.CHECK_DATE, date)
                .returning(PLAN_CHECKPOINT.ID).fetchOne(PLAN_CHECKPOINT.ID);
    }

    void recordCheckpoint(long checkpointId, PdsaStage stage, String note, String value) {
        ctx.update(PLAN_CHECKPOINT)
                .set(PLAN_CHECKPOINT.RECORDED, true)
                .set(PLAN_CHECKPOINT.STAGE, stage.name())
                .set(PLAN_CHECKPOINT.NOTE, note)
                .set(PLAN_CHECKPOINT.INDICATOR_VALUE, value)
                .set(PLAN_CHECKPOINT.RECORDED_AT, database.now())
                .where(PLAN_CHECKPOINT.ID.eq(checkpointId)).execute();
    }

    void deleteCheckpoint(long checkpointId) {
        ctx.deleteFrom(PLAN_CHECKPOINT).where(PLAN_CHECKPOINT.ID.eq(checkpointId)).execute();
    }

    Optional<Checkpoint> checkpoint(long checkpointId) {
        return ctx.selectFrom(PLAN_CHECKPOINT).where(PLAN_CHECKPOINT.ID.eq(checkpointId))
                .fetchOptional(PlanStore::toCheckpoint);
    }

    // --- answers to proposals ---

    /** Year goal id → ACCEPTED or DECLINED. */
    Map<Long, String> goalAnswers(long planId) {
        Map<Long, String> answers = new LinkedHashMap<>();
        ctx.selectFrom(PLAN_PROPOSAL_ANSWER)
                .where(PLAN_PROPOSAL_ANSWER.PLAN_ID.eq(planId).and(PLAN_PROPOSAL_ANSWER.KIND.eq(KIND_YEAR_GOAL)))
                .orderBy(PLAN_PROPOSAL_ANSWER.ID)
                .forEach(r -> answers.put(r.getYearGoalId(), r.getAnswer()));
        return answers;
    }

    /** "AREA/year" → ACCEPTED or DECLINED. */
    Map<String, String> pdsaAnswers(long planId) {
        Map<String, String> answers = new LinkedHashMap<>();
        ctx.selectFrom(PLAN_PROPOSAL_ANSWER)
                .where(PLAN_PROPOSAL_ANSWER.PLAN_ID.eq(planId).and(PLAN_PROPOSAL_ANSWER.KIND.eq(KIND_SURVEY_PDSA)))
                .orderBy(PLAN_PROPOSAL_ANSWER.ID)
                .forEach(r -> answers.put(r.getSurveyArea() + "/" + r.getSurveyYear(), r.getAnswer()));
        return answers;
    }

    void answerGoal(long planId, long yearGoalId, String answer) {
        ctx.deleteFrom(PLAN_PROPOSAL_ANSWER).where(PLAN_PROPOSAL_ANSWER.PLAN_ID.eq(planId)
                .and(PLAN_PROPOSAL_ANSWER.YEAR_GOAL_ID.eq(yearGoalId))).execute();
        ctx.insertInto(PLAN_PROPOSAL_ANSWER)
                .set(PLAN_PROPOSAL_ANSWER.PLAN_ID, planId)
                .set(PLAN_PROPOSAL_ANSWER.KIND, KIND_YEAR_GOAL)
                .set(PLAN_PROPOSAL_ANSWER.YEAR_GOAL_ID, yearGoalId)
                .set(PLAN_PROPOSAL_ANSWER.ANSWER, answer)
                .execute();
    }

    void answerPdsa(long planId, String area, int surveyYear, String answer) {
        ctx.deleteFrom(PLAN_PROPOSAL_ANSWER).where(PLAN_PROPOSAL_ANSWER.PLAN_ID.eq(planId)
                .and(PLAN_PROPOSAL_ANSWER.KIND.eq(KIND_SURVEY_PDSA)).and(PLAN_PROPOSAL_ANSWER.SURVEY_AREA.eq(area))
                .and(PLAN_PROPOSAL_ANSWER.SURVEY_YEAR.eq(surveyYear))).execute();
        ctx.insertInto(PLAN_PROPOSAL_ANSWER)
                .set(PLAN_PROPOSAL_ANSWER.PLAN_ID, planId)
                .set(PLAN_PROPOSAL_ANSWER.KIND, KIND_SURVEY_PDSA)
                .set(PLAN_PROPOSAL_ANSWER.SURVEY_AREA, area)
                .set(PLAN_PROPOSAL_ANSWER.SURVEY_YEAR, surveyYear)
                .set(PLAN_PROPOSAL_ANSWER.ANSWER, answer)
                .execute();
    }

    // --- mapping ---

    private static PlanSummary toSummary(ActionPlanRecord r) {
        return new PlanSummary(r.getId(), PlanScope.valueOf(r.getScope()), r.getCentreId(), r.getMunicipality(),
                r.getPlanYear(), r.getSentOn());
    }

    private static Activity toActivity(PlanActivityRecord r, List<Checkpoint> checkpoints) {
        IndicatorLink link = r.getLinkKind() == null ? null
                : new IndicatorLink(IndicatorKind.valueOf(r.getLinkKind()), r.getLinkKey(), r.getLinkTarget());
        ActivityDraft draft = new ActivityDraft(r.getDescription(), r.getTargetGroup(), r.getResponsible(),
                r.getExpectedEffect(), r.getIndicator(), r.getIndicatorTarget(), r.getIndicatorMethod(), link,
                r.getStartDate(), r.getEndDate());
        return new Activity(r.getId(), r.getUuid(), r.getSubgoalId(), r.getPosition(), draft,
                PdsaStage.valueOf(r.getStage()), r.getDecision() == null ? null : CycleDecision.valueOf(r.getDecision()),
                r.getDecisionNote(), r.getCarriedFrom(), checkpoints);
    }

    private static Checkpoint toCheckpoint(PlanCheckpointRecord r) {
        return new Checkpoint(r.getId(), r.getUuid(), r.getActivityId(), r.getCheckDate(), r.getRecorded(),
                r.getStage() == null ? null : PdsaStage.valueOf(r.getStage()), r.getNote(), r.getIndicatorValue());
    }

    /** The position a new last child of {@code parentId} takes in {@code list}: after the others. */
    private static int next(OrderedChildren list, long parentId) {
        return list.ids(parentId).size() + 1;
    }

    /**
     * Puts the children of {@code parentId} in the order given. The list must hold exactly the present
     * children: a list made before another window added or removed one is refused.
     */
    static void reorder(OrderedChildren list, long parentId, List<Long> orderedIds) {
        List<Long> present = list.ids(parentId);
        if (orderedIds.size() != present.size() || !new HashSet<>(orderedIds).equals(new HashSet<>(present))) {
            throw new UserFacingException("plan.orderChanged");
        }
        list.order(orderedIds);
    }
}
