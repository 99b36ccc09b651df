package se.samordna.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import se.samordna.core.agreement.MunicipalityNames;
import se.samordna.core.docx.WordDocument;
import se.samordna.core.docx.WordDocument.Style;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.DocumentInfo;
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
 * The annual report and plan as a Word document, for those who must go on editing it in Word: the
 * same sections, texts and figures as {@link ReportPdf}, in the same order, with Word's own heading
 * styles and a table of contents Word fills in. The charts of the PDF are tables here (the figures
 * stay editable); the PDF remains the document to archive.
 */
public final class ReportDocx {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ReportDocx() {
    }

    public static void write(ReportContent content, OutputStream out) throws IOException {
        Report report = content.report();
        LocalDate printed = LocalDate.now(SWEDEN);
        WordDocument doc = new WordDocument(new DocumentInfo(ReportPdf.title(report), content.centre().name(),
                ReportPdf.title(report) + ", version " + report.version(),
                "verksamhetsberättelse, verksamhetsplan, familjecentral", "sv-SE", ZonedDateTime.now(SWEDEN)));
        cover(doc, content, printed);
        doc.pageBreak();
        doc.paragraph("Innehåll", Style.SUBTITLE);
        List<ReportTemplate.TextPart> preamble = ReportTemplate.preamble(content.centre().details().municipality());
        List<String> entries = new ArrayList<>(preamble.stream().map(ReportTemplate.TextPart::title).toList());
        ReportPdf.sections(content).stream().filter(ReportTemplate.Section::printed)
                .forEach(section -> entries.add(section.title()));
        doc.tableOfContents(entries);
        doc.paragraph("Word fyller i sidnumren när du uppdaterar innehållsförteckningen (F9).", Style.NOTE);
        doc.pageBreak();
        for (ReportTemplate.TextPart part : preamble) {
            doc.heading(part.title(), 1);
            for (ReportTemplate.Passage passage : part.passages()) {
                if (passage.bullet()) {
                    doc.bullet(passage.text());
                } else {
                    doc.paragraph(passage.text());
                }
            }
        }
        for (ReportTemplate.Section section : ReportPdf.sections(content)) {
            if (section.printed()) {
                section(doc, section, content);
            }
        }
        doc.save(out);
    }

    private static void cover(WordDocument doc, ReportContent content, LocalDate printed) {
        Report report = content.report();
        doc.paragraph("Bilaga 3 · Verksamhetsberättelse och plan (årlig)", Style.NOTE);
        doc.paragraph(ReportPdf.title(report), Style.TITLE);
        doc.paragraph(content.centre().name(), Style.SUBTITLE);
        String municipality = MunicipalityNames.beforeKommun(content.centre().details().municipality());
        if (!municipality.isEmpty()) {
            doc.paragraph(municipality + " kommun");
        }
        doc.paragraph("Version " + report.version() + "\nStatus: " + ReportPdf.status(report) + "\nUtskriven "
                + printed);
        doc.paragraph(ReportPdf.dueLine(report));
        doc.paragraph("Verksamhetsberättelse med kvalitetsredovisning enligt Länsövergripande riktlinje för "
                + "familjecentraler i Jämtlands län.", Style.NOTE);
    }

    private static void section(WordDocument doc, ReportTemplate.Section section, ReportContent content) {
        Report report = content.report();
        doc.heading(section.title(), 1);
        if (!section.intro().isBlank()) {
            if (ReportPdf.INTRO_AS_TEXT.contains(section.key())) {
                paragraphs(doc, section.intro());
            } else {
                doc.paragraph(section.intro(), Style.NOTE);
            }
        }
        switch (section.content()) {
            case VISITS -> visits(doc, report);
            case PREVIOUS_GOALS -> previousGoals(doc, content);
            case RESULTS -> results(doc, content);
            case NEXT_GOALS -> nextGoals(doc, content);
            default -> { }
        }
        for (ReportTemplate.Field field : section.fields()) {
            if (field.key().equals("goal1")) {
                doc.paragraph(ReportPdf.GOALS_LEAD);
            }
            String text = report.field(field.key());
            if (!text.isBlank() || field.required()) {
                field(doc, field, text);
            }
        }
    }

