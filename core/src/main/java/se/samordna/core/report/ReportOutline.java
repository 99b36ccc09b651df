package se.samordna.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import se.samordna.core.agreement.MunicipalityNames;
import se.samordna.core.document.Block;
import se.samordna.core.document.Block.Column;
import se.samordna.core.document.Block.Heading;
import se.samordna.core.document.Block.Paragraph;
import se.samordna.core.document.Block.Role;
import se.samordna.core.document.Block.Spacing;
import se.samordna.core.document.Document;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.TextStyle;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.ReflectionPdf;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyPdf;
import se.samordna.core.survey.SurveyResults;

/**
 * The annual report and plan as a {@link Document}, in the order of the template (Bilaga 3): a
 * cover, the contents, the template's introduction, then every section with what is written, the
 * visitor statistics, last year's and next year's prioritised goals, and the year's results. Every
 * word the PDF and the Word document print is here, once. An empty required field prints
 * "(Ej ifyllt)", so an unfinished draft shows where it is unfinished.
 */
public final class ReportOutline {
    /** What an empty required field prints. */
    public static final String NOT_WRITTEN = "(Ej ifyllt)";
    /** Sections whose intro is the template's own text (the main goal, the lead-in to what must be stated). */
    static final Set<String> INTRO_AS_TEXT = Set.of("gemensamVerksamhet", "skaAnges");
    /** The template's words before the five goals, printed before the first of them. */
    static final String GOALS_LEAD = "Målen skall uppnås genom att:";
    /** Under the visitor table when a month or cell has no figure. */
    static final String NO_FIGURE = "– = ingen uppgift för månaden.";
    static final String MONTH = "Månad";
    static final String TOTAL = "Totalt";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Room before and after a note that follows something else in the results. */
    private static final Spacing AFTER_FIGURE = new Spacing(8, 0);

    private final ReportContent content;
    private final Report report;
    private final List<Block> blocks = new ArrayList<>();

    /** {@code content} may be null when only the written fields are laid out. */
    private ReportOutline(ReportContent content, Report report) {
        this.content = content;
        this.report = report;
    }

    /** The whole report, its cover dated {@code printed}. */
    public static Document of(ReportContent content, LocalDate printed) {
        ReportOutline outline = new ReportOutline(content, content.report());
        outline.build(printed);
        Report report = content.report();
        return Document.portrait(info(report, content.centre().name()),
                new Document.RunningHead(content.centre().name(), title(report),
                        "Version " + report.version() + " · " + status(report)), outline.blocks);
    }

    /** Only the fields the template limits to one page ("max 1 sida"), as they print; empty ones left out. */
    static Document onePageFields(Report report) {
        ReportOutline outline = new ReportOutline(null, report);
        for (ReportTemplate.Field field : ReportTemplate.sections(report.year()).getFirst().fields()) {
            if (ReportTemplate.ONE_PAGE_FIELDS.contains(field.key()) && !report.field(field.key()).isBlank()) {
                outline.field(field, report.field(field.key()));
            }
        }
        return Document.portrait(info(report, "Sidberäkning"), Document.RunningHead.NONE, outline.blocks);
    }

