package se.samordna.core.audit;

import java.util.Locale;

/** The kinds of record whose history a page shows ("Historik"): each the main record of its parts. */
public enum AuditedRecord {
    /** A centre with its parts and its people. */
    CENTRE,
    /** An agreement with its clauses, values, parties, tasks, costs, signed copy and reviews. */
    AGREEMENT,
    /** An annual report with its texts and visit counts. */
    ANNUAL_REPORT,
    /** A survey with its items, translations, responses and answers. */
    SURVEY,
    /** A reflection workshop with its statements and agreed ratings. */
    WORKSHOP,
    /** An action plan with its areas, sub-goals, activities and checkpoints. */
    ACTION_PLAN,
    /** An activity of the annual wheel with its occurrences and ticks. */
    WHEEL_ACTIVITY;

    /** The table the record is in. */
    public String table() {
        return name().toLowerCase(Locale.ROOT);
    }
}
