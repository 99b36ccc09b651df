package se.samordna.core.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.plan.ActivityState;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.PlanService;
import se.samordna.core.plan.PlannedActivity;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.report.Missing;
import se.samordna.core.report.ReportService;
import se.samordna.core.report.ReportStatus;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelProgress;
import se.samordna.core.wheel.WheelService;

/**
 * Computes the overview of several centres from the services of each part of the year, reading each
 * in bulk (a few queries per measure, whatever the number of centres) where the service allows it: the
 * workshops' agreed averages, the surveys' area results, the reports and the agreements. The wheel and
 * the plan are read centre by centre, as their services compute them.
 */
public final class OverviewService {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    /** An agreement ending this close is marked, as on Hem. */
    static final int ENDING_MONTHS = 6;

    private final CentreService centres;
    private final ReflectionService reflection;
    private final SurveyService surveys;
    private final ReportService reports;
    private final AgreementService agreements;
    private final WheelService wheel;
    private final PlanService plans;

    public OverviewService(CentreService centres, ReflectionService reflection, SurveyService surveys,
                           ReportService reports, AgreementService agreements, WheelService wheel, PlanService plans) {
        this.centres = centres;
        this.reflection = reflection;
        this.surveys = surveys;
        this.reports = reports;
        this.agreements = agreements;
        this.wheel = wheel;
        this.plans = plans;
    }

    /** Every column of every measure, in order. */
    public static List<Column> columns(Set<Measure> measures) {
        List<Column> columns = new ArrayList<>();
        if (measures.contains(Measure.REFLECTION)) {
            for (Area area : Area.values()) {
                columns.add(new Column("reflection." + area.name(), Measure.REFLECTION, areaName(area),
                        "Medel av de överenskomna skattningarna (1–6) i årets självskattning, utan \"Kan inte bedöma\"; "
                                + "förändring mot året före", true));
            }
        }
        if (measures.contains(Measure.SURVEY)) {
            for (SurveyArea area : SurveyArea.values()) {
                columns.add(new Column("survey." + area.name(), Measure.SURVEY, area.swedishName(),
                        "Andel positiva svar (3–4) av svaren 1–4 i föräldraenkäten, mot målet; "
                                + "under " + SurveyResults.MIN_GROUP + " formulär visas ingen andel", true));
            }
        }
        if (measures.contains(Measure.REPORT)) {
            columns.add(new Column("report", Measure.REPORT, "Årsrapport",
                    "Senaste versionen av årets rapport; förfaller 1 mars året efter", false));
        }
        if (measures.contains(Measure.AGREEMENTS)) {
            columns.add(new Column("agreement.SAMVERKAN", Measure.AGREEMENTS, "Samverkansavtal",
                    "Avtalen i kraft och under arbete; markeras när ett avtal upphör inom 6 månader", false));
            columns.add(new Column("agreement.SAMORDNARE", Measure.AGREEMENTS, "Samordnaravtal",
                    "Avtalen i kraft och under arbete; markeras när uppdraget slutar inom 6 månader", false));
        }
        if (measures.contains(Measure.WHEEL)) {
            columns.add(new Column("wheel", Measure.WHEEL, "Årshjul",
                    "Årshjulets aktiviteter för året: klara av alla (inställda räknas inte), försenade", false));
        }
        if (measures.contains(Measure.PLAN)) {
            columns.add(new Column("plan", Measure.PLAN, "Handlingsplan",
                    "Handlingsplanens aktiviteter per PDSA-steg: Planera, Göra, Följa upp, Förbättra", false));
        }
        return columns;
    }

    /** The day it is for the overview (the wheel's clock, the workspace's). */
    public LocalDate today() {
        return wheel.today();
    }

    /** The overview of every centre for {@code year}, all measures. */
    public Overview compute(int year, LocalDate today) {
        return compute(null, year, today, EnumSet.allOf(Measure.class));
    }

    /**
     * The overview of {@code centreIds} (every centre when null) for {@code year} as it stands on
     * {@code today}, with the columns of {@code measures}.
     */
    public Overview compute(List<Long> centreIds, int year, LocalDate today, Set<Measure> measures) {
        return computeYears(centreIds, List.of(year), today, measures).get(year);
    }

