package se.samordna.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.i18n.Messages;
import se.samordna.app.report.ReportDestination;
import se.samordna.app.survey.SurveyDestination;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.overview.Column;
import se.samordna.core.overview.Measure;
import se.samordna.core.overview.Overview;
import se.samordna.core.overview.OverviewService;
import se.samordna.core.workspace.Workspace;

/** The Översikt page's model on a real workspace with the example data. */
class OverviewViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkContext work;
    private OverviewViewModel model;
    private final List<Destination> went = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        work = new WorkContext(2026);
        work.setCentres(workspace.centres().list(), -1);
        model = new OverviewViewModel(workspace.service(OverviewService.class), new SameThreadTaskRunner(),
                Messages.forLanguage("sv"), work, TestWorkspaces.CLOCK, went::add);
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyCentreIsShownWithEveryMeasureAtFirst() {
        assertThat(model.visible().rows().count()).isEqualTo(workspace.centres().list().size());
        assertThat(model.visible().columns()).extracting(Column::measure).containsAll(List.of(Measure.values()));
        assertThat(model.statusProperty().get()).contains("2026");
    }

    @Test
    void measuresNotChosenLeaveTheirColumnsOut() {
        model.shownProperty(Measure.REFLECTION).set(false);
        model.shownProperty(Measure.PLAN).set(false);

        assertThat(model.visible().columns()).extracting(Column::measure)
                .doesNotContain(Measure.REFLECTION, Measure.PLAN).contains(Measure.SURVEY);
    }

    @Test
    void aMunicipalityOrRegionChosenShowsOnlyItsCentres() {
        workspace.centres().create(new CentreDetails("Familjecentralen Norr", se.samordna.core.centre.CentreKind.FAMILJECENTRAL,
                "Kiruna", "Region Norrbotten", "", java.util.Set.of(), ""));
        model.load();
        assertThat(model.municipalities()).contains("", "Kiruna");
        assertThat(model.regions()).contains("", "Region Norrbotten");

        model.municipalityProperty().set("Kiruna");
        assertThat(model.visible().rows().map(Overview.Row::centre).toList()).containsExactly("Familjecentralen Norr");

        model.municipalityProperty().set("");
        model.regionProperty().set("Region Norrbotten");
        assertThat(model.visible().rows().map(Overview.Row::centre).toList()).containsExactly("Familjecentralen Norr");
    }

    @Test
    void aCellOpensThatCentresWorkWithTheCentreAndYearChosen() {
        Overview.Row row = model.visible().rows().filter(r -> r.centre().endsWith("Fyrklövern")).findFirst().orElseThrow();
        model.yearProperty().set(2025);

        model.open(row, model.visible().column("survey.BEMOTANDE").orElseThrow());
        model.open(row, model.visible().column("report").orElseThrow());

        assertThat(work.centre().id()).isEqualTo(row.centreId());
        assertThat(work.year()).isEqualTo(2025);
        assertThat(went).containsExactly(new SurveyDestination(SurveyDestination.Work.RESULTS), new ReportDestination(2025));
    }

    @Test
    void theTrendOfACentreFollowsTheChosenMeasureOverFiveYears() {
        Overview.Row row = model.visible().rows().filter(r -> r.centre().endsWith("Solsidan")).findFirst().orElseThrow();

        model.trendColumnProperty().set("survey.KOMPETENS");
        model.trendCentreProperty().set(row);

        assertThat(model.trend()).extracting(Overview.TrendPoint::year).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(model.trend().getLast().cell()).isEqualTo(row.cell("survey.KOMPETENS"));
    }

    @Test
    void theExportsWriteTheOverviewAsShown() throws Exception {
        model.shownProperty(Measure.WHEEL).set(false);
        Path pdf = dir.resolve("o.pdf");
        Path xlsx = dir.resolve("o.xlsx");
        List<String> said = new ArrayList<>();

        model.exportPdf(pdf, said::add);
        model.exportXlsx(xlsx, said::add);

        assertThat(Files.size(pdf)).isPositive();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(said.getFirst()).contains("o.pdf");
        assertThat(model.suggestedFileName("pdf")).isEqualTo("Översikt 2026.pdf");
    }
}
