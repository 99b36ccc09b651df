package se.samordna.core.wheel;

import java.time.LocalDate;
import java.time.Month;

/**
 * An activity in one plan year: the days its rule gives, the days it falls on (moved, if this year's
 * occurrence was moved), whether it is cancelled, its ticks, its deadline and where it stands on the
 * day the wheel was read. {@code number} is its place in the year's list, 1 up, the number the wheel
 * drawing marks it with.
 *
 * <p>The deadline is the last day, except for the report: the wheel says "lämnas in 28/2" in Bilaga 6's
 * words, and the report is late only after {@code ReportService.dueDate} (1 March, decision 0009).
 */
public record Occurrence(int number, WheelActivity activity, PlanYear year, DateRange ruleDates, DateRange dates,
                         OccurrenceChange change, ManualTick tick, AutoTick autoTick, LocalDate deadline,
                         OccurrenceStatus status) {

    public boolean cancelled() {
        return change != null && change.cancelled();
    }

    public boolean moved() {
        return change != null && change.moved() != null;
    }

    public boolean done() {
        return tick != null || autoTick != null;
    }

    /** The month it is listed under: its rule's month, or the month it was moved to. */
    public Month month() {
        return moved() ? dates.start().getMonth() : activity.rule().month();
    }

    /** The day the reminder is due: {@code leadDays} before the start, or the start itself. */
    public LocalDate remindOn() {
        return dates.start().minusDays(activity.draft().leadDays());
    }
}
