package se.samordna.core.wheel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jooq.DSLContext;

import se.samordna.core.agreement.AgreementReview;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.plan.PlanService;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.WorkshopSummary;
import se.samordna.core.report.ReportService;
import se.samordna.core.report.ReportStatus;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyService;

/**
 * A centre's annual wheel (årshjul, Bilaga 6). The activities and their rules are the centre's and
 * carry over to every year by themselves; a year's occurrence can be moved or cancelled, and ticked
 * done by hand. Activities whose work Samordna holds (the workshop, the survey, the report, the
 * agreement review) tick themselves when the wheel is read. A centre is given Bilaga 6 the first
 * time its wheel is read.
 */
public final class WheelService {
    /** How many days ahead an activity without a lead time of its own counts as due soon. */
    public static final int DEFAULT_NOTICE_DAYS = 14;
    public static final String FIELD_NAME = "name";
    public static final String FIELD_RESPONSIBLE = "responsible";
    public static final String FIELD_RULE = "rule";
    public static final String FIELD_LEAD_DAYS = "leadDays";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_MOVED = "moved";
    public static final String FIELD_DONE_ON = "doneOn";
    public static final String FIELD_DONE_BY = "doneBy";
    public static final String FIELD_YEAR = "year";

    private final Database database;
    private final ReflectionService reflection;
    private final SurveyService surveys;
    private final ReportService reports;
    private final AgreementService agreements;
    private final PlanService plans;
    private final Clock clock;

    public WheelService(Database database, ReflectionService reflection, SurveyService surveys,
                        ReportService reports, AgreementService agreements, Clock clock) {
        this(database, reflection, surveys, reports, agreements, null, clock);
    }

    /** With the action plan, whose being sent ticks the wheel's row for it. */
    public WheelService(Database database, ReflectionService reflection, SurveyService surveys,
                        ReportService reports, AgreementService agreements, PlanService plans, Clock clock) {
        this.database = database;
        this.reflection = reflection;
        this.surveys = surveys;
        this.reports = reports;
        this.agreements = agreements;
        this.plans = plans;
        this.clock = clock;
    }

    /** For the centre register: how many activities a centre's wheel has. */
    public static int countForCentre(DSLContext ctx, long centreId) {
        return WheelStore.countForCentre(ctx, centreId);
    }

    // --- the year ---

    /** The month the centre's wheel year starts in (January unless set). */
    public Month startMonth(long centreId) {
        return write(store -> ensureWheel(store, centreId));
    }

    public void setStartMonth(long centreId, Month month) {
        if (month == null) {
            throw new ValidationException(List.of(FieldError.of("startMonth", TextRules.REQUIRED)));
        }
        write(store -> {
            ensureWheel(store, centreId);
            store.setStartMonth(centreId, month);
            return null;
        });
    }

    /** The plan year {@code day} lies in for the centre. */
    public PlanYear planYearOf(long centreId, LocalDate day) {
        return PlanYear.containing(day, startMonth(centreId));
    }

    /** The plan year today lies in for the centre. */
    public PlanYear currentYear(long centreId) {
        return planYearOf(centreId, LocalDate.now(clock));
    }

    /** The centre's wheel for plan year {@code planYear} as it stands today. */
    public WheelYear year(long centreId, int planYear) {
        return year(centreId, planYear, LocalDate.now(clock));
    }

