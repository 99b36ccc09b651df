package se.samordna.core.goal;

import static se.samordna.core.db.generated.Tables.CENTRE;
import static se.samordna.core.db.generated.Tables.YEAR_GOAL;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import se.samordna.core.db.generated.tables.records.YearGoalRecord;
import se.samordna.core.db.Database;

/** Reads and writes the year's goals within the caller's transaction. */
final class GoalStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;

    GoalStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
    }

    List<YearGoal> list(long centreId, int year) {
        return ctx.selectFrom(YEAR_GOAL)
                .where(YEAR_GOAL.CENTRE_ID.eq(centreId).and(YEAR_GOAL.GOAL_YEAR.eq(year)))
                .orderBy(YEAR_GOAL.PRIORITIZED.desc(), YEAR_GOAL.ID)
                .fetch(GoalStore::toGoal);
    }

    List<YearGoal> ofWorkshop(long workshopId) {
        return ctx.selectFrom(YEAR_GOAL).where(YEAR_GOAL.WORKSHOP_ID.eq(workshopId)).orderBy(YEAR_GOAL.ID)
                .fetch(GoalStore::toGoal);
    }

    Optional<YearGoal> find(long id) {
        return ctx.selectFrom(YEAR_GOAL).where(YEAR_GOAL.ID.eq(id)).fetchOptional(GoalStore::toGoal);
    }

    long insert(long centreId, int year, GoalSource source, Long workshopId, String originRef, GoalDraft draft) {
        return ctx.insertInto(YEAR_GOAL)
                .set(YEAR_GOAL.CENTRE_ID, centreId)
                .set(YEAR_GOAL.GOAL_YEAR, year)
                .set(YEAR_GOAL.SOURCE, source.name())
                .set(YEAR_GOAL.WORKSHOP_ID, workshopId)
                .set(YEAR_GOAL.ORIGIN_REF, originRef == null ? "" : originRef)
                .set(YEAR_GOAL.GOAL, draft.goal())
                .set(YEAR_GOAL.MEASURE, draft.measure())
                .set(YEAR_GOAL.TARGET, draft.target())
                .set(YEAR_GOAL.RESPONSIBLE, draft.responsible())
                .set(YEAR_GOAL.DUE_DATE, draft.due())
                .returning(YEAR_GOAL.ID).fetchOne(YEAR_GOAL.ID);
    }

    void update(long id, int year, GoalDraft draft) {
        ctx.update(YEAR_GOAL)
                .set(YEAR_GOAL.GOAL_YEAR, year)
                .set(YEAR_GOAL.GOAL, draft.goal())
                .set(YEAR_GOAL.MEASURE, draft.measure())
                .set(YEAR_GOAL.TARGET, draft.target())
                .set(YEAR_GOAL.RESPONSIBLE, draft.responsible())
                .set(YEAR_GOAL.DUE_DATE, draft.due())
                .set(YEAR_GOAL.UPDATED_AT, database.now())
                .set(YEAR_GOAL.UPDATED_BY, database.who())
                .set(YEAR_GOAL.ROW_VERSION, YEAR_GOAL.ROW_VERSION.plus(1))
                .where(YEAR_GOAL.ID.eq(id)).execute();
    }

    void setPrioritized(long id, boolean prioritized) {
        ctx.update(YEAR_GOAL).set(YEAR_GOAL.PRIORITIZED, prioritized)
                .set(YEAR_GOAL.UPDATED_AT, database.now())
                .set(YEAR_GOAL.UPDATED_BY, database.who())
                .set(YEAR_GOAL.ROW_VERSION, YEAR_GOAL.ROW_VERSION.plus(1))
                .where(YEAR_GOAL.ID.eq(id)).execute();
    }

    /**
     * Holds the centre's row until the transaction ends: the rule of at most two prioritised goals a
     * year is counted and written by one coordinator at a time (a second waits, then counts anew).
     */
    void lockCentre(long centreId) {
        ctx.select(CENTRE.ID).from(CENTRE).where(CENTRE.ID.eq(centreId)).forUpdate().fetch();
    }

    int countPrioritized(long centreId, int year, long exceptId) {
        return ctx.fetchCount(YEAR_GOAL, YEAR_GOAL.CENTRE_ID.eq(centreId).and(YEAR_GOAL.GOAL_YEAR.eq(year))
                .and(YEAR_GOAL.PRIORITIZED.isTrue()).and(YEAR_GOAL.ID.ne(exceptId)));
    }

    boolean delete(long id) {
        return ctx.deleteFrom(YEAR_GOAL).where(YEAR_GOAL.ID.eq(id)).execute() == 1;
    }

    private static YearGoal toGoal(YearGoalRecord r) {
        return new YearGoal(r.getId(), r.getCentreId(), r.getGoalYear(), GoalSource.valueOf(r.getSource()),
                r.getWorkshopId(), r.getOriginRef(), new GoalDraft(r.getGoal(), r.getMeasure(), r.getTarget(),
                r.getResponsible(), r.getDueDate()), r.getPrioritized());
    }
}
