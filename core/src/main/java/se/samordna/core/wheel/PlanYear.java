package se.samordna.core.wheel;

import java.time.LocalDate;
import java.time.Month;

/**
 * A centre's wheel year: twelve months from its start month. It is named by the calendar year it
 * starts in, so with a year starting in August "plan year 2026" runs from 1 August 2026 to 31 July
 * 2027 and is labelled "2026/27"; a year starting in January is the calendar year, "2026".
 */
public record PlanYear(int year, Month startMonth) {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public PlanYear {
        if (startMonth == null) {
            throw new IllegalArgumentException("A plan year needs a start month");
        }
    }

    /** The plan year that {@code day} lies in. */
    public static PlanYear containing(LocalDate day, Month startMonth) {
        int year = day.getMonthValue() >= startMonth.getValue() ? day.getYear() : day.getYear() - 1;
        return new PlanYear(year, startMonth);
    }

    public LocalDate first() {
        return LocalDate.of(year, startMonth, 1);
    }

    public LocalDate last() {
        return first().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /** The calendar year a month of this plan year falls in. */
    public int calendarYearOf(Month month) {
        return month.getValue() >= startMonth.getValue() ? year : year + 1;
    }

    public PlanYear next() {
        return new PlanYear(year + 1, startMonth);
    }

    public PlanYear previous() {
        return new PlanYear(year - 1, startMonth);
    }

    /** "2026", or "2026/27" for a year that does not start in January. */
    public String label() {
        return startMonth == Month.JANUARY ? String.valueOf(year)
                : year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** The twelve months in the order of this year, from its start month. */
    public java.util.List<Month> months() {
        java.util.List<Month> months = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(startMonth.plus(i));
        }
        return months;
    }
}
