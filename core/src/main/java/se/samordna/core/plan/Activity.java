package se.samordna.core.plan;

import java.util.List;
import java.util.UUID;

/**
 * A planned activity under a delmål, where it stands in its PDSA cycle, the decision when the cycle
 * ended (null while it runs), and its checkpoints by date. {@code carriedFrom}: last year's activity
 * it was carried over from.
 */
public record Activity(long id, UUID uuid, long subgoalId, int position, ActivityDraft draft, PdsaStage stage,
                       CycleDecision decision, String decisionNote, Long carriedFrom, List<Checkpoint> checkpoints) {
    public static final int DECISION_NOTE_MAX = 1000;

    public Activity {
        checkpoints = List.copyOf(checkpoints);
    }

    /** Not yet decided on: still to be done or followed up, and so offered for next year's plan. */
    public boolean unfinished() {
        return decision == null;
    }
}
