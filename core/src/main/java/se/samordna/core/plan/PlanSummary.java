package se.samordna.core.plan;

/** A plan in a list: whose and which year. */
public record PlanSummary(long id, PlanScope scope, Long centreId, String municipality, int year) {
    public static final int MUNICIPALITY_MAX = 100;
}
