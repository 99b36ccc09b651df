package se.samordna.core.goal;

import java.util.ArrayList;
import java.util.List;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;

/**
 * The goals of a centre's year, whichever capability wrote them. At most two are prioritised: the
 * two prioritised goals of the annual plan (Bilaga 3, Bilaga 5 step IV).
 */
public final class GoalService {
    public static final int MAX_PRIORITIZED = 2;
    public static final String FIELD_GOAL = "goal";
    public static final String FIELD_MEASURE = "measure";
    public static final String FIELD_TARGET = "target";
    public static final String FIELD_RESPONSIBLE = "responsible";
    public static final String FIELD_DUE = "due";

    private final Database database;

    public GoalService(Database database) {
        this.database = database;
    }

    public List<YearGoal> list(long centreId, int year) {
        return database.transactionResult(ctx -> new GoalStore(ctx, database).list(centreId, year));
    }

    public List<YearGoal> ofWorkshop(long workshopId) {
        return database.transactionResult(ctx -> new GoalStore(ctx, database).ofWorkshop(workshopId));
    }

    public List<FieldError> validate(GoalDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_GOAL, draft.goal(), GoalDraft.GOAL_MAX, errors);
        TextRules.maxLength(FIELD_MEASURE, draft.measure(), GoalDraft.MEASURE_MAX, errors);
        TextRules.maxLength(FIELD_TARGET, draft.target(), GoalDraft.TARGET_MAX, errors);
        TextRules.maxLength(FIELD_RESPONSIBLE, draft.responsible(), GoalDraft.RESPONSIBLE_MAX, errors);
        if (draft.due() != null && (draft.due().getYear() < 2000 || draft.due().getYear() > 2100)) {
            errors.add(FieldError.of(FIELD_DUE, "validation.dateRange", 2000, 2100));
        }
        return errors;
    }

    public YearGoal add(long centreId, int year, GoalSource source, Long workshopId, String originRef,
                        GoalDraft draft) {
        throwIfInvalid(validate(draft));
        return database.transactionResult(ctx -> {
            GoalStore store = new GoalStore(ctx, database);
            return store.find(store.insert(centreId, year, source, workshopId, originRef, draft)).orElseThrow();
        });
    }

    public YearGoal update(long goalId, int year, GoalDraft draft) {
        throwIfInvalid(validate(draft));
        return database.transactionResult(ctx -> {
            GoalStore store = new GoalStore(ctx, database);
            YearGoal goal = lockedGoal(store, goalId);
            if (goal.prioritized() && goal.year() != year
                    && store.countPrioritized(goal.centreId(), year, goalId) >= MAX_PRIORITIZED) {
                throw new UserFacingException("goal.tooManyPrioritized", MAX_PRIORITIZED, year);
            }
            store.update(goalId, year, draft);
            return store.find(goalId).orElseThrow();
        });
    }

    /** Marks a goal as one of the year's (at most two) prioritised goals, or not. */
    public YearGoal setPrioritized(long goalId, boolean prioritized) {
        return database.transactionResult(ctx -> {
            GoalStore store = new GoalStore(ctx, database);
            YearGoal goal = lockedGoal(store, goalId);
            if (prioritized && store.countPrioritized(goal.centreId(), goal.year(), goalId) >= MAX_PRIORITIZED) {
                throw new UserFacingException("goal.tooManyPrioritized", MAX_PRIORITIZED, goal.year());
            }
            store.setPrioritized(goalId, prioritized);
            return store.find(goalId).orElseThrow();
        });
    }

    public void remove(long goalId) {
        database.transaction(ctx -> {
            if (!new GoalStore(ctx, database).delete(goalId)) {
                throw new NotFoundException("goal", goalId);
            }
        });
    }

    /**
     * The goal, read after its centre's row is locked: the count of prioritised goals that follows is
     * then the one the write goes with, whoever else prioritises at the same moment (they wait).
     */
    private static YearGoal lockedGoal(GoalStore store, long goalId) {
        YearGoal goal = store.find(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
        store.lockCentre(goal.centreId());
        return store.find(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