    private void build(LocalDate printed) {
        cover(printed);
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Contents("Innehåll",
                "Word fyller i sidnumren när du uppdaterar innehållsförteckningen (F9)."));
        blocks.add(new Block.PageBreak());
        for (ReportTemplate.TextPart part : ReportTemplate.preamble(content.centre().details().municipality())) {
            blocks.add(new Heading(part.title(), 1));
            for (ReportTemplate.Passage passage : part.passages()) {
                blocks.add(passage.bullet() ? new Block.BulletList(List.of(passage.text()))
                        : new Paragraph(passage.text()));
            }
        }
        for (ReportTemplate.Section section : sections(content)) {
            if (section.printed()) {
                section(section);
            }
        }
    }

    private void cover(LocalDate printed) {
        String municipality = MunicipalityNames.beforeKommun(content.centre().details().municipality());
        blocks.add(new Block.Cover("Bilaga 3 · Verksamhetsberättelse och plan (årlig)", title(report),
                content.centre().name(), municipality.isEmpty() ? List.of() : List.of(municipality + " kommun"),
                List.of("Version " + report.version(), "Status: " + status(report), "Utskriven " + printed),
                dueLine(report), "Verksamhetsberättelse med kvalitetsredovisning enligt Länsövergripande riktlinje "
                        + "för familjecentraler i Jämtlands län."));
    }

    // --- sections ---

    private void section(ReportTemplate.Section section) {
        blocks.add(new Heading(section.title(), 1));
        if (!section.intro().isBlank()) {
            if (INTRO_AS_TEXT.contains(section.key())) {
                paragraphsOf(section.intro()).forEach(paragraph -> blocks.add(new Paragraph(paragraph, Role.INTRO)));
            } else {
                blocks.add(new Paragraph(section.intro(), Role.GUIDANCE));
            }
        }
        switch (section.content()) {
            case VISITS -> visits();
            case PREVIOUS_GOALS -> previousGoals();
            case RESULTS -> results();
            case NEXT_GOALS -> nextGoals();
            default -> { }
        }
        for (ReportTemplate.Field field : section.fields()) {
            if (field.key().equals("goal1")) {
                blocks.add(new Paragraph(GOALS_LEAD, Role.BODY, new Spacing(6, 2)));
            }
            String text = report.field(field.key());
            if (!text.isBlank() || field.required()) {
                field(field, text);
            }
        }
    }

    /** A field as written: a subheading and paragraphs, or one "Antal gravida: 42" line. */
    private void field(ReportTemplate.Field field, String text) {
        boolean empty = text.isBlank();
        if (field.kind() == ReportTemplate.Kind.TEXT) {
            blocks.add(new Heading(field.title(), 3));
            if (empty) {
                blocks.add(new Paragraph(NOT_WRITTEN, Role.MISSING));
            } else {
                paragraphs(text);
            }
            return;
        }
        String label = field.title().endsWith(":") ? field.title() : field.title() + ":";
        blocks.add(new Block.Labelled(label, empty ? NOT_WRITTEN : text.strip(), empty));
    }

    private void paragraphs(String text) {
        paragraphsOf(text).forEach(paragraph -> blocks.add(new Paragraph(paragraph)));
    }

    /** A written text's paragraphs: separated by blank lines; a single line break stays a line break. */
    static List<String> paragraphsOf(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).filter(p -> !p.isBlank()).map(String::strip)
                .toList();
    }

    private void note(String text) {
        blocks.add(new Paragraph(text, Role.NOTE));
    }

    // --- what the rest of the year puts in ---

    /** The visitor table (drawn by {@link VisitsPdf} in print) and the visits per month as bars. */
    private void visits() {
        if (report.visits().isEmpty()) {
            note("Ingen besöksstatistik är inlagd för " + report.year() + ".");
            return;
        }
        Block.Table table = visitsTable();
        List<Block> inWord = new ArrayList<>(List.of(table));
        if (table.rows().stream().anyMatch(row -> row.contains("–"))) {
            inWord.add(new Paragraph(NO_FIGURE, Role.NOTE));
        }
        blocks.add(new Block.Figure(pdf -> VisitsPdf.table(pdf, report), pdf -> VisitsPdf.tableHeight(pdf, report),
                inWord));
        List<Double> totals = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Double total = null;
            for (VisitCategory category : VisitCategory.values()) {
                Integer visits = report.visits(month, category);
                if (visits != null) {
                    total = (total == null ? 0 : total) + visits;
                }
            }
            totals.add(total);
        }
        blocks.add(new Block.Chart("Besök per månad, alla kategorier", VisitsPdf.MONTHS,
                List.of(new Block.Series("Besök", totals)), true));
    }

    /** Visits per month and category, a total per month and a total row; "–" for a cell without a figure. */
    private Block.Table visitsTable() {
        VisitCategory[] categories = VisitCategory.values();
        double[] shares = {0.10, 0.17, 0.13, 0.13, 0.16, 0.16, 0.15};
        List<Column> columns = new ArrayList<>(List.of(Column.text(MONTH, shares[0])));
        for (int c = 0; c < categories.length; c++) {
            columns.add(Column.number(VisitsPdf.columnHead(categories[c]), shares[c + 1]));
        }
        columns.add(Column.number(TOTAL, shares[shares.length - 1]));
        List<List<String>> rows = new ArrayList<>();
        long[] columnTotals = new long[categories.length];
        for (int month = 1; month <= 12; month++) {
            List<String> row = new ArrayList<>(List.of(VisitsPdf.MONTHS.get(month - 1)));
            Long rowTotal = null;
            for (int c = 0; c < categories.length; c++) {
                Integer visits = report.visits(month, categories[c]);
                if (visits != null) {
                    rowTotal = (rowTotal == null ? 0 : rowTotal) + visits;
                    columnTotals[c] += visits;
                }
                row.add(visits == null ? "–" : VisitsPdf.number(visits));
            }
            row.add(rowTotal == null ? "–" : VisitsPdf.number(rowTotal));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(TOTAL));
        long grand = 0;
        for (long columnTotal : columnTotals) {
            total.add(VisitsPdf.number(columnTotal));
            grand += columnTotal;
        }
        total.add(VisitsPdf.number(grand));
        rows.add(total);
        return new Block.Table(columns, rows, true, true);
    }

    private void previousGoals() {
        List<YearGoal> goals = content.previousGoals();
        if (goals.isEmpty()) {
            note("Inga mål för " + report.year() + " finns inlagda.");
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(number++, goal);
            String note = report.field(ReportTemplate.PREVIOUS_GOAL_PREFIX + goal.id());
            if (!note.isBlank()) {
                paragraphs(note);
            }
        }
    }

    private void nextGoals() {
        List<YearGoal> goals = content.plannedGoals();
        if (goals.isEmpty()) {
            note("Inga mål för " + (report.year() + 1) + " är valda ännu.");
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(number++, goal);
        }
    }

    private void goal(int number, YearGoal goal) {
        blocks.add(Heading.item((goal.prioritized() ? "Prioriterat mål " : "Mål ") + number + ": "
                + goal.draft().goal()));
        List<String> facts = goal.draft().printedFacts();
        if (!facts.isEmpty()) {
            blocks.add(new Paragraph(String.join("\n", facts), Role.DETAILS));
        }
    }

    private void results() {
        int year = report.year();
        if (content.survey().isPresent()) {
            SurveyResults results = content.survey().get();
            note("Föräldraenkäten " + year + " besvarades av " + results.respondents() + " föräldrar. "
                    + "Andel positiva = Stämmer ganska bra eller Stämmer mycket bra, av dem som svarat. Mål: "
                    + SurveyArea.DEFAULT_TARGET + " % inom varje område.");
            blocks.add(new Block.Figure(pdf -> {
                SurveyPdf.areaSection(pdf, results);
                SurveyPdf.goalSection(pdf, results);
            }, pdf -> surveyAreasHeight(results), surveyInWord(results)));
        } else {
            note("Ingen föräldraenkät med svar för " + year + ".");
        }
        if (content.workshop().isPresent()) {
            Workshop workshop = content.workshop().get();
            blocks.add(new Paragraph("Självreflektionen genomfördes " + workshop.details().heldOn() + " med "
                    + workshop.participants() + " deltagare"
                    + (workshop.status() == WorkshopStatus.AVSLUTAD ? "." : " (inte avslutad)."), Role.NOTE,
                    AFTER_FIGURE));
            blocks.add(new Block.Figure(pdf -> ReflectionPdf.averages(pdf, workshop, content.earlierWorkshops()),
                    pdf -> averagesHeight(workshop, content.earlierWorkshops()),
                    averagesInWord(workshop, content.earlierWorkshops())));
        } else {
            blocks.add(new Paragraph("Ingen självreflektion genomförd " + year + ".", Role.NOTE, new Spacing(8, 6)));
        }
        blocks.add(new Heading("Citat från föräldrarna", 2));
        if (content.quotes().isEmpty()) {
            note("Inga citat valda.");
        }
        for (Quote quote : content.quotes()) {
            blocks.add(new Block.BulletList(List.of("”" + quote.text() + "” ("
                    + SurveyPdf.genderWord(quote.gender()) + ")")));
        }
    }

    /** SurveyPdf's area and goal tables, as text: the PDF draws them with a chart. */
    private static List<Block> surveyInWord(SurveyResults results) {
        SurveyResults.EarlierYear last = results.earlier().isEmpty() ? null : results.earlier().getLast();
        List<List<String>> areas = new ArrayList<>();
        for (SurveyResults.AreaResult area : results.areas()) {
            areas.add(List.of(area.area().swedishName(), String.valueOf(area.counts().counted()),
                    SurveyPdf.percent(area.share()), area.target() + " %", SurveyPdf.met(area.share(), area.target()),
                    last == null ? "–" : SurveyPdf.percent(last.areaShares().get(area.area()))));
        }
        List<List<String>> goals = new ArrayList<>();
        for (SurveyResults.GoalResult goal : results.goals()) {
            goals.add(List.of(goal.goal().number() + ". " + goal.goal().text(),
                    String.valueOf(goal.counts().counted()), SurveyPdf.percent(goal.share())));
        }
        return List.of(new Heading("Resultat per område", 2),
                new Block.Table(List.of(Column.text("Område", 0.30), Column.number("Svar", 0.12),
                        Column.number("Positiva", 0.14), Column.number("Mål", 0.12), Column.text("Målet nått", 0.16),
                        Column.number(last == null ? "Förra året" : String.valueOf(last.year()), 0.16)),
                        areas, false, true),
                new Heading("Föräldrarnas uppfattning om målen (Bilaga 3, mål 1–5)", 2),
                new Block.Table(List.of(Column.text("Mål", 0.66), Column.number("Svar", 0.14),
                        Column.number("Positiva", 0.20)), goals, false, true));
    }

    /** The area averages of the workshop beside the last two held before it, as a table (the PDF's chart). */
    private static List<Block> averagesInWord(Workshop current, List<Workshop> earlier) {
        List<Workshop> series = ReflectionPdf.averagesSeries(current, earlier);
        List<Map<Area, OptionalDouble>> values = series.stream().map(ReflectionMath::areaAverages).toList();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Område", 0.4)));
        series.forEach(w -> columns.add(Column.number(String.valueOf(w.details().heldOn()), 0.6 / series.size())));
        List<List<String>> rows = new ArrayList<>();
        for (Area area : Area.values()) {
            List<String> row = new ArrayList<>(List.of(Instrument.areaName(area)));
            for (Map<Area, OptionalDouble> value : values) {
                OptionalDouble average = value.get(area);
                row.add(average.isPresent() ? ReflectionPdf.decimal(average.getAsDouble()) : "–");
            }
            rows.add(row);
        }
        return List.of(new Heading("Medelvärde per område", 2),
                new Paragraph("Gruppens gemensamma bedömning (steg III), 6 = " + Instrument.HIGHEST_LABEL + ", 1 = "
                        + Instrument.LOWEST_LABEL + ". ”" + Instrument.CANNOT_ASSESS_LABEL + "” räknas inte.",
                        Role.NOTE),
                new Block.Table(columns, rows, false, true));
    }

    /** About the height of SurveyPdf's area table with its chart (row heights as SurveyPdf draws them). */
    private static float surveyAreasHeight(SurveyResults results) {
        int rows = results.areas().size();
        return 40 + 18 + rows * 18.3f + 8 + rows * (results.earlier().isEmpty() ? 16 : 24) + 40;
    }

    /** About the height of ReflectionPdf's averages: heading, explanation and chart. */
    private static float averagesHeight(Workshop workshop, List<Workshop> earlier) {
        long before = earlier.stream().filter(w -> w.details().heldOn().isBefore(workshop.details().heldOn()))
                .count();
        int series = (int) Math.min(2, before) + 1;
        return 40 + 2 * TextStyle.SMALL.lineHeight() + Area.values().length * (10 + series * 11) + 30;
    }

    // --- texts ---

    /** The template's sections with the centre's name and the years filled into their headings. */
    static List<ReportTemplate.Section> sections(ReportContent content) {
        return ReportTemplate.sections(content.report().year(), ReportTemplate.centreTitle(content.centre()));
    }

    /** The cover's line on when the report is due (one date: {@link ReportService#dueDate}). */
    static String dueLine(Report report) {
        return "Lämnas till ledningsgruppen senast " + ReportService.dueText(report.year()) + ".";
    }

    static String title(Report report) {
        return "Verksamhetsberättelse och plan " + report.year();
    }

    static String status(Report report) {
        return report.frozen() ? "Inlämnad " + report.submittedOn() : "Utkast";
    }

    private static DocumentInfo info(Report report, String author) {
        return new DocumentInfo(title(report), author, title(report) + ", version " + report.version(),
                "verksamhetsberättelse, verksamhetsplan, familjecentral", "sv-SE", ZonedDateTime.now(SWEDEN));
    }
}
