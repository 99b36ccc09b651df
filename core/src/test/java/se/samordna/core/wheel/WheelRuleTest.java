package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

/** The dates each kind of rule gives in a plan year: ISO weeks, week 53, 29 February, a year from August. */
class WheelRuleTest {
    private static final PlanYear Y2026 = new PlanYear(2026, Month.JANUARY);

    @Test
    void aFixedDateFallsOnThatDayOfTheYear() {
        assertThat(new WheelRule.FixedDate(28, Month.FEBRUARY).dates(Y2026))
                .isEqualTo(DateRange.day(LocalDate.of(2026, 2, 28)));
        assertThat(new WheelRule.FixedDate(28, Month.FEBRUARY).text()).isEqualTo("28/2");
    }

    @Test
    void the29thOfFebruaryFallsOnTheLastDayOfFebruaryInAYearThatIsNotALeapYear() {
        WheelRule.FixedDate leapDay = new WheelRule.FixedDate(29, Month.FEBRUARY);
        assertThat(leapDay.dates(new PlanYear(2028, Month.JANUARY)).start()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leapDay.dates(Y2026).start()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new WheelRule.FixedDate(30, Month.FEBRUARY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WheelRule.FixedDate(31, Month.APRIL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksRunFromMondayOfTheFirstToSundayOfTheLast() {
        assertThat(new WheelRule.WeekRange(45, 46).dates(Y2026))
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15)));
        assertThat(WheelRule.WeekRange.week(39).dates(Y2026))
                .isEqualTo(new DateRange(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 27)));
        assertThat(new WheelRule.WeekRange(45, 46).text()).isEqualTo("v.45–46");
        assertThat(new WheelRule.WeekRange(45, 46).month()).isEqualTo(Month.NOVEMBER);
    }

    @Test
    void theSurveyWeeksAreTheSameAsTheSurveyServiceGives() {
        for (int year = 2024; year <= 2032; year++) {
            DateRange weeks = new WheelRule.WeekRange(45, 46).dates(new PlanYear(year, Month.JANUARY));
            assertThat(new LocalDate[] {weeks.start(), weeks.end()})
                    .isEqualTo(se.samordna.core.survey.SurveyService.surveyWeeks(year));
        }
    }

    @Test
    void week1MayStartInDecemberOfTheYearBefore() {
        // 1 January 2026 is a Thursday: week 1 of 2026 runs from Monday 29 December 2025.
        assertThat(WheelRule.WeekRange.week(1).dates(Y2026))
                .isEqualTo(new DateRange(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)));
        assertThat(WheelRule.WeekRange.week(1).month()).isEqualTo(Month.JANUARY);
        // 2027: 1 January is a Friday, so it belongs to week 53 of 2026 and week 1 starts 4 January.
        assertThat(WheelRule.WeekRange.week(1).dates(new PlanYear(2027, Month.JANUARY)).start())
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void week53IsTheLastWeekOfTheYearAndFallsOnWeek52InAYearWithout() {
        // 2026 has 53 ISO weeks; 2027 has 52.
        assertThat(WheelRule.WeekRange.week(53).dates(Y2026))
                .isEqualTo(new DateRange(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
        assertThat(WheelRule.WeekRange.week(53).dates(new PlanYear(2027, Month.JANUARY)))
                .isEqualTo(new DateRange(LocalDate.of(2027, 12, 27), LocalDate.of(2028, 1, 2)));
        assertThat(new WheelRule.WeekRange(52, 53).dates(new PlanYear(2027, Month.JANUARY)))
                .isEqualTo(new DateRange(LocalDate.of(2027, 12, 27), LocalDate.of(2028, 1, 2)));
        assertThatThrownBy(() -> new WheelRule.WeekRange(46, 45)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WheelRule.WeekRange.week(54)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWholeMonthRunsFromItsFirstToItsLastDay() {
        assertThat(new WheelRule.WholeMonth(Month.FEBRUARY).dates(new PlanYear(2028, Month.JANUARY)))
                .isEqualTo(new DateRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(new WheelRule.WholeMonth(Month.SEPTEMBER).text()).isEqualTo("september");
    }

    @Test
    void theNthOrLastWeekdayOfAMonth() {
        assertThat(new WheelRule.NthWeekday(2, DayOfWeek.TUESDAY, Month.MAY).dates(Y2026).start())
                .isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(new WheelRule.NthWeekday(WheelRule.NthWeekday.LAST, DayOfWeek.FRIDAY, Month.MAY).dates(Y2026)
                .start()).isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(new WheelRule.NthWeekday(1, DayOfWeek.MONDAY, Month.JUNE).dates(Y2026).start())
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(new WheelRule.NthWeekday(WheelRule.NthWeekday.LAST, DayOfWeek.MONDAY, Month.MAY).text())
                .isEqualTo("sista måndagen i maj");
        assertThatThrownBy(() -> new WheelRule.NthWeekday(5, DayOfWeek.MONDAY, Month.MAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearStartingInAugustRunsIntoTheNextCalendarYearAndIsNamedByItsFirst() {
        PlanYear august = new PlanYear(2026, Month.AUGUST);
        assertThat(august.first()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(august.last()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(august.label()).isEqualTo("2026/27");
        assertThat(Y2026.label()).isEqualTo("2026");
        assertThat(august.months()).startsWith(Month.AUGUST, Month.SEPTEMBER).endsWith(Month.JULY);
        assertThat(PlanYear.containing(LocalDate.of(2027, 3, 1), Month.AUGUST)).isEqualTo(august);
        assertThat(PlanYear.containing(LocalDate.of(2026, 8, 1), Month.AUGUST)).isEqualTo(august);

        assertThat(new WheelRule.WholeMonth(Month.SEPTEMBER).dates(august).start()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(new WheelRule.FixedDate(28, Month.FEBRUARY).dates(august).start())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new WheelRule.WeekRange(45, 46).dates(august).start()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(WheelRule.WeekRange.week(5).dates(august).start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(new WheelRule.NthWeekday(1, DayOfWeek.MONDAY, Month.JUNE).dates(august).start())
                .isEqualTo(LocalDate.of(2027, 6, 7));
    }

    @Test
    void inAYearStartingInAugustEveryWeekNumberFallsOnceAndWithinAFewDaysOfTheYear() {
        for (int year = 2024; year <= 2034; year++) {
            PlanYear august = new PlanYear(year, Month.AUGUST);
            for (int week = 1; week <= 53; week++) {
                DateRange dates = WheelRule.WeekRange.week(week).dates(august);
                assertThat(dates.start()).as(year + " v." + week).isAfter(august.first().minusDays(7));
                assertThat(dates.end()).as(year + " v." + week).isBefore(august.last().plusDays(7));
                assertThat(WheelRule.WeekRange.week(week).dates(august.next())).as("not twice").isNotEqualTo(dates);
            }
        }
    }
}
