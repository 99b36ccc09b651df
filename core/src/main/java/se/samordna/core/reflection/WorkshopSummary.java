package se.samordna.core.reflection;

import java.time.LocalDate;

/** A workshop in a list. */
public record WorkshopSummary(long id, long centreId, int year, LocalDate heldOn, int participants,
                              WorkshopStatus status, int step) {
}
