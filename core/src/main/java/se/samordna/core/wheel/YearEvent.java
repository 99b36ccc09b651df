package se.samordna.core.wheel;

import java.time.LocalDate;

/**
 * One thing for the home screen: an occurrence that is overdue, under way or coming, with where to do
 * its work. {@code work} is the auto source and the year the work belongs to (the report of the year
 * before for February's hand-in, the survey of the year, the workshop's year), and, once done, the id
 * of what ticked it; null for an activity with no work in Samordna (the home screen leads to the wheel).
 */
public record YearEvent(Kind kind, Occurrence occurrence, LocalDate date, LocalDate deadline, long daysLeft,
                        Work work) {

    public enum Kind {
        /** Its deadline has passed and it is not ticked. */
        OVERDUE,
        /** Today is within its days (up to the deadline). */
        NOW,
        /** It starts within the horizon, or its reminder (lead time) has come. */
        COMING
    }

    /** Where the work is: the kind of work, its year, and the id of the record once there is one (else null). */
    public record Work(AutoSource source, int year, Long id) {
    }
}
