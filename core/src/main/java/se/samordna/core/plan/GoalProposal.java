package se.samordna.core.plan;

import se.samordna.core.goal.YearGoal;

/**
 * A goal of the plan's year (one of the two prioritised from the workshop's step IV, or one taken up
 * from the parent survey) offered as a delmål, showing where it came from ({@code goal.source()}).
 * {@code subgoalId} is the delmål made from it once accepted.
 */
public record GoalProposal(YearGoal goal, Answer answer, Long subgoalId) {

    /** What the coordinator has said to a proposal. */
    public enum Answer {
        OPEN,
        ACCEPTED,
        DECLINED
    }
}
