package se.samordna.core.plan;

import java.util.List;
import java.util.UUID;

import se.samordna.core.goal.GoalSource;

/**
 * A delmål and its activities. When it was accepted from a goal of the year, {@code origin} says which
 * goal and where that came from, and {@code text} is that goal's text as it reads now: the plan and the
 * annual report's prioritised goals read one and the same goal.
 */
public record Subgoal(long id, UUID uuid, long areaId, int position, String text, Origin origin,
                      List<Activity> activities) {
    public static final int TEXT_MAX = 1000;

    public Subgoal {
        activities = List.copyOf(activities);
    }

    /** The goal of the year a delmål was taken from: the workshop's step IV, the survey, or written directly. */
    public record Origin(long yearGoalId, GoalSource source, String originRef) {
    }
}
