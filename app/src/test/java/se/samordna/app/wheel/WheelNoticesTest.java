package se.samordna.app.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.feature.Notice;
import se.samordna.app.i18n.Messages;
import se.samordna.app.report.ReportDestination;
import se.samordna.app.survey.SurveyDestination;
import se.samordna.core.centre.Centre;
import se.samordna.core.report.ReportService;
import se.samordna.core.workspace.Workspace;

/** What Hem says from the wheel on the days a coordinator meets it: one model for every date. */
class WheelNoticesTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path dir;

    private Workspace workspace;
    private Centre fyrklovern;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        fyrklovern = workspace.centres().list().stream().filter(c -> c.name().equals("Familjecentralen Fyrklövern"))
                .map(c -> workspace.centres().get(c.id())).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void inJanuaryTheReportOfTheYearBeforeIsCalledForWithItsDueDateAndLeadsToIt() {
        List<Notice> notices = on(LocalDate.of(2027, 1, 15));
        Notice report = find(notices, "Verksamhetsberättelsen lämnas in 28/2");
        assertThat(report.level()).isEqualTo(Notice.Level.DUE);
        assertThat(report.text()).contains(Messages.forLanguage("sv").longDate(LocalDate.of(2027, 2, 28)));
        assertThat(report.destination()).isEqualTo(new ReportDestination(2026));
    }

    @Test
    void theReportIsLateOnlyAfterTheDueDateOfTheReport() {
        assertThat(find(on(ReportService.dueDate(2026)), "Verksamhetsberättelsen lämnas in 28/2").level())
                .isEqualTo(Notice.Level.DUE);
        Notice late = find(on(ReportService.dueDate(2026).plusDays(1)), "Verksamhetsberättelsen lämnas in 28/2");
        assertThat(late.level()).isEqualTo(Notice.Level.OVERDUE);
        assertThat(late.text()).contains("1 mars 2027");
    }

    @Test
    void fourWeeksBeforeTheSurveyWeeksTheFormsAreToBePrintedAndAfterThemTypedIn() {
        Notice before = find(on(LocalDate.of(2026, 10, 10)), "Föräldraenkät ska delas ut v.45-46");
        assertThat(before.destination()).isEqualTo(new SurveyDestination(SurveyDestination.Work.PRINT_FORMS));
        Notice after = find(on(LocalDate.of(2026, 11, 20)), "Föräldraenkät ska delas ut v.45-46");
        assertThat(after.level()).isEqualTo(Notice.Level.OVERDUE);
        assertThat(after.destination()).isEqualTo(new SurveyDestination(SurveyDestination.Work.TYPE_IN));
    }

    @Test
    void aLongListIsCutToFourOverdueAndFourComingAndTheRestCountedInOneLineToTheWheel() {
        List<Notice> notices = on(LocalDate.of(2026, 11, 23));
        assertThat(notices.stream().filter(n -> n.level() == Notice.Level.OVERDUE)).hasSize(WheelNotices.MOST);
        Notice more = notices.getLast();
        assertThat(more.text()).contains("i årshjulet");
        assertThat(more.destination()).isEqualTo(new WheelDestination(2026, -1));
        assertThat(notices.stream().filter(n -> n.level() == Notice.Level.OVERDUE).map(Notice::text))
                .as("work Samordna holds comes first").anyMatch(t -> t.startsWith("Föräldraenkät ska delas ut"));
    }

    private List<Notice> on(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        return new WheelNotices(workspace, Messages.forLanguage("sv"), clock).noticesFor(fyrklovern, day.getYear());
    }

    private static Notice find(List<Notice> notices, String start) {
        return notices.stream().filter(n -> n.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " not among " + notices.stream().map(Notice::text).toList()));
    }
}