    private static void field(WordDocument doc, ReportTemplate.Field field, String text) {
        boolean empty = text.isBlank();
        if (field.kind() == ReportTemplate.Kind.TEXT) {
            doc.heading(field.title(), 3);
            if (empty) {
                doc.paragraph(ReportPdf.NOT_WRITTEN, Style.EMPTY);
            } else {
                paragraphs(doc, text);
            }
            return;
        }
        String label = field.title().endsWith(":") ? field.title() : field.title() + ":";
        doc.labelled(label, empty ? ReportPdf.NOT_WRITTEN : text.strip(), empty);
    }

    private static void paragraphs(WordDocument doc, String text) {
        ReportPdf.paragraphsOf(text).forEach(doc::paragraph);
    }

    private static void visits(WordDocument doc, Report report) {
        if (report.visits().isEmpty()) {
            doc.paragraph("Ingen besöksstatistik är inlagd för " + report.year() + ".", Style.NOTE);
            return;
        }
        VisitCategory[] categories = VisitCategory.values();
        List<String> header = new ArrayList<>(List.of("Månad"));
        for (VisitCategory category : categories) {
            header.add(VisitsPdf.columnHead(category));
        }
        header.add("Totalt");
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        List<List<String>> rows = new ArrayList<>();
        long[] columnTotals = new long[categories.length];
        boolean someEmpty = false;
        for (int month = 1; month <= 12; month++) {
            List<String> row = new ArrayList<>(List.of(VisitsPdf.MONTHS.get(month - 1)));
            Long rowTotal = null;
            for (int c = 0; c < categories.length; c++) {
                Integer visits = report.visits(month, categories[c]);
                someEmpty |= visits == null;
                if (visits != null) {
                    rowTotal = (rowTotal == null ? 0 : rowTotal) + visits;
                    columnTotals[c] += visits;
                }
                row.add(visits == null ? "–" : VisitsPdf.number(visits));
            }
            row.add(rowTotal == null ? "–" : VisitsPdf.number(rowTotal));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Totalt"));
        long grand = 0;
        for (long columnTotal : columnTotals) {
            total.add(VisitsPdf.number(columnTotal));
            grand += columnTotal;
        }
        total.add(VisitsPdf.number(grand));
        rows.add(total);
        double[] shares = {0.10, 0.17, 0.13, 0.13, 0.16, 0.16, 0.15};
        doc.table(header, rows, numeric, true, shares.length == header.size() ? shares : null);
        if (someEmpty) {
            doc.paragraph("– = ingen uppgift för månaden.", Style.NOTE);
        }
    }

    private static void previousGoals(WordDocument doc, ReportContent content) {
        Report report = content.report();
        List<YearGoal> goals = content.previousGoals();
        if (goals.isEmpty()) {
            doc.paragraph("Inga mål för " + report.year() + " finns inlagda.", Style.NOTE);
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(doc, (goal.prioritized() ? "Prioriterat mål " : "Mål ") + number++ + ": ", goal);
            String note = report.field(ReportTemplate.PREVIOUS_GOAL_PREFIX + goal.id());
            if (!note.isBlank()) {
                paragraphs(doc, note);
            }
        }
    }

    private static void nextGoals(WordDocument doc, ReportContent content) {
        List<YearGoal> goals = content.plannedGoals();
        if (goals.isEmpty()) {
            doc.paragraph("Inga mål för " + (content.report().year() + 1) + " är valda ännu.", Style.NOTE);
            return;
        }
        int number = 1;
        for (YearGoal goal : goals) {
            goal(doc, (goal.prioritized() ? "Prioriterat mål " : "Mål ") + number++ + ": ", goal);
        }
    }

    private static void goal(WordDocument doc, String lead, YearGoal goal) {
        doc.heading(lead + goal.draft().goal(), 3);
        List<String> facts = goal.draft().printedFacts();
        if (!facts.isEmpty()) {
            doc.paragraph(String.join("\n", facts), Style.NOTE);
        }
    }

    private static void results(WordDocument doc, ReportContent content) {
        int year = content.report().year();
        if (content.survey().isPresent()) {
            SurveyResults results = content.survey().get();
            doc.paragraph("Föräldraenkäten " + year + " besvarades av " + results.respondents() + " föräldrar. "
                    + "Andel positiva = Stämmer ganska bra eller Stämmer mycket bra, av dem som svarat. Mål: "
                    + SurveyArea.DEFAULT_TARGET + " % inom varje område.", Style.NOTE);
            surveyAreas(doc, results);
            doc.heading("Föräldrarnas uppfattning om målen (Bilaga 3, mål 1–5)", 2);
            List<List<String>> rows = new ArrayList<>();
            for (SurveyResults.GoalResult goal : results.goals()) {
                rows.add(List.of(goal.goal().number() + ". " + goal.goal().text(),
                        String.valueOf(goal.counts().counted()), SurveyPdf.percent(goal.share())));
            }
            doc.table(List.of("Mål", "Svar", "Positiva"), rows, new boolean[] {false, true, true}, false,
                    new double[] {0.66, 0.14, 0.20});
        } else {
            doc.paragraph("Ingen föräldraenkät med svar för " + year + ".", Style.NOTE);
        }
        if (content.workshop().isPresent()) {
            Workshop workshop = content.workshop().get();
            doc.paragraph("Självreflektionen genomfördes " + workshop.details().heldOn() + " med "
                    + workshop.participants() + " deltagare"
                    + (workshop.status() == WorkshopStatus.AVSLUTAD ? "." : " (inte avslutad)."), Style.NOTE);
            averages(doc, workshop, content.earlierWorkshops());
        } else {
            doc.paragraph("Ingen självreflektion genomförd " + year + ".", Style.NOTE);
        }
        doc.heading("Citat från föräldrarna", 2);
        if (content.quotes().isEmpty()) {
            doc.paragraph("Inga citat valda.", Style.NOTE);
        }
        for (Quote quote : content.quotes()) {
            doc.bullet("”" + quote.text() + "” (" + SurveyPdf.genderWord(quote.gender()) + ")");
        }
    }

    private static void surveyAreas(WordDocument doc, SurveyResults results) {
        doc.heading("Resultat per område", 2);
        SurveyResults.EarlierYear last = results.earlier().isEmpty() ? null : results.earlier().getLast();
        List<List<String>> rows = new ArrayList<>();
        for (SurveyResults.AreaResult area : results.areas()) {
            rows.add(List.of(area.area().swedishName(), String.valueOf(area.counts().counted()),
                    SurveyPdf.percent(area.share()), area.target() + " %", SurveyPdf.met(area.share(), area.target()),
                    last == null ? "–" : SurveyPdf.percent(last.areaShares().get(area.area()))));
        }
        doc.table(List.of("Område", "Svar", "Positiva", "Mål", "Målet nått",
                        last == null ? "Förra året" : String.valueOf(last.year())), rows,
                new boolean[] {false, true, true, true, false, true}, false,
                new double[] {0.30, 0.12, 0.14, 0.12, 0.16, 0.16});
    }

    /** The area averages of the workshop beside the last two held before it, as a table (the PDF's chart). */
    private static void averages(WordDocument doc, Workshop current, List<Workshop> earlier) {
        List<Workshop> series = ReflectionPdf.averagesSeries(current, earlier);
        List<Map<Area, OptionalDouble>> values = series.stream().map(ReflectionMath::areaAverages).toList();
        doc.heading("Medelvärde per område", 2);
        doc.paragraph("Gruppens gemensamma bedömning (steg III), 6 = " + Instrument.HIGHEST_LABEL + ", 1 = "
                + Instrument.LOWEST_LABEL + ". ”" + Instrument.CANNOT_ASSESS_LABEL + "” räknas inte.", Style.NOTE);
        List<String> header = new ArrayList<>(List.of("Område"));
        series.forEach(w -> header.add(String.valueOf(w.details().heldOn())));
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        List<List<String>> rows = new ArrayList<>();
        for (Area area : Area.values()) {
            List<String> row = new ArrayList<>(List.of(Instrument.areaName(area)));
            for (Map<Area, OptionalDouble> value : values) {
                OptionalDouble average = value.get(area);
                row.add(average.isPresent() ? ReflectionPdf.decimal(average.getAsDouble()) : "–");
            }
            rows.add(row);
        }
        doc.table(header, rows, numeric, false);
    }
}
