package se.samordna.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samordna.core.agreement.MunicipalityNames;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.ReflectionPdf;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyPdf;
import se.samordna.core.survey.SurveyResults;

/**
 * The annual report and plan as a PDF/A, in the order of the template (Bilaga 3): a cover, the
 * contents with page numbers, the template's introduction, then every section with what is written,
 * the visitor statistics, last year's and next year's prioritised goals, and the year's results.
 * An empty required field prints "(Ej ifyllt)", so an unfinished draft shows where it is unfinished.
 */
public final class ReportPdf {
    /** What an empty required field prints. */
    public static final String NOT_WRITTEN = "(Ej ifyllt)";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final TextStyle SECTION = TextStyle.HEADING.withSize(15).withSpacing(20, 6);
    private static final TextStyle GUIDANCE = TextStyle.SMALL.withSize(9).withSpacing(0, 8);
    private static final TextStyle EMPTY = TextStyle.BODY.withFace(TextStyle.Face.ITALIC).withColor(TextStyle.MUTED);
    private static final TextStyle NOTE = TextStyle.SMALL.withSize(9).withSpacing(2, 6);
    private static final TextStyle GOAL = TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(8, 2);
    /** Sections whose intro is the template's own text (the main goal, the lead-in to what must be stated). */
    static final Set<String> INTRO_AS_TEXT = Set.of("gemensamVerksamhet", "skaAnges");
    /** The template's words before the five goals, printed before the first of them. */
    static final String GOALS_LEAD = "Målen skall uppnås genom att:";

    private ReportPdf() {
    }

    /**
     * Writes the report. The contents need the page each section starts on, so the document is laid
     * out once to learn them and then written with them. The contents take one page whatever the
     * numbers, so the second layout puts every section where the first one did.
     */
    public static FlowDocument.Report render(ReportContent content, OutputStream out) throws IOException {
        LocalDate printed = LocalDate.now(SWEDEN);
        Map<String, Integer> pages = new LinkedHashMap<>();
        write(content, printed, Map.of(), pages, null);
        Map<String, Integer> found = new LinkedHashMap<>();
        FlowDocument.Report written = write(content, printed, pages, found, out);
        if (!found.equals(pages)) {
            throw new IllegalStateException("The contents moved the sections: " + pages + " → " + found);
        }
        return written;
    }

