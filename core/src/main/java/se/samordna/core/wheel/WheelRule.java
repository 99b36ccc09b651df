package se.samordna.core.wheel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * When an activity of the wheel falls in a year. Each rule gives the days of its occurrence in a
 * {@link PlanYear}, and the month it is listed under (the wheel's sector).
 */
public sealed interface WheelRule {

    /** The days of the occurrence in {@code year}. */
    DateRange dates(PlanYear year);

    /** The month of the year the activity is listed under. */
    Month month();

    /** As a coordinator reads it: "28/2", "v.45–46", "november", "sista måndagen i maj". */
    String text();

    /**
     * A date every year, such as 28/2. 29 February falls on 28 February in a year that is not a leap
     * year: the last day of February, which is what a deadline on that day means.
     */
    record FixedDate(int day, Month month) implements WheelRule {
        public FixedDate {
            if (month == null || day < 1 || day > month.maxLength()) {
                throw new IllegalArgumentException("No such day: " + day + "/" + month);
            }
        }

        @Override
        public DateRange dates(PlanYear year) {
            YearMonth yearMonth = YearMonth.of(year.calendarYearOf(month), month);
            return DateRange.day(yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth())));
        }

        @Override
        public String text() {
            return day + "/" + month.getValue();
        }
    }

    /**
     * ISO weeks {@code from} to {@code to} (v.45–46; v.39 is 39 to 39), Monday of the first to Sunday
     * of the last. Week 53 exists only in some years (2026, 2032, …): in a year of 52 weeks it means
     * week 52, the last week of the year, so "v.52–53" becomes week 52 alone and "v.53" is never lost.
     * In a plan year that does not start in January, weeks from {@link #firstWeek} (v.31 for August) fall
     * in its first calendar year and the others in the next: every week number occurs once in each plan
     * year and no week in two, the week at the turn lying a few days outside the year at most.
     */
    record WeekRange(int from, int to) implements WheelRule {
        public WeekRange {
            if (from < 1 || to > 53 || to < from) {
                throw new IllegalArgumentException("No such weeks: " + from + "–" + to);
            }
        }

        public static WeekRange week(int week) {
            return new WeekRange(week, week);
        }

        @Override
        public DateRange dates(PlanYear year) {
            int weekYear = weekYear(from, year);
            return new DateRange(monday(weekYear, from), monday(weekYear, to).plusDays(6));
        }

        /**
         * The week-based year the weeks fall in. A plan year from January holds its own weeks. One from
         * another month holds the weeks from {@link #firstWeek} of its first calendar year and those before
         * it of the next: the split does not move from year to year, so each week of the calendar belongs
         * to exactly one plan year, at most a few days outside it at the turn.
         */
        static int weekYear(int week, PlanYear year) {
            return week >= firstWeek(year.startMonth()) ? year.year() : year.year() + 1;
        }

        /** The week a year starting in {@code month} begins with: the one holding about the 4th of the month. */
        static int firstWeek(Month month) {
            return (LocalDate.of(2025, month, 1).getDayOfYear() + 3) / 7 + 1;
        }

        /** Monday of the week, or of the last week when the year has no week 53. */
        static LocalDate monday(int weekYear, int week) {
            LocalDate mid = LocalDate.of(weekYear, 7, 1);
            long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum();
            return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks)).with(DayOfWeek.MONDAY);
        }

        /** The month of the first week's Thursday, which ISO counts the week to. */
        @Override
        public Month month() {
            return monday(2026, Math.min(from, 52)).plusDays(3).getMonth();
        }

        @Override
        public String text() {
            return from == to ? "v." + from : "v." + from + "–" + to;
        }
    }

    /** A whole month ("Januari: Självreflektion"). */
    record WholeMonth(Month month) implements WheelRule {
        public WholeMonth {
            if (month == null) {
                throw new IllegalArgumentException("A month is needed");
            }
        }

        @Override
        public DateRange dates(PlanYear year) {
            YearMonth yearMonth = YearMonth.of(year.calendarYearOf(month), month);
            return new DateRange(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }

        @Override
        public String text() {
            return MonthNames.lower(month);
        }
    }

    /** The n-th (1–4) or last ({@link #LAST}) weekday of a month: "andra tisdagen i maj". */
    record NthWeekday(int nth, DayOfWeek weekday, Month month) implements WheelRule {
        public static final int LAST = -1;

        public NthWeekday {
            if (weekday == null || month == null || !(nth == LAST || (nth >= 1 && nth <= 4))) {
                throw new IllegalArgumentException("No such weekday: " + nth + " " + weekday + " " + month);
            }
        }

        @Override
        public DateRange dates(PlanYear year) {
            LocalDate first = LocalDate.of(year.calendarYearOf(month), month, 1);
            LocalDate day = nth == LAST ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            return DateRange.day(day);
        }

        @Override
        public String text() {
            String[] ordinals = {"första", "andra", "tredje", "fjärde"};
            return (nth == LAST ? "sista" : ordinals[nth - 1]) + " " + MonthNames.weekday(weekday) + "en i "
                    + MonthNames.lower(month);
        }
    }
}
