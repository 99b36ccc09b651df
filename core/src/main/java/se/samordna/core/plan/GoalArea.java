package se.samordna.core.plan;

import java.util.List;
import java.util.UUID;

/** A målområde with its övergripande målsättning and its delmål, in order. */
public record GoalArea(long id, UUID uuid, long planId, int position, String name, String overallGoal,
                       List<Subgoal> subgoals) {
    public static final int NAME_MAX = 200;
    public static final int OVERALL_GOAL_MAX = 1000;

    public GoalArea {
        subgoals = List.copyOf(subgoals);
    }
}
