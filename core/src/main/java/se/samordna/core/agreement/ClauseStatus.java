package se.samordna.core.agreement;

/** How a clause stands against the template. */
public enum ClauseStatus {
    /** Word for word as in the template. */
    SAME,
    /** Reworded. */
    CHANGED,
    /** Not in the template: added for this agreement. */
    ADDED
}
