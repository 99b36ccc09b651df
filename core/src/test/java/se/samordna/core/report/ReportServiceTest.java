package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The report on a real H2 workspace: started, written, checked for completeness, submitted, versioned. */
class ReportServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReportService reports;
    private long centre;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().declineExamples();
        centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Test", "Krokom", "")
                .withCatchmentArea("Krokom, Dvärsätt och Nälden")).id();
        reports = workspace.reports();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void startFillsInTheCatchmentAreaFromTheCentreAndReturnsTheSameReportAgain() {
        Report report = reports.start(centre, YEAR);

        assertThat(report.version()).isEqualTo(1);
        assertThat(report.status()).isEqualTo(ReportStatus.UTKAST);
        assertThat(report.field(ReportTemplate.CATCHMENT)).isEqualTo("Krokom, Dvärsätt och Nälden");
        assertThat(reports.start(centre, YEAR).id()).isEqualTo(report.id());
        assertThat(reports.list(centre)).hasSize(1);
    }

    @Test
    void numberFieldsTakeWholeNumbersOnlyAndTextIsStoredTrimmed() {
        Report report = reports.start(centre, YEAR);

        assertThat(ReportService.validate(YEAR, "pregnant", "42")).isEmpty();
        assertThat(ReportService.validate(YEAR, "pregnant", "")).isEmpty();
        assertThat(ReportService.validate(YEAR, "pregnant", "4x")).extracting(e -> e.messageKey())
                .containsExactly("report.number");
        assertThat(ReportService.validate(YEAR, "pregnant", "-3")).isNotEmpty();
        assertThat(ReportService.validate(YEAR, "pregnant", "2000000")).isNotEmpty();
        assertThatThrownBy(() -> reports.setField(report.id(), "enrolledChildren", "många"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> reports.setField(report.id(), "noSuchField", "x"))
                .isInstanceOf(IllegalArgumentException.class);

        Report written = reports.setField(report.id(), "pregnant", " 42 ");
        written = reports.setField(written.id(), ReportTemplate.DESCRIPTION, "  Vi finns i Krokom.\n\nMer text.  ");

        assertThat(written.field("pregnant")).isEqualTo("42");
        assertThat(written.field(ReportTemplate.DESCRIPTION)).isEqualTo("Vi finns i Krokom.\n\nMer text.");
        assertThat(reports.setField(written.id(), "pregnant", "").fields()).doesNotContainKey("pregnant");
    }

    @Test
    void completenessListsTheEmptyRequiredFieldsAndTheMissingSurvey() {
        Report report = reports.start(centre, YEAR);

        List<Missing> missing = ReportService.completeness(reports.content(report.id()));

        assertThat(missing).filteredOn(m -> m.messageKey().equals("report.missing.field"))
                .extracting(m -> m.arguments().getFirst())
                .contains("Beskrivning av familjecentralen", "Antal gravida", "Handledning", "Analys")
                .doesNotContain("Upptagningsområde", "Samhällsstruktur");
        assertThat(missing).filteredOn(m -> m.messageKey().equals("report.missing.survey"))
                .singleElement().satisfies(m -> {
                    assertThat(m.blocking()).isTrue();
                    assertThat(m.arguments()).containsExactly(YEAR);
                });
        assertThat(missing).extracting(Missing::messageKey).contains("report.missing.visits", "report.missing.nextGoals");

        reports.setField(report.id(), ReportTemplate.DESCRIPTION, "Familjecentralen ligger mitt i Krokom.");
        assertThat(ReportService.completeness(reports.content(report.id())))
                .noneMatch(m -> m.arguments().contains("Beskrivning av familjecentralen"));
    }

    @Test
    void submitIsRefusedWhileSomethingRequiredIsMissing() {
        Report report = reports.start(centre, YEAR);
        reports.setField(report.id(), ReportTemplate.DESCRIPTION, "Bara början.");

        assertThatThrownBy(() -> reports.submit(report.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.incomplete"));
        assertThat(reports.get(report.id()).frozen()).isFalse();
    }

    @Test
    void aCompleteReportIsSubmittedAndThenFrozen() {
        Report report = complete();

        assertThat(ReportService.completeness(reports.content(report.id()))).noneMatch(Missing::blocking);
        assertThatThrownBy(() -> reports.submit(report.id(), LocalDate.of(2026, 12, 1)))
                .as("not in the future").isInstanceOf(se.samordna.core.common.ValidationException.class);
        Report submitted = reports.submit(report.id());

        assertThat(submitted.status()).isEqualTo(ReportStatus.INLAMNAD);
        assertThat(submitted.submittedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> reports.setField(report.id(), "analysis", "Ändrat i efterhand"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.frozen"));
        assertThatThrownBy(() -> reports.setVisits(report.id(), 1, VisitCategory.OPPEN_FORSKOLA, 1))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> reports.submit(report.id())).isInstanceOf(UserFacingException.class);
        assertThat(reports.get(report.id()).field("analysis")).isEqualTo("Text för Analys.");
    }

    @Test
    void aNewVersionCarriesOverEverythingWrittenAndCounted() {
        Report draft = reports.start(centre, YEAR);
        assertThatThrownBy(() -> reports.newVersion(draft.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.notSubmitted"));
        Report submitted = reports.submit(complete().id());

        Report next = reports.newVersion(submitted.id());

        assertThat(next.id()).isNotEqualTo(submitted.id());
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ReportStatus.UTKAST);
        assertThat(next.fields()).isEqualTo(submitted.fields());
        assertThat(next.visits()).isEqualTo(submitted.visits());
        assertThat(reports.latest(centre, YEAR)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(next.id()));
        assertThat(reports.setField(next.id(), "analysis", "Rättad analys.").field("analysis"))
                .isEqualTo("Rättad analys.");
        assertThat(reports.get(submitted.id()).field("analysis")).isEqualTo("Text för Analys.");
    }

    /** A report with every required field, a year of visits, a survey with answers and two goals for next year. */
    private Report complete() {
        Survey survey = workspace.surveys().forYear(centre, YEAR);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (SurveyItem item : survey.items()) {
            answers.put(item.key(), Answer.MYCKET_BRA);
        }
        workspace.surveys().importResponses(survey.id(), List.of(new ResponseDraft(1, "sv", Gender.KVINNA,
                Relation.FORALDER, null, "Bra!", answers)));
        for (String goal : List.of("Fler pappor i öppna förskolan", "Gemensam rutin för hembesök")) {
            long id = workspace.goals().add(centre, YEAR + 1, GoalSource.EGET, null, null,
                    new GoalDraft(goal, "", "", "", null)).id();
            workspace.goals().setPrioritized(id, true);
        }
        Report report = reports.start(centre, YEAR);
        for (ReportTemplate.Section section : ReportTemplate.sections(YEAR)) {
            for (ReportTemplate.Field field : section.fields()) {
                if (field.required()) {
                    String text = field.kind() == ReportTemplate.Kind.NUMBER ? "7" : "Text för " + field.title() + ".";
                    reports.setField(report.id(), field.key(), text);
                }
            }
        }
        List<VisitCount> visits = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (VisitCategory category : VisitCategory.values()) {
                visits.add(new VisitCount(month, category, month * 10));
            }
        }
        return reports.importVisits(report.id(), visits);
    }
}