    /** The day it is for the wheel (the service's clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The centre's wheel for plan year {@code planYear}, as it stands on {@code today}. */
    public WheelYear year(long centreId, int planYear, LocalDate today) {
        checkYear(planYear);
        Snapshot snapshot = write(store -> {
            Month start = ensureWheel(store, centreId);
            return new Snapshot(new PlanYear(planYear, start), store.activities(centreId),
                    store.changes(centreId, planYear), store.ticks(centreId, planYear));
        });
        Sources sources = new Sources(centreId);
        List<Occurrence> unnumbered = new ArrayList<>();
        for (WheelActivity activity : snapshot.activities()) {
            unnumbered.add(occurrence(0, activity, snapshot.year(), snapshot.changes().get(activity.id()),
                    snapshot.ticks().get(activity.id()), today, sources));
        }
        List<Month> order = snapshot.year().months();
        unnumbered.sort(Comparator.comparingInt((Occurrence o) -> order.indexOf(o.month()))
                .thenComparingInt(o -> o.activity().position()));
        List<Occurrence> numbered = new ArrayList<>();
        for (Occurrence o : unnumbered) {
            numbered.add(new Occurrence(numbered.size() + 1, o.activity(), o.year(), o.ruleDates(), o.dates(),
                    o.change(), o.tick(), o.autoTick(), o.deadline(), o.status()));
        }
        return new WheelYear(centreId, snapshot.year(), today, numbered);
    }

    /**
     * The wheels of {@code centreIds} for plan year {@code planYear} side by side, in the order of the first
     * centre's list and then whatever the others add. Each centre is read as its own wheel is (its own start
     * month, its ticks, Samordna's own work).
     */
    public WheelProgress progress(List<Long> centreIds, int planYear, LocalDate today) {
        Map<String, ProgressRow> rows = new java.util.LinkedHashMap<>();
        Map<Long, Integer> done = new HashMap<>();
        Map<Long, Integer> counted = new HashMap<>();
        for (long centreId : centreIds) {
            int finished = 0;
            int all = 0;
            // Looking on gives no centre a wheel: one never opened has none yet (its column says so).
            boolean opened = write(store -> store.startMonth(centreId).isPresent());
            List<Occurrence> occurrences = opened ? year(centreId, planYear, today).occurrences() : List.of();
            for (Occurrence o : occurrences) {
                String key = o.activity().builtinKey() != null ? o.activity().builtinKey()
                        : "own:" + o.activity().name().toLowerCase(java.util.Locale.ROOT);
                ProgressRow row = rows.computeIfAbsent(key, k -> new ProgressRow(o.activity().name(),
                        o.activity().rule().month()));
                // Two of a centre's own rows with one name: the one not done shows.
                row.states.merge(centreId, o.status(), (a, b) -> a == OccurrenceStatus.DONE ? b : a);
                if (!o.cancelled()) {
                    all++;
                    finished += o.status() == OccurrenceStatus.DONE ? 1 : 0;
                }
            }
            done.put(centreId, finished);
            counted.put(centreId, all);
        }
        List<WheelProgress.Row> list = new ArrayList<>();
        rows.forEach((key, row) -> list.add(new WheelProgress.Row(key, row.name, row.month, row.states)));
        return new WheelProgress(planYear, centreIds, list, done, counted);
    }

    /** A row of {@link #progress} while it is gathered. */
    private static final class ProgressRow {
        private final String name;
        private final Month month;
        private final Map<Long, OccurrenceStatus> states = new HashMap<>();

        ProgressRow(String name, Month month) {
            this.name = name;
            this.month = month;
        }
    }

    // --- the activities ---

    public List<WheelActivity> activities(long centreId) {
        return write(store -> {
            ensureWheel(store, centreId);
            return store.activities(centreId);
        });
    }

    /** Bilaga 6's roles and the centre's own, for the choice of who is responsible. */
    public List<String> roles(long centreId) {
        Set<String> roles = new LinkedHashSet<>(WheelRoles.BUILT_IN);
        activities(centreId).forEach(a -> roles.add(a.responsible()));
        return List.copyOf(roles);
    }