    /** A centre's values of one column over {@code years}, oldest first; a year without a figure has an empty cell. */
    public List<Overview.TrendPoint> trend(long centreId, String columnKey, List<Integer> years, LocalDate today) {
        Measure measure = columns(EnumSet.allOf(Measure.class)).stream().filter(c -> c.key().equals(columnKey))
                .map(Column::measure).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + columnKey));
        Map<Integer, Overview> byYear = computeYears(List.of(centreId), years, today, EnumSet.of(measure));
        return new TreeSet<>(years).stream().map(y -> new Overview.TrendPoint(y,
                byYear.get(y).row(centreId).map(r -> r.cell(columnKey)).orElse(Cell.EMPTY))).toList();
    }

    private Map<Integer, Overview> computeYears(List<Long> centreIds, Collection<Integer> years, LocalDate today,
                                                Set<Measure> measures) {
        List<CentreSummary> chosen = centres.list().stream()
                .filter(c -> centreIds == null || centreIds.contains(c.id())).toList();
        List<Long> ids = chosen.stream().map(CentreSummary::id).toList();
        Map<Long, String> regions = centres.regions();
        Set<Integer> withEarlier = new TreeSet<>(years);
        years.forEach(y -> withEarlier.add(y - 1));
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        if (!ids.isEmpty()) {
            if (measures.contains(Measure.REFLECTION)) {
                reflectionCells(ids, withEarlier, cells);
            }
            if (measures.contains(Measure.SURVEY)) {
                surveyCells(ids, years, cells);
            }
            if (measures.contains(Measure.REPORT)) {
                reportCells(ids, years, today, cells);
            }
            for (int year : years) {
                if (measures.contains(Measure.AGREEMENTS)) {
                    agreementCells(ids, year, today, cells);
                }
                if (measures.contains(Measure.WHEEL)) {
                    wheelCells(ids, year, today, cells);
                }
                if (measures.contains(Measure.PLAN)) {
                    planCells(ids, year, cells);
                }
            }
        }
        List<Column> columns = columns(measures);
        Map<Integer, Overview> result = new LinkedHashMap<>();
        for (int year : years) {
            Map<String, List<Overview.Row>> grouped = new LinkedHashMap<>();
            chosen.stream().sorted(Comparator.comparing((CentreSummary c) -> regionOf(regions, c.id()), SWEDISH)
                            .thenComparing(CentreSummary::municipality, SWEDISH).thenComparing(CentreSummary::name, SWEDISH))
                    .forEach(c -> grouped.computeIfAbsent(regionOf(regions, c.id()) + "\u0000" + c.municipality(),
                            k -> new ArrayList<>()).add(new Overview.Row(c.id(), c.name(), c.municipality(),
                            regionOf(regions, c.id()), cells.getOrDefault(key(c.id(), year), Map.of()))));
            List<Overview.Group> groups = grouped.values().stream().map(rows -> new Overview.Group(
                    rows.getFirst().region(), rows.getFirst().municipality(), rows)).toList();
            result.put(year, new Overview(year, today, columns, groups));
        }
        return result;
    }

    private static final Comparator<String> SWEDISH = java.text.Collator.getInstance(SV)::compare;

    private static String regionOf(Map<Long, String> regions, long centreId) {
        String region = regions.get(centreId);
        return region == null ? "" : region;
    }

    private static String key(long centreId, int year) {
        return centreId + ":" + year;
    }

    private static void put(Map<String, Map<String, Cell>> cells, long centreId, int year, String column, Cell cell) {
        cells.computeIfAbsent(key(centreId, year), k -> new HashMap<>()).put(column, cell);
    }

    // --- self-reflection ---

    private void reflectionCells(List<Long> ids, Collection<Integer> years, Map<String, Map<String, Cell>> cells) {
        Map<String, ReflectionService.YearAverages> byYear = new HashMap<>();
        for (ReflectionService.YearAverages averages : reflection.agreedAverages(ids, years)) {
            byYear.put(key(averages.workshop().centreId(), averages.workshop().year()), averages);
        }
        byYear.forEach((k, averages) -> {
            long centreId = averages.workshop().centreId();
            int year = averages.workshop().year();
            ReflectionService.YearAverages before = byYear.get(key(centreId, year - 1));
            for (Area area : Area.values()) {
                Double average = averages.averages().get(area);
                if (average == null) {
                    continue;
                }
                Double earlier = before == null ? null : before.averages().get(area);
                String text = decimal(average) + (earlier == null ? "" : " (" + signed(average - earlier) + ")");
                String source = "Överenskomna skattningar i självskattningen " + averages.workshop().heldOn()
                        + (averages.workshop().status() == WorkshopStatus.AVSLUTAD ? "" : " (pågår)") + ": medel av "
                        + averages.rated().get(area) + " påståenden"
                        + (earlier == null ? "; ingen självskattning året före att jämföra med"
                        : "; " + (year - 1) + ": " + decimal(earlier));
                put(cells, centreId, year, "reflection." + area.name(), Cell.of(text, source, average));
            }
        });
    }

    static String areaName(Area area) {
        return switch (area) {
            case GENERELLT -> "Generellt";
            case TIDIGT_STOD_FORALDRAR -> "Tidigt stöd föräldrar";
            case LARANDE -> "Lärande";
            case TIDIGT_STOD_PERSONAL -> "Tidigt stöd personal";
            case JAMSTALLDHET -> "Jämställdhet";
            case SAMVERKAN -> "Samverkan";
        };
    }

    // --- the survey ---

    private void surveyCells(List<Long> ids, Collection<Integer> years, Map<String, Map<String, Cell>> cells) {
        for (SurveyService.AreaYear survey : surveys.areaResults(ids, years)) {
            if (survey.respondents() == 0) {
                continue;
            }
            for (SurveyResults.AreaResult area : survey.areas()) {
                String column = "survey." + area.area().name();
                String counted = area.counts().positive() + " av " + area.counts().counted() + " svar positiva";
                if (survey.respondents() < SurveyResults.MIN_GROUP) {
                    put(cells, survey.centreId(), survey.year(), column, new Cell(survey.respondents() + " formulär",
                            Mark.TOO_FEW, "för få svar", "Föräldraenkäten " + survey.year() + ": "
                            + survey.respondents() + " formulär, under " + SurveyResults.MIN_GROUP
                            + "; ingen andel visas", null));
                    continue;
                }
                Double share = area.share();
                if (share == null) {
                    put(cells, survey.centreId(), survey.year(), column, Cell.of("inga svar",
                            "Föräldraenkäten " + survey.year() + ": " + survey.respondents()
                                    + " formulär, inga svar 1–4 i området", null));
                    continue;
                }
                Cell cell = Cell.of(percent(share), "Föräldraenkäten " + survey.year() + ": " + counted + " (3–4 av 1–4), "
                        + survey.respondents() + " formulär; mål " + area.target() + " %", share);
                if (area.belowTarget()) {
                    cell = cell.marked(Mark.BELOW_TARGET, "under " + area.target() + " %");
                }
                put(cells, survey.centreId(), survey.year(), column, cell);
            }
        }
    }

    // --- the report ---

    private void reportCells(List<Long> ids, Collection<Integer> years, LocalDate today,
                             Map<String, Map<String, Cell>> cells) {
        Map<String, ReportSummary> latest = new HashMap<>();
        reports.latestFor(ids, years).forEach(r -> latest.put(key(r.centreId(), r.year()), r));
        for (long centreId : ids) {
            for (int year : years) {
                put(cells, centreId, year, "report", reportCell(latest.get(key(centreId, year)), year, today));
            }
        }
    }

    private Cell reportCell(ReportSummary report, int year, LocalDate today) {
        LocalDate due = ReportService.dueDate(year);
        boolean late = today.isAfter(due);
        String dueText = "förfaller " + ReportService.dueText(year);
        if (report == null) {
            Cell cell = Cell.of("Ej påbörjad", "Årsrapport " + year + ": ingen påbörjad; " + dueText, 0.0);
            return late ? cell.marked(Mark.LATE, "försenad") : cell;
        }
        if (report.status() == ReportStatus.INLAMNAD) {
            boolean afterDue = report.submittedOn() != null && report.submittedOn().isAfter(due);
            Cell cell = Cell.of("Inlämnad " + report.submittedOn(), "Årsrapport " + year + ", version "
                    + report.version() + ": inlämnad " + report.submittedOn() + "; " + dueText, 100.0);
            return afterDue ? cell.marked(Mark.LATE, "inlämnad efter " + due) : cell;
        }
        int percent = completeness(report);
        Cell cell = Cell.of("Utkast, " + percent + " % klart", "Årsrapport " + year + ", version " + report.version()
                + " (utkast): " + percent + " % av det som krävs för att lämna in är ifyllt; " + dueText
                + (late ? "" : " (" + ChronoUnit.DAYS.between(today, due) + " dagar kvar)"), (double) percent);
        return late ? cell.marked(Mark.LATE, "försenad") : cell;
    }

    /** The share of what blocks submission that is done: required texts, visitors, the survey and next year's goals. */
    private int completeness(ReportSummary report) {
        int required = requiredChecks(report.year());
        long blocking = ReportService.completeness(reports.content(report.id())).stream()
                .filter(Missing::blocking).count();
        return required == 0 ? 100 : (int) Math.round(100.0 * Math.max(0, required - blocking) / required);
    }

    static int requiredChecks(int year) {
        int required = 0;
        for (ReportTemplate.Section section : ReportTemplate.sections(year)) {
            if (section.content() == ReportTemplate.Content.VISITS || section.content() == ReportTemplate.Content.RESULTS
                    || section.content() == ReportTemplate.Content.NEXT_GOALS) {
                required++;
            }
            required += (int) section.fields().stream().filter(ReportTemplate.Field::required).count();
        }
        return required;
    }

    // --- agreements ---

    private void agreementCells(List<Long> ids, int year, LocalDate today, Map<String, Map<String, Cell>> cells) {
        Map<Long, List<AgreementSummary>> byCentre = new HashMap<>();
        agreements.listFor(ids).forEach(a -> byCentre.computeIfAbsent(a.centreId(), k -> new ArrayList<>()).add(a));
        for (long centreId : ids) {
            for (AgreementKind kind : AgreementKind.values()) {
                List<AgreementSummary> ofKind = byCentre.getOrDefault(centreId, List.of()).stream()
                        .filter(a -> a.kind() == kind).toList();
                put(cells, centreId, year, "agreement." + kind.name(), agreementCell(kind, ofKind, today));
            }
        }
    }

    static Cell agreementCell(AgreementKind kind, List<AgreementSummary> versions, LocalDate today) {
        String name = kind == AgreementKind.SAMVERKAN ? "Samverkansavtal" : "Samordnaravtal";
        Optional<AgreementSummary> signed = versions.stream().filter(a -> a.status() == AgreementStatus.UNDERTECKNAT)
                .max(Comparator.comparingInt(AgreementSummary::version));
        Optional<AgreementSummary> terminated = versions.stream().filter(a -> a.status() == AgreementStatus.UPPSAGT
                && a.endDate() != null && !a.endDate().isBefore(today)).max(Comparator.comparing(AgreementSummary::endDate));
        Optional<AgreementSummary> underWay = versions.stream().filter(a -> a.status() == AgreementStatus.UTKAST
                || a.status() == AgreementStatus.KLAR).max(Comparator.comparingInt(AgreementSummary::version));
        LocalDate limit = today.plusMonths(ENDING_MONTHS);
        if (signed.isPresent()) {
            AgreementSummary a = signed.get();
            String source = name + " version " + a.version() + ", undertecknat " + a.signedDate()
                    + (a.termEnd() == null ? "" : ", uppdraget t.o.m. " + a.termEnd());
            Cell cell = Cell.of("Undertecknat " + a.signedDate(), source, 1.0);
            if (a.termEnd() != null && a.termEnd().isBefore(today)) {
                return Cell.of("Slutade " + a.termEnd(), source, 0.0).marked(Mark.ENDING, "har upphört");
            }
            if (a.termEnd() != null && !a.termEnd().isAfter(limit)) {
                return cell.marked(Mark.ENDING, "slutar " + a.termEnd());
            }
            return cell;
        }
        if (terminated.isPresent()) {
            AgreementSummary a = terminated.get();
            Cell cell = Cell.of("Uppsagt", name + " version " + a.version() + ", uppsagt; gäller t.o.m. "
                    + a.endDate(), 1.0);
            return !a.endDate().isAfter(limit) ? cell.marked(Mark.ENDING, "upphör " + a.endDate()) : cell;
        }
        if (underWay.isPresent()) {
            AgreementSummary a = underWay.get();
            return Cell.of(a.status() == AgreementStatus.KLAR ? "Klart för underskrift" : "Utkast",
                    name + " version " + a.version() + ", inte undertecknat", 0.0)
                    .marked(Mark.MISSING, "inget i kraft");
        }
        return Cell.of("", "Inget " + name.toLowerCase(SV) + " finns", 0.0).marked(Mark.MISSING, "saknas");
    }

    // --- the wheel and the plan ---

    private void wheelCells(List<Long> ids, int year, LocalDate today, Map<String, Map<String, Cell>> cells) {
        WheelProgress progress = wheel.progress(ids, year, today);
        for (long centreId : ids) {
            int done = progress.done().getOrDefault(centreId, 0);
            int counted = progress.counted().getOrDefault(centreId, 0);
            if (counted == 0) {
                continue;
            }
            long overdue = progress.rows().stream().filter(r -> r.states().get(centreId) == OccurrenceStatus.OVERDUE)
                    .count();
            Cell cell = Cell.of(done + " av " + counted + " klara", "Årshjulet " + year + ": " + done + " av " + counted
                    + " aktiviteter klara, " + overdue + " försenade (inställda räknas inte)", 100.0 * done / counted);
            put(cells, centreId, year, "wheel", overdue > 0 ? cell.marked(Mark.LATE, overdue + " försenade") : cell);
        }
    }

    private void planCells(List<Long> ids, int year, Map<String, Map<String, Cell>> cells) {
        for (long centreId : ids) {
            plans.findForCentre(centreId, year).ifPresent(plan -> {
                List<PlannedActivity> activities = plans.overview(plan.id());
                if (activities.isEmpty()) {
                    put(cells, centreId, year, "plan", Cell.of("inga aktiviteter", "Handlingsplan " + year
                            + ": inga aktiviteter inlagda", 0.0));
                    return;
                }
                Map<PdsaStage, Integer> byStage = new EnumMap<>(PdsaStage.class);
                activities.forEach(a -> byStage.merge(a.activity().stage(), 1, Integer::sum));
                long overdue = activities.stream().filter(a -> a.status().state() == ActivityState.OVERDUE).count();
                long done = activities.stream().filter(a -> a.status().state() == ActivityState.DONE).count();
                List<String> parts = new ArrayList<>();
                for (PdsaStage stage : PdsaStage.values()) {
                    parts.add(stage.label() + " " + byStage.getOrDefault(stage, 0));
                }
                Cell cell = Cell.of(String.join(" · ", parts), "Handlingsplan " + year + ": " + activities.size()
                        + " aktiviteter per PDSA-steg, " + done + " klara, " + overdue + " försenade",
                        100.0 * done / activities.size());
                put(cells, centreId, year, "plan", overdue > 0 ? cell.marked(Mark.LATE, overdue + " försenade") : cell);
            });
        }
    }

    // --- documents ---

    /** The overview as the landscape PDF/A to the ledningsgrupp, written whole or not at all. */
    public static se.samordna.core.document.DocumentExport.Exported exportPdf(Overview overview, java.nio.file.Path target) {
        return se.samordna.core.document.DocumentExport.export(OverviewOutline.of(overview),
                se.samordna.core.document.DocumentExport.Format.PDF, target);
    }

    /** The overview as a workbook, written whole or not at all. */
    public static void exportXlsx(Overview overview, java.nio.file.Path target) {
        OverviewXlsx.export(overview, target);
    }

    /** The name a saved overview is offered under: "Översikt 2026.pdf". */
    public static String suggestedFileName(Overview overview, String extension) {
        return se.samordna.core.common.FileNames.safe(OverviewOutline.title(overview) + "." + extension);
    }

    // --- numbers as Swedish prints them ---

    static String decimal(double value) {
        return String.format(SV, "%.1f", value);
    }

    static String signed(double change) {
        double rounded = Math.round(change * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + String.format(SV, "%.1f", Math.abs(rounded));
    }

    static String percent(double share) {
        return Math.round(share) + " %";
    }
}
