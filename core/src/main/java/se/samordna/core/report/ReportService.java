package se.samordna.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.DSLContext;

import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreService;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;

/**
 * The annual report and plan: started for a centre and year, written field by field (each edit
 * saved at once), checked for completeness against the template, submitted (then frozen), and
 * started anew as a next version from a submitted one.
 */
public final class ReportService {
    public static final int TEXT_MAX = 20_000;
    public static final int NUMBER_MAX = 1_000_000;

    private final Database database;
    private final CentreService centres;
    private final SurveyService surveys;
    private final ReflectionService reflection;
    private final GoalService goals;
    private final Clock clock;

    public ReportService(Database database, CentreService centres, SurveyService surveys,
                         ReflectionService reflection, GoalService goals, Clock clock) {
        this.database = database;
        this.centres = centres;
        this.surveys = surveys;
        this.reflection = reflection;
        this.goals = goals;
        this.clock = clock;
    }

    public static int countForCentre(DSLContext ctx, long centreId) {
        return ReportStore.countForCentre(ctx, centreId);
    }

    /**
     * The day the report for {@code year} is due, the one date Samordna shows everywhere: 1 March the
     * year after. The collaboration agreement (Bilaga 1, "senast den första mars") and the template
     * (Bilaga 3, "senast 1 mars årligen") both say so; the annual wheel (Bilaga 6) puts the hand-in in
     * February ("lämnas in 28/2"), which meets the same deadline. See docs/decisions/0009.
     */
    public static LocalDate dueDate(int year) {
        return LocalDate.of(year + 1, Month.MARCH, 1);
    }

