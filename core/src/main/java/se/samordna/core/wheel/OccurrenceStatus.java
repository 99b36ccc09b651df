package se.samordna.core.wheel;

/** Where an occurrence stands on a given day. */
public enum OccurrenceStatus {
    /** Ticked, by hand or by Samordna's own work. */
    DONE,
    /** Cancelled for this year. */
    CANCELLED,
    /** Its deadline has passed and it is not ticked. */
    OVERDUE,
    /** The day is within its days. */
    NOW,
    /** It starts within its lead time (or {@link WheelService#DEFAULT_NOTICE_DAYS} when it has none). */
    DUE_SOON,
    /** Further ahead. */
    LATER
}
