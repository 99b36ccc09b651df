package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The home screen's year events: overdue, under way and coming, each with where its work is. */
class YearEventsTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private YearEvents events;
    private WheelService wheel;
    private long centre;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), WheelServiceTest.CLOCK);
        workspace.exampleData().declineExamples();
        centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Test", "Krokom", "")).id();
        wheel = WheelServiceTest.service(workspace);
        events = new YearEvents(wheel);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void inOctoberTheSurveyIsComingFromFourWeeksAheadAndSeptembersWorkIsOverdue() {
        List<YearEvent> list = events.around(centre, LocalDate.of(2026, 10, 10), 2);

        assertThat(names(list, YearEvent.Kind.OVERDUE)).as("by date").containsExactly(
                "Tillsammans titta igenom samverkansavtalet.", "Gå igenom rutiner kring hot/våld, säkerhet på FC",
                "Hälsovecka v.39. planera aktiviteter");
        assertThat(names(list, YearEvent.Kind.NOW)).containsExactly(
                "Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund");
        assertThat(names(list, YearEvent.Kind.COMING)).containsExactly("Föräldraenkät ska delas ut v.45-46");
        YearEvent survey = list.stream().filter(e -> e.kind() == YearEvent.Kind.COMING).findFirst().orElseThrow();
        assertThat(new LocalDate[] {survey.date(), survey.deadline()}).isEqualTo(SurveyService.surveyWeeks(2026));
        assertThat(survey.work()).isEqualTo(new YearEvent.Work(AutoSource.SURVEY, 2026, null));
        assertThat(list.getFirst().work()).isEqualTo(new YearEvent.Work(AutoSource.AGREEMENT_REVIEW, 2026, null));
    }

    @Test
    void theReportIsDueByTheFirstOfMarchAndCountsTowardsIt() {
        List<YearEvent> list = events.around(centre, LocalDate.of(2027, 2, 10), 1);

        YearEvent report = list.stream().filter(e -> e.occurrence().activity().draft().autoSource()
                == AutoSource.REPORT).findFirst().orElseThrow();
        assertThat(report.kind()).isEqualTo(YearEvent.Kind.COMING);
        assertThat(report.deadline()).isEqualTo(ReportService.dueDate(2026));
        assertThat(report.daysLeft()).isEqualTo(ReportService.daysLeft(2026, LocalDate.of(2027, 2, 10)));
        assertThat(report.work()).isEqualTo(new YearEvent.Work(AutoSource.REPORT, 2026, null));
        assertThat(names(list, YearEvent.Kind.OVERDUE)).as("last year's December, at the turn of the year")
                .contains("Självreflektion", "Gå igenom årshjulet");
    }

    @Test
    void doneAndCancelledOccurrencesAreNotNews() {
        WheelActivity visit = wheel.activities(centre).stream()
                .filter(a -> a.name().equals("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund")).findFirst()
                .orElseThrow();
        wheel.cancelOccurrence(visit.id(), 2026, "");
        WheelActivity routines = wheel.activities(centre).stream()
                .filter(a -> a.name().startsWith("Gå igenom rutiner")).findFirst().orElseThrow();
        wheel.tick(routines.id(), 2026, LocalDate.of(2026, 9, 30), WheelRoles.SAMORDNARE, "");

        List<YearEvent> list = events.around(centre, LocalDate.of(2026, 10, 10), 2);

        assertThat(list).extracting(e -> e.occurrence().activity().id()).doesNotContain(visit.id(), routines.id());
    }

    private static List<String> names(List<YearEvent> events, YearEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(e -> e.occurrence().activity().name()).toList();
    }
}