    public List<FieldError> validate(ActivityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_NAME, draft.name(), ActivityDraft.NAME_MAX, errors);
        TextRules.required(FIELD_RESPONSIBLE, draft.responsible(), ActivityDraft.RESPONSIBLE_MAX, errors);
        if (draft.rule() == null) {
            errors.add(FieldError.of(FIELD_RULE, TextRules.REQUIRED));
        }
        if (draft.leadDays() < 0 || draft.leadDays() > ActivityDraft.LEAD_DAYS_MAX) {
            errors.add(FieldError.of(FIELD_LEAD_DAYS, "wheel.leadDaysRange", 0, ActivityDraft.LEAD_DAYS_MAX));
        }
        TextRules.maxLength(FIELD_NOTE, draft.note(), ActivityDraft.NOTE_MAX, errors);
        return errors;
    }

    /** Adds an activity last in the centre's list. */
    public WheelActivity add(long centreId, ActivityDraft draft) {
        throwIfInvalid(validate(draft));
        return write(store -> {
            ensureWheel(store, centreId);
            return store.find(store.insert(centreId, draft, store.nextPosition(centreId), null)).orElseThrow();
        });
    }

    /** Changes an activity's words, rule, role, lead time or source; its ticks and moved occurrences stay. */
    public WheelActivity update(long activityId, ActivityDraft draft) {
        throwIfInvalid(validate(draft));
        return write(store -> {
            found(store, activityId);
            store.update(activityId, draft);
            return store.find(activityId).orElseThrow();
        });
    }

    /** Removes an activity from every year, with its ticks and moved occurrences. */
    public void remove(long activityId) {
        write(store -> {
            if (!store.delete(activityId)) {
                throw new NotFoundException("wheelActivity", activityId);
            }
            return null;
        });
    }

    /**
     * Moves an activity up ({@code delta} &lt; 0) or down among the activities listed under the same
     * month; at either end nothing changes.
     */
    public List<WheelActivity> move(long activityId, int delta) {
        return write(store -> {
            WheelActivity activity = found(store, activityId);
            List<WheelActivity> sameMonth = store.activities(activity.centreId()).stream()
                    .filter(a -> a.rule().month() == activity.rule().month()).toList();
            int index = sameMonth.indexOf(activity);
            int target = index + Integer.signum(delta);
            if (delta != 0 && target >= 0 && target < sameMonth.size()) {
                WheelActivity other = sameMonth.get(target);
                store.setPosition(activity.id(), other.position());
                store.setPosition(other.id(), activity.position());
            }
            return store.activities(activity.centreId());
        });
    }

    /** Adds back the Bilaga 6 rows the centre has removed (each last in the list); returns how many. */
    public int restoreBilaga6(long centreId) {
        return write(store -> {
            ensureWheel(store, centreId);
            Set<String> present = new java.util.HashSet<>();
            store.activities(centreId).forEach(a -> present.add(a.builtinKey()));
            int added = 0;
            for (Bilaga6.Row row : Bilaga6.rows()) {
                if (!present.contains(row.key())) {
                    store.insert(centreId, row.draft(), store.nextPosition(centreId), row.key());
                    added++;
                }
            }
            return added;
        });
    }

    // --- one year's occurrence ---

    /** Moves this year's occurrence to other days; the rule, and other years, stay as they are. */
    public void moveOccurrence(long activityId, int planYear, DateRange to, String note) {
        checkYear(planYear);
        List<FieldError> errors = new ArrayList<>();
        if (to == null) {
            errors.add(FieldError.of(FIELD_MOVED, TextRules.REQUIRED));
        } else if (to.start().getYear() < PlanYear.MIN_YEAR || to.end().getYear() > PlanYear.MAX_YEAR) {
            errors.add(FieldError.of(FIELD_MOVED, "validation.dateRange", PlanYear.MIN_YEAR, PlanYear.MAX_YEAR));
        }
        TextRules.maxLength(FIELD_NOTE, note, OccurrenceChange.NOTE_MAX, errors);
        throwIfInvalid(errors);
        write(store -> {
            found(store, activityId);
            store.putChange(activityId, planYear, new OccurrenceChange(to, false, TextRules.clean(note)));
            return null;
        });
    }

    /** Cancels this year's occurrence (the calendar file then says so, so a calendar drops it). */
    public void cancelOccurrence(long activityId, int planYear, String note) {
        checkYear(planYear);
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength(FIELD_NOTE, note, OccurrenceChange.NOTE_MAX, errors);
        throwIfInvalid(errors);
        write(store -> {
            found(store, activityId);
            store.putChange(activityId, planYear, new OccurrenceChange(null, true, TextRules.clean(note)));
            return null;
        });
    }

    /** Puts this year's occurrence back where its rule places it, not cancelled. */
    public void restoreOccurrence(long activityId, int planYear) {
        write(store -> {
            found(store, activityId);
            store.removeChange(activityId, planYear);
            return null;
        });
    }

    /** Ticks this year's occurrence done on {@code on} by {@code role} (a role, not a person). */
    public void tick(long activityId, int planYear, LocalDate on, String role, String note) {
        checkYear(planYear);
        List<FieldError> errors = new ArrayList<>();
        if (on == null) {
            errors.add(FieldError.of(FIELD_DONE_ON, TextRules.REQUIRED));
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of(FIELD_DONE_ON, "wheel.doneInFuture"));
        } else if (on.getYear() < PlanYear.MIN_YEAR) {
            errors.add(FieldError.of(FIELD_DONE_ON, "validation.dateRange", PlanYear.MIN_YEAR, PlanYear.MAX_YEAR));
        }
        TextRules.required(FIELD_DONE_BY, role, ManualTick.DONE_BY_MAX, errors);
        TextRules.maxLength(FIELD_NOTE, note, ManualTick.NOTE_MAX, errors);
        throwIfInvalid(errors);
        write(store -> {
            found(store, activityId);
            store.putTick(activityId, planYear, new ManualTick(on, TextRules.clean(role), TextRules.clean(note)));
            return null;
        });
    }

    /** Removes the hand-made tick; a tick from Samordna's own work stays as long as the work is done. */
    public void untick(long activityId, int planYear) {
        write(store -> {
            found(store, activityId);
            store.removeTick(activityId, planYear);
            return null;
        });
    }

    // --- inside ---

    private record Snapshot(PlanYear year, List<WheelActivity> activities, Map<Long, OccurrenceChange> changes,
                            Map<Long, ManualTick> ticks) {
    }

    private Occurrence occurrence(int number, WheelActivity activity, PlanYear year, OccurrenceChange change,
                                  ManualTick tick, LocalDate today, Sources sources) {
        DateRange ruleDates = activity.rule().dates(year);
        DateRange dates = change != null && change.moved() != null ? change.moved() : ruleDates;
        AutoTick auto = sources.autoTick(activity.draft().autoSource(), dates, year, today);
        LocalDate deadline = deadline(activity, dates);
        OccurrenceStatus status = status(activity, dates, deadline, change, tick != null || auto != null, today);
        return new Occurrence(number, activity, year, ruleDates, dates, change, tick, auto, deadline, status);
    }

    /**
     * The last day before the occurrence is late: its last day, except for the report, which is late
     * only after {@link ReportService#dueDate} of the year before (1 March; decision 0009).
     */
    static LocalDate deadline(WheelActivity activity, DateRange dates) {
        if (activity.draft().autoSource() == AutoSource.REPORT) {
            LocalDate due = ReportService.dueDate(dates.start().getYear() - 1);
            return due.isAfter(dates.end()) ? due : dates.end();
        }
        return dates.end();
    }

    static OccurrenceStatus status(WheelActivity activity, DateRange dates, LocalDate deadline,
                                   OccurrenceChange change, boolean done, LocalDate today) {
        if (change != null && change.cancelled()) {
            return OccurrenceStatus.CANCELLED;
        }
        if (done) {
            return OccurrenceStatus.DONE;
        }
        if (today.isAfter(deadline)) {
            return OccurrenceStatus.OVERDUE;
        }
        if (!today.isBefore(dates.start())) {
            return OccurrenceStatus.NOW;
        }
        int lead = activity.draft().leadDays() > 0 ? activity.draft().leadDays() : DEFAULT_NOTICE_DAYS;
        return ChronoUnit.DAYS.between(today, dates.start()) <= lead ? OccurrenceStatus.DUE_SOON
                : OccurrenceStatus.LATER;
    }

    /** The work of other capabilities, read once per wheel and only what an activity asks for. */
    private final class Sources {
        private final long centreId;
        private List<WorkshopSummary> workshops;
        private List<ReportSummary> reportList;
        private List<AgreementReview> reviews;
        private final Map<Integer, java.util.Optional<Survey>> surveyByYear = new HashMap<>();

        Sources(long centreId) {
            this.centreId = centreId;
        }

        AutoTick autoTick(AutoSource source, DateRange dates, PlanYear year, LocalDate today) {
            if (source == null) {
                return null;
            }
            return switch (source) {
                case WORKSHOP -> {
                    if (workshops == null) {
                        workshops = reflection.list(centreId);
                    }
                    yield workshops.stream()
                            .filter(w -> dates.contains(w.heldOn()) && !w.heldOn().isAfter(today))
                            .min(Comparator.comparing(WorkshopSummary::heldOn))
                            .map(w -> new AutoTick(AutoSource.WORKSHOP, w.id(), w.year(), w.heldOn())).orElse(null);
                }
                case SURVEY -> {
                    int surveyYear = dates.start().getYear();
                    yield surveyByYear.computeIfAbsent(surveyYear, y -> surveys.existing(centreId, y))
                            .filter(s -> s.responses() > 0)
                            .map(s -> new AutoTick(AutoSource.SURVEY, s.id(), surveyYear, null)).orElse(null);
                }
                case REPORT -> {
                    if (reportList == null) {
                        reportList = reports.list(centreId);
                    }
                    int reportYear = dates.start().getYear() - 1;
                    yield reportList.stream()
                            .filter(r -> r.year() == reportYear && r.status() == ReportStatus.INLAMNAD)
                            .min(Comparator.comparingInt(ReportSummary::version))
                            .map(r -> new AutoTick(AutoSource.REPORT, r.id(), reportYear, r.submittedOn()))
                            .orElse(null);
                }
                case AGREEMENT_REVIEW -> {
                    if (reviews == null) {
                        reviews = agreements.reviews(centreId);
                    }
                    yield reviews.stream().filter(r -> year.contains(r.reviewedOn()) && !r.reviewedOn().isAfter(today))
                            .findFirst()
                            .map(r -> new AutoTick(AutoSource.AGREEMENT_REVIEW, r.agreementId(),
                                    r.reviewedOn().getYear(), r.reviewedOn()))
                            .orElse(null);
                }
                case PLAN -> {
                    // The action plan of the calendar year the occurrence falls in, once marked sent.
                    int planYear = dates.start().getYear();
                    yield plans == null ? null : plans.findForCentre(centreId, planYear)
                            .filter(p -> p.sentOn() != null && !p.sentOn().isAfter(today))
                            .map(p -> new AutoTick(AutoSource.PLAN, p.id(), planYear, p.sentOn())).orElse(null);
                }
            };
        }
    }

    /** Gives the centre Bilaga 6 the first time its wheel is touched; returns its start month. */
    private static Month ensureWheel(WheelStore store, long centreId) {
        java.util.Optional<Month> start = store.startMonth(centreId);
        if (start.isPresent()) {
            return start.get();
        }
        if (!store.centreExists(centreId)) {
            throw new NotFoundException("centre", centreId);
        }
        store.insertCentre(centreId);
        int position = 1;
        for (Bilaga6.Row row : Bilaga6.rows()) {
            store.insert(centreId, row.draft(), position++, row.key());
        }
        store.insert(centreId, Bilaga6.ACTION_PLAN.draft(), position, Bilaga6.ACTION_PLAN.key());
        return Month.JANUARY;
    }

    private static WheelActivity found(WheelStore store, long activityId) {
        return store.find(activityId).orElseThrow(() -> new NotFoundException("wheelActivity", activityId));
    }

    private static void checkYear(int planYear) {
        if (planYear < PlanYear.MIN_YEAR || planYear > PlanYear.MAX_YEAR) {
            throw new ValidationException(List.of(FieldError.of(FIELD_YEAR, "validation.yearRange",
                    PlanYear.MIN_YEAR, PlanYear.MAX_YEAR)));
        }
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T write(Function<WheelStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new WheelStore(ctx, database)));
    }
}
