package se.samordna.core.plan;

import java.time.LocalDate;

/** A plan in a list: whose, which year, and the day it was sent (null while not sent). */
public record PlanSummary(long id, PlanScope scope, Long centreId, String municipality, int year, LocalDate sentOn) {
    public static final int MUNICIPALITY_MAX = 100;
}
