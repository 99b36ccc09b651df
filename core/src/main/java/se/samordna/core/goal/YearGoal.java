package se.samordna.core.goal;

/**
 * A goal of a centre for a year. {@code originRef} names what it came from: a statement of the
 * self-reflection ("S08") or an area of the parent survey ("TILLGANGLIGHET").
 */
public record YearGoal(long id, long centreId, int year, GoalSource source, Long workshopId, String originRef,
                       GoalDraft draft, boolean prioritized) {
}
