package se.samordna.core.report;

/** Visits in one month (1–12) for one category. */
public record VisitCount(int month, VisitCategory category, int visits) {
}
