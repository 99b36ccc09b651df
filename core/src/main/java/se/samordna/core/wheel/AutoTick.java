package se.samordna.core.wheel;

import java.time.LocalDate;

/**
 * An occurrence ticked by Samordna's own work, computed when the wheel is read (never stored): what
 * it came from ({@code source} and the id of the workshop, survey, report or agreement), the day
 * that work was done (null when it is not known) and the year the work belongs to.
 */
public record AutoTick(AutoSource source, long id, int workYear, LocalDate doneOn) {
}
