package se.samordna.core.wheel;

import java.time.LocalDate;

/** The days an occurrence falls on, both ends included. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A date range needs start <= end: " + start + ", " + end);
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
