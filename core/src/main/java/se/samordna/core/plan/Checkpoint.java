package se.samordna.core.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An avstämning of an activity: a date set in advance and, once {@code recorded}, the stage then, a
 * short note and the indicator's value as typed in.
 */
public record Checkpoint(long id, UUID uuid, long activityId, LocalDate date, boolean recorded, PdsaStage stage,
                         String note, String indicatorValue) {
    public static final int NOTE_MAX = 1000;
    public static final int VALUE_MAX = 100;
}
