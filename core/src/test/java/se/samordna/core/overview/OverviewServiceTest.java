package se.samordna.core.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

class OverviewServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Workspace workspace;
    private OverviewService overview;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().create();
        overview = workspace.service(OverviewService.class);
    }

    @Test
    void everyCentreHasARowGroupedByMunicipality() {
        Overview o = overview.compute(2026, TODAY);

        assertThat(o.rows().map(Overview.Row::centreId).sorted().toList())
                .isEqualTo(workspace.centres().list().stream().map(CentreSummary::id).sorted().toList());
        for (Overview.Group group : o.groups()) {
            assertThat(group.rows()).allMatch(r -> r.municipality().equals(group.municipality()));
        }
    }

    @Test
    void surveySharesAreTheSurveyResultsOfEachArea() {
        Overview o = overview.compute(2026, TODAY);
        int checked = 0;
        for (CentreSummary centre : workspace.centres().list()) {
            Overview.Row row = o.row(centre.id()).orElseThrow();
            Optional<SurveyResults> results = workspace.surveys().resultsFor(centre.id(), 2026);
            for (SurveyResults.AreaResult area : results.map(SurveyResults::areas).orElse(List.of())) {
                Cell cell = row.cell("survey." + area.area().name());
                if (results.get().respondents() < 5) {
                    assertThat(cell.mark()).isEqualTo(Mark.TOO_FEW);
                    continue;
                }
                long expected = Math.round(100.0 * area.counts().positive() / area.counts().counted());
                assertThat(cell.text()).isEqualTo(expected + " %");
                assertThat(cell.value()).isCloseTo(area.share(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(cell.mark()).isEqualTo(area.share() < area.target() ? Mark.BELOW_TARGET : Mark.NONE);
                assertThat(cell.source()).contains(area.counts().positive() + " av " + area.counts().counted());
                if (cell.marked()) {
                    assertThat(cell.printed()).endsWith("! under 85 %");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void reflectionAveragesAreTheAgreedRatingsOfTheYearsWorkshopWithTheChange() {
        int checked = 0;
        for (int year = 2024; year <= 2026; year++) {
            checked += reflectionChecked(year);
        }
        assertThat(checked).isGreaterThan(0);
    }

    private int reflectionChecked(int year) {
        Overview o = overview.compute(year, TODAY);
        int checked = 0;
        for (CentreSummary centre : workspace.centres().list()) {
            List<Workshop> history = workspace.reflection().history(centre.id());
            Optional<Workshop> now = chosen(history, year);
            Optional<Workshop> before = chosen(history, year - 1);
            if (now.isEmpty()) {
                continue;
            }
            Map<Area, OptionalDouble> averages = ReflectionMath.areaAverages(now.get());
            for (Area area : Area.values()) {
                Cell cell = o.row(centre.id()).orElseThrow().cell("reflection." + area.name());
                if (averages.get(area).isEmpty()) {
                    assertThat(cell).isEqualTo(Cell.EMPTY);
                    continue;
                }
                double expected = averages.get(area).getAsDouble();
                assertThat(cell.value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                String text = String.format(Locale.SV, "%.1f", expected);
                if (before.isPresent() && ReflectionMath.areaAverages(before.get()).get(area).isPresent()) {
                    double change = expected - ReflectionMath.areaAverages(before.get()).get(area).getAsDouble();
                    assertThat(cell.text()).startsWith(text + " (").contains(String.format(Locale.SV, "%.1f",
                            Math.abs(Math.round(change * 10) / 10.0)));
                } else {
                    assertThat(cell.text()).isEqualTo(text);
                }
                checked++;
            }
        }
        return checked;
    }

    @Test
    void fewerThanFiveFormsShowNoShareButSayTooFewAnswers() {
        long centre = newCentre("Familjecentralen Liten");
        Survey survey = workspace.surveys().forYear(centre, 2026);
        List<ResponseDraft> forms = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (SurveyItem item : survey.items()) {
                answers.put(item.key(), Answer.MYCKET_BRA);
            }
            forms.add(new ResponseDraft(i, "sv", Gender.KVINNA, Relation.FORALDER, null, "", answers));
        }
        workspace.surveys().importResponses(survey.id(), forms);

        Cell cell = overview.compute(List.of(centre), 2026, TODAY, EnumSet.of(Measure.SURVEY)).row(centre).orElseThrow()
                .cell("survey.TILLGANGLIGHET");

        assertThat(cell.mark()).isEqualTo(Mark.TOO_FEW);
        assertThat(cell.value()).isNull();
        assertThat(cell.printed()).isEqualTo("4 formulär – för få svar");
        assertThat(cell.source()).contains("4 formulär");
    }

    @Test
    void aReportNotSubmittedByTheFirstOfMarchIsLate() {
        long centre = newCentre("Familjecentralen Sen");

        Cell notStarted = overview.compute(List.of(centre), 2025, TODAY, EnumSet.of(Measure.REPORT)).row(centre)
                .orElseThrow().cell("report");
        workspace.reports().start(centre, 2025);
        Cell draft = overview.compute(List.of(centre), 2025, TODAY, EnumSet.of(Measure.REPORT)).row(centre)
                .orElseThrow().cell("report");
        Cell thisYear = overview.compute(List.of(centre), 2026, TODAY, EnumSet.of(Measure.REPORT)).row(centre)
                .orElseThrow().cell("report");

        assertThat(notStarted.printed()).isEqualTo("Ej påbörjad ! försenad");
        assertThat(draft.mark()).isEqualTo(Mark.LATE);
        assertThat(draft.text()).startsWith("Utkast, ").endsWith("% klart");
        assertThat(draft.source()).contains("förfaller 1 mars 2026");
        assertThat(thisYear.mark()).isEqualTo(Mark.NONE);
        assertThat(thisYear.text()).isEqualTo("Ej påbörjad");
    }

    @Test
    void anAgreementEndingWithinSixMonthsIsMarkedAndAMissingOneSaysSo() {
        LocalDateTime now = TODAY.atStartOfDay();
        AgreementSummary ending = new AgreementSummary(1, 1, AgreementKind.SAMORDNARE, "s", 2,
                AgreementStatus.UNDERTECKNAT, now, LocalDate.of(2025, 1, 10), null, LocalDate.of(2027, 3, 31));
        AgreementSummary lasting = new AgreementSummary(2, 1, AgreementKind.SAMORDNARE, "s", 2,
                AgreementStatus.UNDERTECKNAT, now, LocalDate.of(2025, 1, 10), null, LocalDate.of(2028, 3, 31));

        assertThat(OverviewService.agreementCell(AgreementKind.SAMORDNARE, List.of(ending), TODAY).printed())
                .isEqualTo("Undertecknat 2025-01-10 ! slutar 2027-03-31");
        assertThat(OverviewService.agreementCell(AgreementKind.SAMORDNARE, List.of(lasting), TODAY).marked()).isFalse();
        assertThat(OverviewService.agreementCell(AgreementKind.SAMVERKAN, List.of(), TODAY).printed())
                .isEqualTo("! saknas");
        long centre = newCentre("Familjecentralen Utan avtal");
        assertThat(overview.compute(List.of(centre), 2026, TODAY, EnumSet.of(Measure.AGREEMENTS)).row(centre)
                .orElseThrow().cell("agreement.SAMVERKAN").mark()).isEqualTo(Mark.MISSING);
    }

    @Test
    void aTrendGivesTheCentresValueYearByYear() {
        CentreSummary solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan"))
                .findFirst().orElseThrow();

        List<Overview.TrendPoint> trend = overview.trend(solsidan.id(), "survey.BEMOTANDE", List.of(2026, 2024, 2025),
                TODAY);

        assertThat(trend).extracting(Overview.TrendPoint::year).containsExactly(2024, 2025, 2026);
        for (Overview.TrendPoint point : trend) {
            Optional<SurveyResults> results = workspace.surveys().resultsFor(solsidan.id(), point.year());
            Double expected = results.flatMap(r -> r.areas().stream()
                    .filter(a -> a.area() == se.samordna.core.survey.SurveyArea.BEMOTANDE).findFirst())
                    .map(SurveyResults.AreaResult::share).orElse(null);
            if (results.isPresent() && results.get().respondents() >= 5) {
                assertThat(point.cell().value()).isEqualTo(expected);
            }
        }
    }

    @Test
    void thePdfAndTheWorkbookShowTheFiguresOfTheSurveyResults() throws Exception {
        Overview o = overview.compute(2026, TODAY);
        Path pdf = dir.resolve("oversikt.pdf");
        Path xlsx = dir.resolve("oversikt.xlsx");

        OverviewService.exportPdf(o, pdf);
        OverviewService.exportXlsx(o, xlsx);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Översikt 2026").contains("Källa:");
        List<String> expectedCells = new ArrayList<>();
        for (CentreSummary centre : workspace.centres().list()) {
            assertThat(text).contains(centre.name());
            workspace.surveys().resultsFor(centre.id(), 2026).filter(r -> r.respondents() >= 5).ifPresent(r -> {
                for (SurveyResults.AreaResult area : r.areas()) {
                    long share = Math.round(100.0 * area.counts().positive() / area.counts().counted());
                    expectedCells.add(share + " %" + (share < 85 && area.share() < 85 ? " ! under 85 %" : ""));
                }
            });
        }
        assertThat(expectedCells).isNotEmpty();
        for (String cell : expectedCells) {
            assertThat(text).contains(cell);
        }

        Map<String, Double> fromSheet = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("Översikt", "Uppgifter", "Kolumner");
            List<Row> rows = workbook.getSheets().toList().get(1).read();
            for (Row row : rows.subList(1, rows.size())) {
                row.getCellAsNumber(7).ifPresent(n -> fromSheet.put(row.getCellText(3) + "|" + row.getCellText(5),
                        n.doubleValue()));
                assertThat(row.getCellText(9)).isNotBlank();
            }
        }
        for (CentreSummary centre : workspace.centres().list()) {
            workspace.surveys().resultsFor(centre.id(), 2026).filter(r -> r.respondents() >= 5).ifPresent(r -> {
                for (SurveyResults.AreaResult area : r.areas()) {
                    assertThat(fromSheet.get(centre.name() + "|" + area.area().swedishName()))
                            .isCloseTo(Math.round(area.share() * 10) / 10.0, org.assertj.core.data.Offset.offset(1e-9));
                }
            });
        }
    }

    private static final class Locale {
        static final java.util.Locale SV = java.util.Locale.forLanguageTag("sv-SE");
    }

    private static Optional<Workshop> chosen(List<Workshop> history, int year) {
        return history.stream().filter(w -> w.details().year() == year)
                .max(Comparator.comparing((Workshop w) -> w.status() == WorkshopStatus.AVSLUTAD)
                        .thenComparing(w -> w.details().heldOn()).thenComparingLong(Workshop::id));
    }

    private long newCentre(String name) {
        return workspace.centres().create(new CentreDetails(name, CentreKind.FAMILJECENTRAL, "Östersund",
                "Region Jämtland Härjedalen", "", java.util.Set.of(), "")).id();
    }
}
