package se.samordna.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.TestDatabases;
import se.samordna.core.audit.AuditedRecord;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.report.Report;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.workspace.Workspace;

/** The history list in words: on the server who changed what; on the laptop, where the history is kept. */
class HistoryViewModelTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path dir;

    private Workspace workspace;
    private HistoryViewModel model;
    private Centre centre;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.open(dir);
        workspace.exampleData().declineExamples();
        model = new HistoryViewModel(workspace.audit(), new SameThreadTaskRunner(), Messages.forLanguage("sv"),
                STOCKHOLM);
        centre = workspace.centres().create(CentreDetails.newCentre("Solrosen", "Krokom", "Jämtland"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void onTheLaptopTheListSaysTheHistoryIsKeptOnTheSharedServer() {
        Assumptions.assumeFalse(TestDatabases.onServer());
        workspace.centres().update(centre.id(), centre.details().withName("Solrosen Krokom"));

        model.load(new HistorySubject(AuditedRecord.CENTRE, centre.id(), "Solrosen Krokom"));

        assertThat(model.titleProperty().get()).isEqualTo("Historik: Solrosen Krokom");
        assertThat(model.recordedProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
        assertThat(model.noteProperty().get()).startsWith("Historiken förs på den delade servern.");
    }

    @Test
    void aCentresHistoryNamesWhoChangedWhichFieldFromWhatToWhatNewestFirst() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        workspace.centres().update(centre.id(), centre.details().withName("Solrosen Krokom")
                .withCatchmentArea("Krokom och Dvärsätt"));

        model.load(new HistorySubject(AuditedRecord.CENTRE, centre.id(), "Solrosen Krokom"));

        assertThat(model.recordedProperty().get()).isTrue();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.noteProperty().get()).isEmpty();
        HistoryRow newest = model.rows().getFirst();
        assertThat(newest.who()).isEqualTo(TestDatabases.settings().user());
        assertThat(newest.action()).isEqualTo("Ändrade");
        assertThat(newest.what()).isEqualTo("Familjecentral");
        assertThat(newest.changes()).isEqualTo("Namn: Solrosen → Solrosen Krokom\n"
                + "Upptagningsområde (lång text, innehållet visas inte)");
        assertThat(newest.when()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        // Creating it, with its services in words, came before.
        assertThat(model.rows()).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("Lade till");
            assertThat(row.what()).isEqualTo("Verksamhet: Mödrahälsovård (MHV)");
        });
        assertThat(model.rows()).anySatisfy(row -> {
            assertThat(row.what()).isEqualTo("Familjecentral");
            assertThat(row.changes()).contains("Slag: Familjecentral", "Kommun: Krokom");
        });
    }

    @Test
    void aReportFieldIsNamedByItsHeadingInTheTemplate() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        Report report = workspace.reports().start(centre.id(), 2026);
        workspace.reports().setField(report.id(), "pregnant", "42");
        String heading = ReportTemplate.field(2026, "pregnant").orElseThrow().title();

        model.load(new HistorySubject(AuditedRecord.ANNUAL_REPORT, report.id(), "Verksamhetsberättelse 2026",
                key -> ReportTemplate.field(2026, key).map(ReportTemplate.Field::title).orElse(key)));

        HistoryRow newest = model.rows().getFirst();
        assertThat(newest.what()).isEqualTo("Text i berättelsen: " + heading);
        assertThat(newest.changes()).isEqualTo("Innehåll (lång text, innehållet visas inte)");
    }

    @Test
    void columnsWithoutWordsAreMadeReadable() {
        assertThat(HistoryViewModel.readable("other_thing_id")).isEqualTo("Other thing id");
        assertThat(model.fieldName("notice_months")).isEqualTo("Uppsägningstid (månader)");
        assertThat(model.tableName("plan_checkpoint")).isEqualTo("Plan checkpoint");
    }
}
