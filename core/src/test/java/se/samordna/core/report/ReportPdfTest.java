package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyPdf;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The example reports as PDFs, read back as a reader would see them and checked by veraPDF. */
class ReportPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?)[ .]*\\s(\\d+)");
    /** The size of the report's section headings (ReportPdf's SECTION style); no other text is set in it. */
    private static final float SECTION_SIZE = 15;
    /** An average as ReflectionPdf prints it: one decimal, decimal comma ("4,5"). */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d,])\\d,\\d(?![\\d,])");

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static long solsidan;
    private static ReportContent submitted;
    private static ReportContent draft;
    private static Path submittedPdf;
    private static Path draftPdf;
    private static FlowDocument.Report submittedResult;

    @BeforeAll
    static void renderTheExamples() throws Exception {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().create();
        solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
                .orElseThrow().id();
        ReportService reports = workspace.reports();
        submitted = reports.content(reports.latest(solsidan, 2025).orElseThrow().id());
        draft = reports.content(reports.latest(solsidan, 2026).orElseThrow().id());
        submittedPdf = dir.resolve("inlamnad.pdf");
        draftPdf = dir.resolve("utkast.pdf");
        try (OutputStream out = Files.newOutputStream(submittedPdf)) {
            submittedResult = ReportPdf.render(submitted, out);
        }
        try (OutputStream out = Files.newOutputStream(draftPdf)) {
            ReportPdf.render(draft, out);
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theExamplesAreLastYearsSubmittedReportAndThisYearsDraft() {
        assertThat(submitted.report().status()).isEqualTo(ReportStatus.INLAMNAD);
        assertThat(submitted.report().visits()).extracting(VisitCount::month).containsOnly(1, 2, 3, 4, 5, 6, 7, 8,
                9, 10, 11, 12);
        assertThat(ReportService.completeness(submitted)).noneMatch(Missing::blocking);
        assertThat(draft.report().status()).isEqualTo(ReportStatus.UTKAST);
        assertThat(draft.report().visits()).extracting(VisitCount::month).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9,
                10);
        assertThat(ReportService.completeness(draft)).anyMatch(Missing::blocking);
    }

    @Test
    void theCoverNamesTheReportCentreVersionStatusAndDueDate() throws Exception {
        String cover = PdfChecks.pages(submittedPdf).getFirst();
        assertThat(cover).contains("Verksamhetsberättelse och plan 2025", "Familjecentralen Solsidan",
                "Östersunds kommun", "Version 1", "Inlämnad 2026-02-20", "Utskriven ",
                "Lämnas till ledningsgruppen senast 1 mars 2026");

        String draftCover = PdfChecks.pages(draftPdf).getFirst();
        assertThat(draftCover).contains("Verksamhetsberättelse och plan 2026", "Status: Utkast",
                "senast 1 mars 2027");
        assertThat(PdfChecks.pages(draftPdf).getLast()).contains("Version 1 · Utkast");
    }

    @Test
    void theContentsNameThePageEverySectionStartsOn() throws Exception {
        for (Path pdf : List.of(submittedPdf, draftPdf)) {
            List<String> pages = PdfChecks.pages(pdf);
            Map<String, Integer> contents = contents(pages.get(1));
            List<String> titles = contentsTitles(pdf.equals(submittedPdf) ? submitted : draft);

            assertThat(contents.keySet()).containsExactlyElementsOf(titles);
            assertThat(contents.keySet()).doesNotContain("Granska och lämna in");
            for (String title : titles) {
                assertThat(firstPageWithHeading(pages, title)).as(title).isEqualTo(contents.get(title));
            }
        }
    }

    /** The contents' entries: the template's text before the Mall, then its printed sections. */
    static List<String> contentsTitles(ReportContent content) {
        List<String> titles = new ArrayList<>(ReportTemplate.preamble(content.centre().details().municipality())
                .stream().map(ReportTemplate.TextPart::title).toList());
        ReportOutline.sections(content).stream().filter(ReportTemplate.Section::printed)
                .forEach(s -> titles.add(s.title()));
        return titles;
    }

    @Test
    void anEmptyRequiredFieldIsMarkedInTheDraftOnly() throws Exception {
        String draftText = PdfChecks.bodyText(PdfChecks.pages(draftPdf), List.of());
        String submittedText = PdfChecks.bodyText(PdfChecks.pages(submittedPdf), List.of());

        assertThat(draftText).contains("Analys " + ReportOutline.NOT_WRITTEN, "Handledning " + ReportOutline.NOT_WRITTEN);
        assertThat(draftText).contains("Ingen självreflektion genomförd 2026.");
        assertThat(submittedText).doesNotContain(ReportOutline.NOT_WRITTEN);
    }

    @Test
    void theChosenQuotesArePrintedWithTheParentsGender() throws Exception {
        String text = PdfChecks.bodyText(PdfChecks.pages(submittedPdf), List.of());

        assertThat(submitted.quotes()).isNotEmpty();
        assertThat(text).contains("Citat från föräldrarna");
        for (Quote quote : submitted.quotes()) {
            assertThat(text).contains("”" + quote.text() + "” (" + SurveyPdf.genderWord(quote.gender()) + ")");
        }
    }

    @Test
    void theVisitTableShowsTheTotalsOfTheYear() throws Exception {
        Report report = submitted.report();
        int total = report.visits().stream().mapToInt(VisitCount::visits).sum();
        String text = PdfChecks.bodyText(PdfChecks.pages(submittedPdf), List.of());

        assertThat(text).contains("Totalt " + VisitsPdf.number(report.totalVisits(VisitCategory.OPPEN_FORSKOLA)));
        assertThat(text).contains(VisitsPdf.number(total));
        assertThat(text).contains("Besök per månad, alla kategorier");
        String draftPages = String.join("\n", PdfChecks.pages(draftPdf));
        assertThat(draftPages).contains("Nov – – – – – –", "– = ingen uppgift för månaden.");
    }

    @Test
    void theResultsShowTheSurveyAndTheWorkshop() throws Exception {
        String text = PdfChecks.bodyText(PdfChecks.pages(submittedPdf), List.of());

        assertThat(text).contains("Resultat per område", "Föräldrarnas uppfattning om målen",
                "Medelvärde per område", "Föräldraenkäten 2025 besvarades av");
        assertThat(submitted.previousGoals()).isNotEmpty().allSatisfy(goal -> assertThat(text)
                .contains(goal.draft().goal().substring(0, 40)));
    }

    @Test
    void theSectionHeadingsAreThePrintedSectionsOfTheTemplateInOrder() throws Exception {
        List<String> titles = ReportOutline.sections(submitted).stream()
                .filter(ReportTemplate.Section::printed).map(ReportTemplate.Section::title).toList();
        assertThat(titles).isNotEmpty();

        // As a reader finds them: each title standing as a heading (its own line or lines), in order, after the contents.
        List<String> lines = bodyLines(submittedPdf);
        int from = 0;
        for (String title : titles) {
            int at = headingLine(lines, title, from);
            assertThat(at).as("heading \"%s\" after line %d of the body", title, from).isNotNegative();
            from = at + 1;
        }

        // Every heading set in the section style, in order: the template's text before the Mall, then exactly those titles.
        List<String> expected = new ArrayList<>(ReportTemplate.preamble("Östersund").stream()
                .map(ReportTemplate.TextPart::title).toList());
        expected.addAll(titles);
        assertThat(sectionHeadings(submittedPdf)).containsExactlyElementsOf(expected);
    }

    @Test
    void theSurveysAreaSharesArePrintedOnTheirRows() throws Exception {
        int year = submitted.report().year();
        SurveyResults results = workspace.surveys().resultsFor(solsidan, year).orElseThrow();
        List<String> lines = bodyLines(submittedPdf);
        List<String> areaTable = between(lines, "Resultat per område", "Föräldrarnas uppfattning om målen");

        assertThat(String.join(" ", lines)).contains("Föräldraenkäten " + year + " besvarades av "
                + results.respondents() + " föräldrar.");
        assertThat(results.areas()).isNotEmpty();
        SurveyResults.EarlierYear last = results.earlier().isEmpty() ? null : results.earlier().getLast();
        for (SurveyResults.AreaResult area : results.areas()) {
            String name = area.area().swedishName();
            // The table's row comes first; the chart's bar label (the name alone) follows.
            String row = areaTable.stream().filter(line -> line.startsWith(name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("No row for " + name + " in " + areaTable));
            assertThat(area.share()).as(name).isNotNull();
            assertThat(row).as("the row of %s", name).isEqualTo(name + " " + area.counts().counted() + " "
                    + percent(area.share()) + " " + area.target() + " % " + (area.met() ? "Ja" : "Nej") + " "
                    + (last == null ? "–" : percent(last.areaShares().get(area.area()))));
        }
    }

    @Test
    void theWorkshopsAreaAveragesArePrinted() throws Exception {
        int year = submitted.report().year();
        Workshop workshop = workspace.reflection().history(solsidan).stream()
                .filter(w -> w.details().year() == year)
                .max(Comparator.comparing((Workshop w) -> w.status() == WorkshopStatus.AVSLUTAD)
                        .thenComparing(w -> w.details().heldOn()))
                .orElseThrow();
        Map<Area, OptionalDouble> averages = ReflectionMath.areaAverages(workshop);
        assertThat(averages.values()).anyMatch(OptionalDouble::isPresent);
        String chart = String.join("\n", between(bodyLines(submittedPdf), "Medelvärde per område",
                "Citat från föräldrarna"));

        // Each area's name, then its bars' values: earlier workshops first, this year's workshop last.
        int from = 0;
        Area[] areas = Area.values();
        for (int i = 0; i < areas.length; i++) {
            String name = Instrument.areaName(areas[i]);
            int start = chart.indexOf(name, from);
            assertThat(start).as("%s in the averages chart:%n%s", name, chart).isNotNegative();
            int end = i + 1 < areas.length ? chart.indexOf(Instrument.areaName(areas[i + 1]), start + name.length())
                    : chart.length();
            assertThat(end).as("%s after %s in the averages chart", i + 1 < areas.length
                    ? Instrument.areaName(areas[i + 1]) : "", name).isGreaterThan(start);
            List<String> values = DECIMAL.matcher(chart.substring(start + name.length(), end)).results()
                    .map(MatchResult::group).toList();
            OptionalDouble average = averages.get(areas[i]);
            if (average.isPresent()) {
                assertThat(values).as("the bars of %s", name).isNotEmpty().last()
                        .isEqualTo(decimal(average.getAsDouble()));
            }
            from = end;
        }
    }

    @Test
    void theVisitorTotalIsTheSumOfTheCategoryTotals() throws Exception {
        Report report = submitted.report();
        long total = 0;
        StringBuilder row = new StringBuilder("Totalt");
        for (VisitCategory category : VisitCategory.values()) {
            total += report.totalVisits(category);
            row.append(' ').append(VisitsPdf.number(report.totalVisits(category)));
        }
        row.append(' ').append(VisitsPdf.number(total));
        assertThat(total).isPositive();

        List<String> totalRows = bodyLines(submittedPdf).stream().filter(line -> line.startsWith("Totalt ")).toList();
        assertThat(totalRows).as("the visit table's total row").containsExactly(row.toString());
        String printed = totalRows.getFirst();
        String grand = printed.substring(printed.length() - VisitsPdf.number(total).length());
        assertThat(Long.parseLong(grand.replace(" ", ""))).isEqualTo(total);
    }

    @Test
    void bothReportsArePdfA2bWithEveryCharacterDrawnAndNumberedPages() throws Exception {
        assertThat(PdfChecks.pdfA2bFailures(submittedPdf)).isEmpty();
        assertThat(PdfChecks.pdfA2bFailures(draftPdf)).isEmpty();
        assertThat(submittedResult.replacedCharacters()).isEmpty();
        try (PDDocument document = Loader.loadPDF(submittedPdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(submittedResult.pages());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Verksamhetsberättelse och plan 2025");
        }
        List<String> pages = PdfChecks.pages(submittedPdf);
        assertThat(pages.getLast()).contains("Sida " + pages.size() + " av " + pages.size());
    }

    @Test
    void arabicTextInTheReportIsDrawnInTheArabicFontAndAnEmojiIsNamed() throws Exception {
        ReportService reports = workspace.reports();
        long id = reports.latest(solsidan, 2026).orElseThrow().id();
        String arabic = "قالت إحدى الأمهات: مركز الأسرة مكان آمن لطفلي.";
        reports.setField(id, ReportTemplate.DESCRIPTION, "Familjecentralen möter många språk. " + arabic + " 😀");
        Path pdf = dir.resolve("arabiska.pdf");
        FlowDocument.Report written;
        try (OutputStream out = Files.newOutputStream(pdf)) {
            written = ReportPdf.render(reports.content(id), out);
        }

        assertThat(written.replacedCharacters()).containsExactly("😀");
        assertThat(String.join("\n", PdfChecks.pages(pdf))).contains(arabic);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.endsWith("NotoSansArabic-Regular"));
        }
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void thePageEstimateGrowsWithTheTextAndPassesOnePageAtFiveThousandCharacters() {
        String sentence = "Familjecentralen ligger mitt i området och har öppet fyra dagar i veckan. ";
        double empty = ReportPdf.estimatePages(report(""));
        double short_ = ReportPdf.estimatePages(report(sentence.repeat(14)));
        double longer = ReportPdf.estimatePages(report(sentence.repeat(40)));
        double five = ReportPdf.estimatePages(report(sentence.repeat(5000 / sentence.length() + 1)));

        assertThat(empty).isZero();
        assertThat(short_).isGreaterThan(0.1).isLessThan(longer);
        assertThat(longer).isLessThan(five);
        assertThat(five).isGreaterThan(1.0).isLessThan(2.0);
        assertThat(ReportPdf.estimatePages(submitted.report())).isBetween(0.3, 1.0);
    }

    private static Report report(String description) {
        return new Report(1, 1, 2026, 1, ReportStatus.UTKAST, null, 0,
                description.isEmpty() ? Map.of() : Map.of(ReportTemplate.DESCRIPTION, description), List.of());
    }

    /** The lines of every page after the cover and the contents, stripped, blank lines left out. */
    private static List<String> bodyLines(Path pdf) throws Exception {
        List<String> pages = PdfChecks.pages(pdf);
        return pages.subList(2, pages.size()).stream().flatMap(page -> Arrays.stream(page.split("\\R")))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The lines after the first line equal to {@code start}, up to the next line that starts with {@code end}. */
    private static List<String> between(List<String> lines, String start, String end) {
        int from = lines.indexOf(start);
        assertThat(from).as("a line \"%s\"", start).isNotNegative();
        int to = from + 1;
        while (to < lines.size() && !lines.get(to).startsWith(end)) {
            to++;
        }
        assertThat(to).as("a line starting \"%s\" after \"%s\"", end, start).isLessThan(lines.size());
        return lines.subList(from + 1, to);
    }

    /** The first line at or after {@code from} that starts {@code title} as a heading of up to three lines. */
    private static int headingLine(List<String> lines, String title, int from) {
        for (int l = from; l < lines.size(); l++) {
            String joined = lines.get(l);
            for (int next = l + 1; joined.length() < title.length() && next < lines.size() && next <= l + 2; next++) {
                joined += " " + lines.get(next);
            }
            if (lines.get(l).equals(title) || title.startsWith(lines.get(l) + " ") && joined.equals(title)) {
                return l;
            }
        }
        return -1;
    }

    /**
     * The text set in the section headings' size, in reading order: consecutive lines of one heading
     * (a title wrapped onto two lines) joined with a space.
     */
    private static List<String> sectionHeadings(Path pdf) throws IOException {
        List<String> headings = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int page = -1;
            private float lastY = Float.NaN;

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                boolean heading = !positions.isEmpty() && positions.stream()
                        .allMatch(p -> Math.abs(p.getFontSizeInPt() - SECTION_SIZE) < 0.01f);
                if (!heading) {
                    lastY = Float.NaN;
                } else {
                    float y = positions.getFirst().getYDirAdj();
                    boolean sameHeading = page == getCurrentPageNo() && !Float.isNaN(lastY) && y >= lastY - 0.5f
                            && y - lastY < 1.6f * SECTION_SIZE;
                    if (sameHeading) {
                        headings.add(headings.removeLast() + " " + text.strip());
                    } else {
                        headings.add(text.strip());
                    }
                    page = getCurrentPageNo();
                    lastY = y;
                }
                super.writeString(text, positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(document);
        }
        return headings.stream().map(h -> h.replaceAll("\\s+", " ").strip()).toList();
    }

    /** A share as SurveyPdf prints it: rounded to a whole per cent ("89 %"). */
    private static String percent(Double share) {
        return share == null ? "–" : Math.round(share) + " %";
    }

    /** An average as ReflectionPdf prints it ("4,5"). */
    private static String decimal(double value) {
        return String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
    }

    /** The contents page as title → page number. */
    private static Map<String, Integer> contents(String page) {
        Map<String, Integer> entries = new java.util.LinkedHashMap<>();
        for (String line : page.split("\\R")) {
            Matcher matcher = CONTENTS_LINE.matcher(line.strip());
            if (matcher.matches() && line.contains(". .")) {
                entries.put(matcher.group(1).strip(), Integer.parseInt(matcher.group(2)));
            }
        }
        return entries;
    }

    /** The first page after the contents where {@code title} stands as a heading: its own line or lines. */
    private static int firstPageWithHeading(List<String> pages, String title) {
        for (int i = 2; i < pages.size(); i++) {
            List<String> lines = Arrays.stream(pages.get(i).split("\\R")).map(String::strip).toList();
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                if (line.equals(title)
                        || l + 1 < lines.size() && title.startsWith(line + " ") && (line + " " + lines.get(l + 1))
                        .equals(title)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