    /**
     * The printed length, in pages, of the fields the template limits to one page ("max 1 sida"):
     * laid out with the fonts, width and spacing of the real document. Empty fields take no room.
     */
    public static double estimatePages(Report report) {
        ReportTemplate.Section first = ReportTemplate.sections(report.year()).getFirst();
        try (FlowDocument pdf = new FlowDocument(info(report, "Sidberäkning"))) {
            pdf.newPage();
            float usable = pdf.remaining();
            for (ReportTemplate.Field field : first.fields()) {
                if (ReportTemplate.ONE_PAGE_FIELDS.contains(field.key()) && !report.field(field.key()).isBlank()) {
                    field(pdf, field, report.field(field.key()));
                }
            }
            float used = (pdf.pageNumber() - 1) * usable + (usable - pdf.remaining());
            return used / usable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FlowDocument.Report write(ReportContent content, LocalDate printed, Map<String, Integer> pages,
                                             Map<String, Integer> found, OutputStream out) throws IOException {
        Report report = content.report();
        try (FlowDocument pdf = new FlowDocument(info(report, content.centre().name()))) {
            pdf.startCopy(content.centre().name(), title(report), "Version " + report.version() + " · "
                    + status(report));
            cover(pdf, content, printed);
            pdf.newPage();
            contents(pdf, content, pages);
            pdf.newPage();
            for (ReportTemplate.TextPart part : ReportTemplate.preamble(content.centre().details().municipality())) {
                pdf.heading(part.title(), SECTION);
                found.put(part.key(), pdf.pageNumber());
                for (ReportTemplate.Passage passage : part.passages()) {
                    if (passage.bullet()) {
                        pdf.bullet(passage.text(), 0, TextStyle.BODY.withSpacing(0, 3));
                    } else {
                        pdf.paragraph(passage.text(), TextStyle.BODY);
                    }
                }
            }
            for (ReportTemplate.Section section : sections(content)) {
                if (section.printed()) {
                    section(pdf, section, content, found);
                }
            }
            return out == null ? null : pdf.save(out);
        }
    }

    // --- cover and contents ---

    private static void cover(FlowDocument pdf, ReportContent content, LocalDate printed) {
        Report report = content.report();
        pdf.space(120);
        pdf.paragraph("Bilaga 3 · Verksamhetsberättelse och plan (årlig)", TextStyle.SMALL.withSpacing(0, 10));
        pdf.paragraph(title(report), TextStyle.TITLE.withSize(26).withSpacing(0, 14));
        pdf.paragraph(content.centre().name(), TextStyle.TITLE.withSize(16).withColor(TextStyle.ACCENT)
                .withSpacing(0, 2));
        String municipality = MunicipalityNames.beforeKommun(content.centre().details().municipality());
        if (!municipality.isEmpty()) {
            pdf.paragraph(municipality + " kommun", TextStyle.BODY.withSize(12).withSpacing(0, 2));
        }
        pdf.space(40);
        TextStyle facts = TextStyle.BODY.withSize(11).withSpacing(0, 3);
        pdf.paragraph("Version " + report.version(), facts);
        pdf.paragraph("Status: " + status(report), facts);
        pdf.paragraph("Utskriven " + printed, facts);
        pdf.space(30);
        pdf.paragraph(dueLine(report), TextStyle.BODY.withSize(11).withFace(TextStyle.Face.BOLD));
        pdf.paragraph("Verksamhetsberättelse med kvalitetsredovisning enligt Länsövergripande riktlinje för "
                + "familjecentraler i Jämtlands län.", TextStyle.SMALL.withSpacing(4, 0));
    }

    /** The contents on one page: every printed section with the page it starts on ("–" before it is known). */
    private static void contents(FlowDocument pdf, ReportContent report, Map<String, Integer> pages) {
        pdf.paragraph("Innehåll", TextStyle.TITLE.withSpacing(0, 14));
        List<String[]> entries = new ArrayList<>();
        for (ReportTemplate.TextPart part : ReportTemplate.preamble(report.centre().details().municipality())) {
            entries.add(new String[] {part.key(), part.title()});
        }
        for (ReportTemplate.Section section : sections(report)) {
            if (section.printed()) {
                entries.add(new String[] {section.key(), section.title()});
            }
        }
        TextStyle style = TextStyle.BODY.withSize(11);
        TextStyle dots = TextStyle.SMALL;
        for (String[] entry : entries) {
            Integer page = pages.get(entry[0]);
            String number = page == null ? "–" : String.valueOf(page);
            List<String> lines = pdf.wrap(entry[1], style, pdf.contentWidth() - 60);
            float height = lines.size() * style.lineHeight() + 7;
            pdf.block(height, (content, x, top, width) -> {
                float y = top - style.size();
                for (String line : lines) {
                    pdf.text(content, line, style, x, y);
                    y -= style.lineHeight();
                }
                float lastY = y + style.lineHeight();
                float from = x + pdf.width(lines.getLast(), style) + 6;
                float numberX = x + width - pdf.width(number, style);
                StringBuilder leader = new StringBuilder();
                while (pdf.width(leader + " .", dots) < numberX - 6 - from) {
                    leader.append(" .");
                }
                pdf.text(content, leader.toString(), dots, numberX - 6 - pdf.width(leader.toString(), dots), lastY);
                pdf.text(content, number, style, numberX, lastY);
            });
        }
    }

    // --- sections ---

    private static void section(FlowDocument pdf, ReportTemplate.Section section, ReportContent content,
                                Map<String, Integer> found) {
        Report report = content.report();
        keepWithStart(pdf, section, content);
        pdf.heading(section.title(), SECTION);
        found.put(section.key(), pdf.pageNumber());
        if (!section.intro().isBlank()) {
            if (INTRO_AS_TEXT.contains(section.key())) {
                paragraphs(pdf, section.intro());
            } else {
                pdf.paragraph(section.intro(), GUIDANCE);
            }
        }
        switch (section.content()) {
            case VISITS -> visits(pdf, report);
            case PREVIOUS_GOALS -> previousGoals(pdf, content);
            case RESULTS -> results(pdf, content);
            case NEXT_GOALS -> nextGoals(pdf, content);
            default -> { }
        }
        for (ReportTemplate.Field field : section.fields()) {
            if (field.key().equals("goal1")) {
                pdf.paragraph(GOALS_LEAD, TextStyle.BODY.withSpacing(6, 2));
            }
            String text = report.field(field.key());
            if (!text.isBlank() || field.required()) {
                field(pdf, field, text);
            }
        }
    }

    /**
     * Starts a new page unless the section's title, its intro and the start of what follows fit here:
     * a title with only the template's guidance under it would end the page. The visitor table and
     * the survey's area chart are kept with their section's title.
     */
    private static void keepWithStart(FlowDocument pdf, ReportTemplate.Section section, ReportContent content) {
        float width = pdf.contentWidth();
        float needed = SECTION.spaceBefore() + pdf.wrap(section.title(), SECTION, width).size() * SECTION.lineHeight()
                + SECTION.spaceAfter();
        if (!section.intro().isBlank()) {
            TextStyle style = INTRO_AS_TEXT.contains(section.key()) ? TextStyle.BODY : GUIDANCE;
            needed += pdf.wrap(section.intro(), style, width).size() * style.lineHeight() + style.spaceAfter();
        }
        float start = 4 * TextStyle.BODY.lineHeight();
        if (section.content() == ReportTemplate.Content.VISITS && !content.report().visits().isEmpty()) {
            start = VisitsPdf.tableHeight(pdf, content.report());
        } else if (section.content() == ReportTemplate.Content.RESULTS && content.survey().isPresent()) {
            start = 2 * NOTE.lineHeight() + NOTE.spaceAfter() + surveyAreasHeight(content.survey().get());
        }
        pdf.ensureSpace(needed + start);
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

    /** A field as written: a subheading and paragraphs, or one "Antal gravida: 42" line. */
    private static void field(FlowDocument pdf, ReportTemplate.Field field, String text) {
        boolean empty = text.isBlank();
        if (field.kind() == ReportTemplate.Kind.TEXT) {
            pdf.heading(field.title(), TextStyle.SUBHEADING);
            if (empty) {
                pdf.paragraph(NOT_WRITTEN, EMPTY);
            } else {
                paragraphs(pdf, text);
            }
            return;
        }
        String label = field.title().endsWith(":") ? field.title() : field.title() + ":";
        TextStyle style = TextStyle.BODY.withSpacing(4, 2);
        if (!empty) {
            pdf.paragraph(label + " " + text.strip(), style);
            return;
        }
        List<String> lines = pdf.wrap(label + " " + NOT_WRITTEN, style, pdf.contentWidth());
        if (lines.size() > 1) {
            pdf.paragraph(label, style.withSpacing(4, 0));
            pdf.paragraph(NOT_WRITTEN, EMPTY);
            return;
        }
        pdf.space(style.spaceBefore());
        pdf.block(style.lineHeight() + style.spaceAfter(), (content, x, top, width) -> {
            pdf.text(content, label, style, x, top - style.size());
            pdf.text(content, NOT_WRITTEN, EMPTY, x + pdf.width(label + " ", style), top - style.size());
        });
    }

    private static void paragraphs(FlowDocument pdf, String text) {
        paragraphsOf(text).forEach(paragraph -> pdf.paragraph(paragraph, TextStyle.BODY));
    }

    /** A written text's paragraphs: separated by blank lines; a single line break stays a line break. */
    static List<String> paragraphsOf(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).filter(p -> !p.isBlank()).map(String::strip)
                .toList();
    }

    private static void visits(FlowDocument pdf, Report report) {
        if (report.visits().isEmpty()) {
            pdf.paragraph("Ingen besöksstatistik är inlagd för " + report.year() + ".", NOTE);
            return;
        }
        VisitsPdf.table(pdf, report);
        VisitsPdf.chart(pdf, report);
    }

    private static void previousGoals(FlowDocument pdf, ReportContent content) {
        Report report = content.report();
        List<YearGoal> goals = content.previousGoals();
        if (goals.isEmpty()) {
            pdf.paragraph("Inga mål för " + report.year() + " finns inlagda.", NOTE);
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(pdf, (goal.prioritized() ? "Prioriterat mål " : "Mål ") + number++ + ": ", goal);
            String note = report.field(ReportTemplate.PREVIOUS_GOAL_PREFIX + goal.id());
            if (!note.isBlank()) {
                paragraphs(pdf, note);
            }
        }
    }

    private static void nextGoals(FlowDocument pdf, ReportContent content) {
        List<YearGoal> goals = content.plannedGoals();
        if (goals.isEmpty()) {
            pdf.paragraph("Inga mål för " + (content.report().year() + 1) + " är valda ännu.", NOTE);
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(pdf, (goal.prioritized() ? "Prioriterat mål " : "Mål ") + number++ + ": ", goal);
        }
    }

    private static void goal(FlowDocument pdf, String lead, YearGoal goal) {
        pdf.heading(lead + goal.draft().goal(), GOAL);
        List<String> facts = goal.draft().printedFacts();
        if (!facts.isEmpty()) {
            pdf.paragraph(String.join("\n", facts), TextStyle.BODY.withSize(9.5f).withColor(TextStyle.MUTED)
                    .withSpacing(0, 6));
        }
    }

    private static void results(FlowDocument pdf, ReportContent content) {
        int year = content.report().year();
        if (content.survey().isPresent()) {
            SurveyResults results = content.survey().get();
            pdf.paragraph("Föräldraenkäten " + year + " besvarades av " + results.respondents() + " föräldrar. "
                    + "Andel positiva = Stämmer ganska bra eller Stämmer mycket bra, av dem som svarat. Mål: "
                    + SurveyArea.DEFAULT_TARGET + " % inom varje område.", NOTE);
            pdf.ensureSpace(surveyAreasHeight(results));
            SurveyPdf.areaSection(pdf, results);
            SurveyPdf.goalSection(pdf, results);
        } else {
            pdf.paragraph("Ingen föräldraenkät med svar för " + year + ".", NOTE);
        }
        if (content.workshop().isPresent()) {
            Workshop workshop = content.workshop().get();
            pdf.ensureSpace(8 + NOTE.lineHeight() + averagesHeight(workshop, content.earlierWorkshops()));
            pdf.paragraph("Självreflektionen genomfördes " + workshop.details().heldOn() + " med "
                    + workshop.participants() + " deltagare"
                    + (workshop.status() == WorkshopStatus.AVSLUTAD ? "." : " (inte avslutad)."),
                    NOTE.withSpacing(8, 0));
            ReflectionPdf.averages(pdf, workshop, content.earlierWorkshops());
        } else {
            pdf.paragraph("Ingen självreflektion genomförd " + year + ".", NOTE.withSpacing(8, 6));
        }
        pdf.heading("Citat från föräldrarna", TextStyle.HEADING);
        if (content.quotes().isEmpty()) {
            pdf.paragraph("Inga citat valda.", NOTE);
        }
        for (Quote quote : content.quotes()) {
            pdf.bullet("”" + quote.text() + "” (" + SurveyPdf.genderWord(quote.gender()) + ")", 0,
                    TextStyle.BODY.withSpacing(0, 3));
        }
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
