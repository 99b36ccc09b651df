package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyPdf;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The example reports as PDFs, read back as a reader would see them and checked by veraPDF. */
class ReportPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?)[ .]*\\s(\\d+)");

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static ReportContent submitted;
    private static ReportContent draft;
    private static Path submittedPdf;
    private static Path draftPdf;
    private static FlowDocument.Report submittedResult;

    @BeforeAll
    static void renderTheExamples() throws Exception {
        workspace = Workspace.open(new DataDirectory(dir.resolve("data")), CLOCK);
        workspace.exampleData().create();
        long solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
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
                "Östersunds kommun", "Version 1", "Inlämnad 2026-11-23", "Utskriven ",
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
            List<String> titles = new java.util.ArrayList<>(List.of(ReportPdf.INTRODUCTION_TITLE));
            int year = pdf.equals(submittedPdf) ? 2025 : 2026;
            ReportTemplate.sections(year).stream().filter(ReportTemplate.Section::printed)
                    .forEach(s -> titles.add(s.title()));

            assertThat(contents.keySet()).containsExactlyElementsOf(titles);
            assertThat(contents.keySet()).doesNotContain("Granska och lämna in");
            for (String title : titles) {
                assertThat(firstPageWithHeading(pages, title)).as(title).isEqualTo(contents.get(title));
            }
        }
    }

    @Test
    void anEmptyRequiredFieldIsMarkedInTheDraftOnly() throws Exception {
        String draftText = PdfChecks.bodyText(PdfChecks.pages(draftPdf), List.of());
        String submittedText = PdfChecks.bodyText(PdfChecks.pages(submittedPdf), List.of());

        assertThat(draftText).contains("Analys " + ReportPdf.NOT_WRITTEN, "Handledning " + ReportPdf.NOT_WRITTEN);
        assertThat(draftText).contains("Ingen självreflektion genomförd 2026.");
        assertThat(submittedText).doesNotContain(ReportPdf.NOT_WRITTEN);
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
