package se.samordna.app.access;

/** What a user may do with one centre, as the administrator chooses it. */
public enum AccessLevel {
    /** Not given: a coordinator does not see it (the county still sees every centre). */
    NONE,
    /** Given to see. */
    SEE,
    /** Given to see and edit. */
    EDIT
}