    /** The due date as Swedish prose writes it: "1 mars 2027". */
    public static String dueText(int year) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE")).format(dueDate(year));
    }

    /** Days from {@code today} to the due date (negative when it has passed). */
    public static long daysLeft(int year, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate(year));
    }

    public List<ReportSummary> list(long centreId) {
        return read(store -> store.list(centreId));
    }

    /** The latest version of each centre's report per year, for several centres in one query. */
    public List<ReportSummary> latestFor(java.util.Collection<Long> centreIds, java.util.Collection<Integer> years) {
        if (centreIds.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        Map<String, ReportSummary> latest = new java.util.HashMap<>();
        read(store -> store.listFor(centreIds, years)).forEach(r -> latest.merge(r.centreId() + ":" + r.year(), r,
                (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    /** The latest version of the centre's report for the year, if one is started. */
    public Optional<Report> latest(long centreId, int year) {
        return read(store -> store.latest(centreId, year).flatMap(store::find));
    }

    public Report get(long reportId) {
        return read(store -> load(store, reportId));
    }

    /**
     * Starts the report for the year (version 1), with what is already known filled in: the catchment
     * area from the centre's register. Returns the latest version when one exists.
     */
    public Report start(long centreId, int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(FieldError.of("year", "validation.yearRange", 2000, 2100)));
        }
        Centre centre = centres.get(centreId);
        return write(store -> {
            Optional<Long> existing = store.latest(centreId, year);
            if (existing.isPresent()) {
                return load(store, existing.get());
            }
            long id = store.insert(centreId, year, 1);
            String catchment = TextRules.clean(centre.details().catchmentArea());
            if (!catchment.isEmpty()) {
                store.putField(id, ReportTemplate.CATCHMENT, catchment);
            }
            return load(store, id);
        });
    }

    /** A new draft version from a submitted one: everything written and counted is carried over. */
    public Report newVersion(long reportId) {
        return write(store -> {
            Report from = load(store, reportId);
            if (!from.frozen()) {
                throw new UserFacingException("report.notSubmitted", from.version());
            }
            int version = store.highestVersion(from.centreId(), from.year()) + 1;
            long id = store.insert(from.centreId(), from.year(), version);
            from.fields().forEach((key, text) -> store.putField(id, key, text));
            from.visits().forEach(v -> store.putVisits(id, v.month(), v.category(), v.visits()));
            store.setStep(id, from.step());
            return load(store, id);
        });
    }

    /** What is wrong with a text for a field; empty when it can be saved. */
    public static List<FieldError> validate(int year, String key, String text) {
        List<FieldError> errors = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        Optional<ReportTemplate.Field> field = ReportTemplate.field(year, key);
        if (field.isPresent() && field.get().kind() == ReportTemplate.Kind.NUMBER && !clean.isEmpty()) {
            if (!clean.matches("\\d{1,7}") || Integer.parseInt(clean) > NUMBER_MAX) {
                errors.add(FieldError.of(key, "report.number", NUMBER_MAX));
            }
        } else {
            TextRules.maxLength(key, clean, TEXT_MAX, errors);
        }
        return errors;
    }

    /** Saves what is written in a field (empty text clears it). */
    public Report setField(long reportId, String key, String text) {
        return write(store -> {
            Report report = editable(store, reportId);
            if (!ReportTemplate.knows(report.year(), key)) {
                throw new IllegalArgumentException("No field " + key);
            }
            List<FieldError> errors = validate(report.year(), key, text);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            store.putField(reportId, key, text == null ? "" : text.strip());
            return load(store, reportId);
        });
    }

    /** Sets the visits of a month and category; null clears the cell. */
    public Report setVisits(long reportId, int month, VisitCategory category, Integer visits) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        if (visits != null && (visits < 0 || visits > NUMBER_MAX)) {
            throw new ValidationException(List.of(FieldError.of("visits", "report.number", NUMBER_MAX)));
        }
        return write(store -> {
            editable(store, reportId);
            store.putVisits(reportId, month, category, visits);
            return load(store, reportId);
        });
    }

    /** Replaces the visitor statistics with an imported table, all or nothing. */
    public Report importVisits(long reportId, List<VisitCount> counts) {
        if (counts.isEmpty()) {
            throw new UserFacingException("import.nothing");
        }
        return write(store -> {
            Report report = editable(store, reportId);
            for (VisitCount old : report.visits()) {
                store.putVisits(reportId, old.month(), old.category(), null);
            }
            for (VisitCount count : counts) {
                if (count.month() < 1 || count.month() > 12 || count.visits() < 0 || count.visits() > NUMBER_MAX) {
                    throw new UserFacingException("report.badVisit", count.month());
                }
                store.putVisits(reportId, count.month(), count.category(), count.visits());
            }
            return load(store, reportId);
        });
    }

    /** Remembers the wizard step, so the report opens where the user left it. */
    public void setStep(long reportId, int step) {
        write(store -> {
            load(store, reportId);
            store.setStep(reportId, Math.max(0, Math.min(step, ReportTemplate.sections(2000).size() - 1)));
            return null;
        });
    }

    /** Everything the report shows, gathered from the year's survey, workshop and goals. */
    public ReportContent content(long reportId) {
        Report report = get(reportId);
        Centre centre = centres.get(report.centreId());
        int year = report.year();
        Optional<SurveyResults> survey = surveys.resultsFor(report.centreId(), year);
        List<Workshop> history = reflection.history(report.centreId());
        Optional<Workshop> workshop = history.stream().filter(w -> w.details().year() == year)
                .max(Comparator.comparing((Workshop w) -> w.status() == WorkshopStatus.AVSLUTAD)
                        .thenComparing(w -> w.details().heldOn()));
        List<Workshop> earlier = workshop.map(current -> history.stream()
                .filter(w -> w.details().heldOn().isBefore(current.details().heldOn())).toList()).orElse(List.of());
        List<YearGoal> thisYear = goals.list(report.centreId(), year);
        List<YearGoal> previous = thisYear.stream().anyMatch(YearGoal::prioritized)
                ? thisYear.stream().filter(YearGoal::prioritized).toList() : thisYear;
        List<YearGoal> next = goals.list(report.centreId(), year + 1);
        List<Quote> quotes = survey.map(s -> s.quotes().stream().filter(Quote::selected).toList()).orElse(List.of());
        return new ReportContent(report, centre, survey, workshop, earlier, previous, next, quotes);
    }

    /**
     * What the report still lacks, in the order of the wizard: empty required fields, the results
     * of the year, the two prioritised goals, and the visitor statistics.
     */
    public static List<Missing> completeness(ReportContent content) {
        Report report = content.report();
        List<ReportTemplate.Section> sections = ReportTemplate.sections(report.year());
        List<Missing> missing = new ArrayList<>();
        for (int step = 0; step < sections.size(); step++) {
            ReportTemplate.Section section = sections.get(step);
            switch (section.content()) {
                case VISITS -> {
                    if (report.visits().isEmpty()) {
                        missing.add(new Missing(step, "report.missing.visits", List.of(), true));
                    } else {
                        long months = report.visits().stream().mapToInt(VisitCount::month).distinct().count();
                        if (months < 12) {
                            missing.add(new Missing(step, "report.missing.someMonths", List.of(12 - months), false));
                        }
                    }
                }
                case RESULTS -> {
                    if (content.survey().isEmpty()) {
                        missing.add(new Missing(step, "report.missing.survey", List.of(report.year()), true));
                    }
                    if (content.workshop().isEmpty()) {
                        missing.add(new Missing(step, "report.missing.workshop", List.of(report.year()), false));
                    } else if (content.workshop().get().status() != WorkshopStatus.AVSLUTAD) {
                        missing.add(new Missing(step, "report.missing.workshopOpen", List.of(report.year()), false));
                    }
                    if (content.quotes().isEmpty()) {
                        missing.add(new Missing(step, "report.missing.quotes", List.of(), false));
                    }
                }
                case NEXT_GOALS -> {
                    long prioritized = content.prioritizedNextGoals().size();
                    if (prioritized == 0) {
                        missing.add(new Missing(step, "report.missing.nextGoals", List.of(report.year() + 1), true));
                    } else if (prioritized != GoalService.MAX_PRIORITIZED) {
                        missing.add(new Missing(step, "report.missing.twoGoals",
                                List.of(report.year() + 1, prioritized), false));
                    }
                }
                case PREVIOUS_GOALS -> {
                    if (content.previousGoals().isEmpty()) {
                        missing.add(new Missing(step, "report.missing.previousGoals", List.of(report.year()), false));
                    }
                }
                default -> { }
            }
            for (ReportTemplate.Field field : section.fields()) {
                if (field.required() && report.field(field.key()).isBlank()) {
                    missing.add(new Missing(step, "report.missing.field", List.of(field.title()), true));
                }
            }
        }
        return missing;
    }

    /** Marks the report submitted today (frozen) when nothing required is missing. */
    public Report submit(long reportId) {
        return submit(reportId, LocalDate.now(clock));
    }

    /**
     * Marks the report submitted on a given day (it may have been handed in before it was marked here),
     * when nothing required is missing. The day cannot be in the future or before the year ended.
     */
    public Report submit(long reportId, LocalDate on) {
        ReportContent content = content(reportId);
        if (content.report().frozen()) {
            throw new UserFacingException("report.frozen", content.report().version());
        }
        long blocking = completeness(content).stream().filter(Missing::blocking).count();
        if (blocking > 0) {
            throw new UserFacingException("report.incomplete", blocking);
        }
        if (on.isAfter(LocalDate.now(clock)) || on.getYear() < content.report().year()) {
            throw new ValidationException(List.of(FieldError.of("submittedOn", "report.submittedOnRange",
                    content.report().year())));
        }
        return write(store -> {
            editable(store, reportId);
            store.submit(reportId, on);
            return load(store, reportId);
        });
    }

    /** Removes a draft version; a submitted one is kept as it was handed in. */
    public void delete(long reportId) {
        write(store -> {
            Report report = editable(store, reportId);
            store.delete(report.id());
            return null;
        });
    }

    /**
     * A sentence for "Föräldrarnas uppfattning om verksamhetens måluppfyllelse" from the survey:
     * the positive share per area against its target. The user edits it as they see fit.
     */
    public static String parentsViewSuggestion(SurveyResults results) {
        StringBuilder text = new StringBuilder("Föräldraenkäten " + results.survey().year() + " besvarades av "
                + results.respondents() + " föräldrar. Andel positiva svar: ");
        List<String> parts = new ArrayList<>();
        for (SurveyResults.AreaResult area : results.areas()) {
            if (area.share() != null) {
                parts.add(area.area().swedishName().toLowerCase(Locale.ROOT) + " "
                        + Math.round(area.share()) + " %");
            }
        }
        text.append(String.join(", ", parts)).append(" (mål ").append(SurveyArea.DEFAULT_TARGET).append(" %). ");
        List<String> below = results.belowTarget().stream()
                .map(a -> a.area().swedishName().toLowerCase(Locale.ROOT)).toList();
        text.append(below.isEmpty() ? "Alla områden når målet." : "Under målet: " + String.join(", ", below) + ".");
        return text.toString();
    }

    private static Report editable(ReportStore store, long reportId) {
        Report report = load(store, reportId);
        if (report.frozen()) {
            throw new UserFacingException("report.frozen", report.version());
        }
        return report;
    }

    private static Report load(ReportStore store, long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    private <T> T read(Function<ReportStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new ReportStore(ctx, database)));
    }

    private <T> T write(Function<ReportStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new ReportStore(ctx, database)));
    }
}
