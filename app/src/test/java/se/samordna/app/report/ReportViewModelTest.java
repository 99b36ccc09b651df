package se.samordna.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Notice;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.FieldError;
import se.samordna.core.report.Missing;
import se.samordna.core.report.ReportService;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.report.VisitCategory;
import se.samordna.core.report.VisitImport;
import se.samordna.core.workspace.Workspace;

/** The report wizard's model on a real workspace: start, autosave, the step kept, completeness, import. */
class ReportViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private ReportViewModel model;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), -1);
        model = new ReportViewModel(workspace.reports(), workspace.surveys(), workspace.goals(), runner,
                Messages.forLanguage("sv"), context, TestWorkspaces.CLOCK);
        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        model.attach();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theDueDateIsOneDateWhereverItIsShown() {
        String due = "1 mars 2027";
        ReportNotices notices = new ReportNotices(workspace.reports(), Messages.forLanguage("sv"),
                TestWorkspaces.CLOCK);

        assertThat(ReportService.dueDate(2026)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(ReportService.dueText(2026)).isEqualTo(due);
        assertThat(model.startIntro()).contains("senast " + due + ".");
        assertThat(model.dueText()).endsWith(due);
        // Since the annual wheel, Hem's due line is the wheel's row counting to ReportService.dueDate;
        // the report's own notices only say that it was submitted.
        assertThat(notices.noticesFor(workspace.centres().get(centre("Familjecentralen Fyrklövern").id()), 2026))
                .extracting(Notice::text).isEmpty();
        model.start();
        model.goTo(model.sections().size() - 1);
        assertThat(model.sections().getFirst().title()).isEqualTo("Familjecentralen Fyrklövern");
        for (String text : List.of(model.startIntro(), model.dueText())) {
            assertThat(text).doesNotContain("28", "februari", "02-");
        }
    }

    @Test
    void aStartedReportKeepsWhatIsTypedAndReopensAtTheSameStep() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.content()).as("not started yet").isNull();
        assertThat(model.dueText()).isEqualTo("98 dagar kvar till 1 mars 2027");

        model.start();
        assertThat(model.report().field(ReportTemplate.CATCHMENT)).as("from the centre register")
                .isEqualTo("Krokom, Dvärsätt och Nälden");
        model.saveField(ReportTemplate.DESCRIPTION, "Fyrklövern ligger mitt i Krokom.", errors -> { });
        List<List<FieldError>> refused = new ArrayList<>();
        model.saveField("pregnant", "många", refused::add);
        model.goTo(2);

        ReportViewModel reopened = new ReportViewModel(workspace.reports(), workspace.surveys(), workspace.goals(),
                runner, Messages.forLanguage("sv"), context, TestWorkspaces.CLOCK);
        reopened.reload();
        assertThat(reopened.report().field(ReportTemplate.DESCRIPTION)).isEqualTo("Fyrklövern ligger mitt i Krokom.");
        assertThat(reopened.stepProperty().get()).isEqualTo(2);
        assertThat(refused).hasSize(1);
        assertThat(reopened.describe(refused.getFirst().getFirst())).isEqualTo("Skriv ett heltal från 0 till 1000000.");
        assertThat(reopened.report().field("pregnant")).isEmpty();
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void completenessNamesWhatIsMissingAndSubmissionWaitsForIt() {
        model.start();
        List<String> missing = model.missing().stream().filter(Missing::blocking).map(model::describe).toList();
        assertThat(missing).contains("Ingen besöksstatistik är inlagd.", "Beskrivning av familjecentralen",
                "Föräldraenkäten 2026 har inga inmatade svar.")
                .doesNotContain("Upptagningsområde");

        model.submit(() -> { });

        assertThat(runner.failures()).hasSize(1);
        assertThat(Messages.forLanguage("sv").describe(runner.failures().getFirst())).endsWith(
                "saker saknas fortfarande. Se listan under Granska och lämna in.");
        assertThat(model.report().frozen()).isFalse();
    }

    @Test
    void visitorStatisticsAreTypedOrImportedAllOrNothing() throws Exception {
        model.start();
        model.saveVisits(1, VisitCategory.OPPEN_FORSKOLA, 212);
        assertThat(model.report().visits(1, VisitCategory.OPPEN_FORSKOLA)).isEqualTo(212);

        Path file = dir.resolve("besok.csv");
        Files.writeString(file, "Månad;Öppen förskola;BVC\njanuari;300;80\nfebruari;tvåhundra;75\n",
                StandardCharsets.UTF_8);
        List<VisitImport.Preview> previews = new ArrayList<>();
        model.readVisits(file, previews::add);
        assertThat(previews.getFirst().problems()).hasSize(1);
        assertThat(model.describe(previews.getFirst().problems().getFirst())).contains("tvåhundra");

        Files.writeString(file, "Månad;Öppen förskola;BVC\njanuari;300;80\nfebruari;250;75\n", StandardCharsets.UTF_8);
        previews.clear();
        model.readVisits(file, previews::add);
        model.importVisits(previews.getFirst().counts(), () -> { });

        assertThat(model.report().visits(1, VisitCategory.OPPEN_FORSKOLA)).isEqualTo(300);
        assertThat(model.report().totalVisits(VisitCategory.BARNAVARDSCENTRAL)).isEqualTo(155);
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void theReportIsSavedAsPdfAndAsAWordDocumentWithWhatWasTyped() throws Exception {
        model.start();
        model.saveField(ReportTemplate.DESCRIPTION, "Fyrklövern ligger mitt i Krokom & nära skolan.", errors -> { });
        assertThat(model.fileName()).isEqualTo("Verksamhetsberättelse 2026 Familjecentralen Fyrklövern v1.pdf");
        assertThat(model.docxFileName()).isEqualTo("Verksamhetsberättelse 2026 Familjecentralen Fyrklövern v1.docx");

        Path docx = dir.resolve(model.docxFileName());
        List<Long> sizes = new ArrayList<>();
        model.exportDocx(docx, sizes::add);
        Path pdf = dir.resolve(model.fileName());
        List<Integer> pages = new ArrayList<>();
        model.exportPdf(pdf, written -> pages.add(written.pages()));

        assertThat(sizes).singleElement().satisfies(kilobytes -> assertThat(kilobytes).isPositive());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(document).contains("Fyrklövern ligger mitt i Krokom &amp; nära skolan.",
                    "Verksamhetsberättelse och plan 2026");
        }
        assertThat(pages).singleElement().satisfies(count -> assertThat(count).isGreaterThan(3));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(runner.failures()).isEmpty();
    }

    private CentreSummary centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
