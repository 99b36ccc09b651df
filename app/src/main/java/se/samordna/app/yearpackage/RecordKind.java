package se.samordna.app.yearpackage;

import java.util.Locale;
import java.util.Optional;

/** The kinds of record a year package carries, one per table, for their names in the import preview. */
public enum RecordKind {
    CENTRE,
    CENTRE_PART,
    PERSON,
    YEAR_GOAL,
    AGREEMENT,
    AGREEMENT_CLAUSE,
    AGREEMENT_VALUE,
    AGREEMENT_PARTY,
    AGREEMENT_TASK,
    AGREEMENT_COST_YEAR,
    AGREEMENT_ATTACHMENT,
    AGREEMENT_REVIEW,
    REFLECTION_OWN_STATEMENT,
    WORKSHOP,
    WORKSHOP_STATEMENT,
    WORKSHOP_AGREED,
    SURVEY,
    SURVEY_ITEM,
    SURVEY_TRANSLATION,
    SURVEY_TRANSLATION_REVIEW,
    SURVEY_RESPONSE,
    SURVEY_ANSWER,
    ANNUAL_REPORT,
    REPORT_FIELD,
    REPORT_VISITS,
    ACTION_PLAN,
    PLAN_AREA,
    PLAN_SUBGOAL,
    PLAN_ACTIVITY,
    PLAN_CHECKPOINT,
    PLAN_PROPOSAL_ANSWER,
    WHEEL_CENTRE,
    WHEEL_ACTIVITY,
    WHEEL_OCCURRENCE,
    WHEEL_TICK;

    /** The kind of a table of the package, when this version knows it. */
    public static Optional<RecordKind> of(String table) {
        try {
            return Optional.of(valueOf(table.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
