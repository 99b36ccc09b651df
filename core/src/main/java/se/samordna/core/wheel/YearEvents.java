package se.samordna.core.wheel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is due for a centre around a day, from its wheel: one model for the home screen, the wheel,
 * the PDF and the calendar file. The home screen's report, survey and agreement reminders are the
 * wheel's activities with those sources: the report is due by {@code ReportService.dueDate} (1 March)
 * and shown from 30 days before, the survey weeks are v.45–46 ({@code SurveyService.surveyWeeks})
 * shown from 28 days before, the agreement review in September.
 */
public final class YearEvents {
    /** How far back an overdue occurrence is still shown: last year's December is still news in January. */
    public static final int OVERDUE_DAYS = 90;

    private final WheelService wheel;

    public YearEvents(WheelService wheel) {
        this.wheel = wheel;
    }

    /**
     * The centre's occurrences that are overdue (deadline passed within {@link #OVERDUE_DAYS}, not ticked,
     * not cancelled), under way today, or starting within {@code weeks} weeks (or whose lead time has come),
     * overdue first, then by date. Reads the plan year of {@code today} and its neighbours, so the turn of
     * the year is seamless.
     */
    public List<YearEvent> around(long centreId, LocalDate today, int weeks) {
        PlanYear current = wheel.planYearOf(centreId, today);
        LocalDate horizon = today.plusWeeks(weeks);
        List<YearEvent> events = new ArrayList<>();
        for (PlanYear year : List.of(current.previous(), current, current.next())) {
            if (year.year() < PlanYear.MIN_YEAR || year.year() > PlanYear.MAX_YEAR) {
                continue;
            }
            for (Occurrence o : wheel.year(centreId, year.year(), today).occurrences()) {
                YearEvent.Kind kind = kind(o, today, horizon);
                if (kind != null) {
                    events.add(new YearEvent(kind, o, o.dates().start(), o.deadline(),
                            ChronoUnit.DAYS.between(today, o.deadline()), work(o)));
                }
            }
        }
        events.sort(Comparator.comparing(YearEvent::kind).thenComparing(YearEvent::date)
                .thenComparingInt(e -> e.occurrence().number()));
        return events;
    }

    static YearEvent.Kind kind(Occurrence o, LocalDate today, LocalDate horizon) {
        if (o.cancelled() || o.done()) {
            return null;
        }
        if (today.isAfter(o.deadline())) {
            return today.minusDays(OVERDUE_DAYS).isAfter(o.deadline()) ? null : YearEvent.Kind.OVERDUE;
        }
        if (!today.isBefore(o.dates().start())) {
            return YearEvent.Kind.NOW;
        }
        boolean reminded = o.activity().draft().leadDays() > 0 && !today.isBefore(o.remindOn());
        return reminded || !o.dates().start().isAfter(horizon) ? YearEvent.Kind.COMING : null;
    }

    /**
     * Where the occurrence's work is done in Samordna, if anywhere: what ticked it, or where the work is
     * to be done (the report of the year before for the February hand-in). Also for the wheel page's links.
     */
    public static YearEvent.Work work(Occurrence o) {
        AutoSource source = o.activity().draft().autoSource();
        if (source == null) {
            return null;
        }
        if (o.autoTick() != null) {
            return new YearEvent.Work(source, o.autoTick().workYear(), o.autoTick().id());
        }
        int year = source == AutoSource.REPORT ? o.dates().start().getYear() - 1 : o.dates().start().getYear();
        return new YearEvent.Work(source, year, null);
    }
}
