package se.samordna.core.wheel;

/**
 * Work Samordna holds that ticks an activity of the wheel by itself when it is done. Stored by name
 * on the activity, so an activity keeps ticking when it is renamed, and a centre's own activity can
 * be given a source too.
 */
public enum AutoSource {
    /** A self-reflection workshop held in the occurrence's days (Bilaga 4 and 5). */
    WORKSHOP,
    /** Forms of the year's parent survey typed in. */
    SURVEY,
    /** The annual report of the calendar year before submitted. */
    REPORT,
    /** An agreement of the centre marked as gone through together in the plan year. */
    AGREEMENT_REVIEW,
    /** The action plan sent; ticks nothing until the action plan is built. */
    PLAN
}
