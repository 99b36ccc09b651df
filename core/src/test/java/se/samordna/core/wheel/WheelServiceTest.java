package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementReview;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The wheel on a real H2 workspace: Bilaga 6 given once, edited, moved, ticked by hand and by the work itself. */
class WheelServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private Workspace workspace;
    private WheelService wheel;
    private long centre;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().declineExamples();
        centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Test", "Krokom", "")).id();
        wheel = service(workspace);
    }

    static WheelService service(Workspace workspace) {
        return new WheelService(workspace.database(), workspace.reflection(), workspace.surveys(),
                workspace.reports(), workspace.agreements(), workspace.clock());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCentreIsGivenBilaga6TheFirstTimeItsWheelIsReadAndOnlyThen() {
        WheelYear year = wheel.year(centre, 2026, TODAY);

        // Bilaga 6's twenty rows, and Samordna's own for the action plan (seed 004: sent by 1 December).
        assertThat(year.occurrences()).hasSize(21);
        assertThat(year.occurrences()).extracting(o -> o.activity().name()).startsWith("Självreflektion",
                "Gå igenom årshjulet", "Verksamhetsberättelsen lämnas in 28/2")
                .endsWith("Självreflektion", "Handlingsplanen skickas senast 1/12");
        assertThat(year.occurrences()).extracting(Occurrence::number).startsWith(1, 2, 3).endsWith(20, 21);
        assertThat(year.occurrences()).filteredOn(o -> o.activity().fromBilaga6()).hasSize(20);
        assertThat(year.occurrences().getLast().activity().draft().autoSource()).isEqualTo(AutoSource.PLAN);
        assertThat(year.byMonth().get(Month.JULY)).isEmpty();
        assertThat(year.byMonth().keySet()).hasSize(12);
        assertThat(year.roles()).containsExactly(WheelRoles.SAMORDNARE, WheelRoles.LEDNINGSGRUPPEN,
                WheelRoles.VERKSAMHETSCHEF);
        assertThat(wheel.year(centre, 2027, TODAY).occurrences()).hasSize(21);

        wheel.activities(centre).forEach(a -> wheel.remove(a.id()));
        assertThat(wheel.year(centre, 2026, TODAY).occurrences()).as("not given again once removed").isEmpty();
        assertThat(wheel.restoreBilaga6(centre)).isEqualTo(20);
        assertThat(wheel.activities(centre)).hasSize(20);
    }

    @Test
    void anUnknownCentreHasNoWheel() {
        assertThatThrownBy(() -> wheel.year(9999, 2026, TODAY)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anActivityIsCheckedLikeEveryOtherFieldAndItsRuleCarriesOverToEveryYear() {
        ActivityDraft empty = new ActivityDraft(" ", "", null, 200, "x".repeat(2001), null);
        assertThat(wheel.validate(empty)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("responsible", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("rule", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("leadDays", "wheel.leadDaysRange"),
                org.assertj.core.groups.Tuple.tuple("note", "validation.tooLong"));
        assertThatThrownBy(() -> wheel.add(centre, empty)).isInstanceOf(ValidationException.class);

        WheelActivity own = wheel.add(centre, new ActivityDraft("Planeringsdag med BVC", "BVC-sjuksköterskan",
                new WheelRule.NthWeekday(2, java.time.DayOfWeek.TUESDAY, Month.JUNE), 7, "Ta med årsstatistiken",
                null));

        assertThat(own.fromBilaga6()).isFalse();
        assertThat(wheel.roles(centre)).containsExactly(WheelRoles.SAMORDNARE, WheelRoles.LEDNINGSGRUPPEN,
                WheelRoles.VERKSAMHETSCHEF, "BVC-sjuksköterskan");
        Occurrence in2026 = find(wheel.year(centre, 2026, TODAY), own.id());
        Occurrence in2027 = find(wheel.year(centre, 2027, TODAY), own.id());
        assertThat(in2026.dates().start()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(in2027.dates().start()).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(wheel.year(centre, 2026, TODAY).byMonth().get(Month.JUNE)).extracting(o -> o.activity().id())
                .containsExactly(own.id());
    }

    @Test
    void activitiesMoveWithinTheirMonth() {
        List<WheelActivity> march = wheel.activities(centre).stream()
                .filter(a -> a.rule().month() == Month.MARCH).toList();
        wheel.move(march.get(2).id(), -1);

        assertThat(wheel.year(centre, 2026, TODAY).byMonth().get(Month.MARCH)).extracting(o -> o.activity().name())
                .containsExactly("Ledningsgruppen sammanställer verksamhetsberättelsen", "Godkänna sommarsemestrar",
                        "Planera sommarsemester", "Överenskomma och godkänna gemensam plan");
        wheel.move(march.get(0).id(), -1);
        assertThat(wheel.activities(centre).stream().filter(a -> a.rule().month() == Month.MARCH).findFirst()
                .orElseThrow().id()).as("the first stays first").isEqualTo(march.get(0).id());
    }

    @Test
    void oneYearsOccurrenceIsMovedOrCancelledWithoutChangingTheRule() {
        WheelActivity visit = byName("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund");
        DateRange moved = new DateRange(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10));
        wheel.moveOccurrence(visit.id(), 2026, moved, "Flyttat efter höstlovet");

        Occurrence o = find(wheel.year(centre, 2026, TODAY), visit.id());
        assertThat(o.dates()).isEqualTo(moved);
        assertThat(o.ruleDates().start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(o.month()).isEqualTo(Month.NOVEMBER);
        assertThat(o.change().note()).isEqualTo("Flyttat efter höstlovet");
        assertThat(find(wheel.year(centre, 2027, TODAY), visit.id()).dates().start())
                .isEqualTo(LocalDate.of(2027, 10, 1));

        wheel.cancelOccurrence(visit.id(), 2026, "Ingen rond i år");
        assertThat(find(wheel.year(centre, 2026, TODAY), visit.id()).status()).isEqualTo(OccurrenceStatus.CANCELLED);
        wheel.restoreOccurrence(visit.id(), 2026);
        assertThat(find(wheel.year(centre, 2026, TODAY), visit.id()).change()).isNull();
    }

    @Test
    void aTickSaysWhenAndByWhichRoleAndIsRefusedForTheFuture() {
        WheelActivity plan = byName("Överenskomma och godkänna gemensam plan");
        assertThatThrownBy(() -> wheel.tick(plan.id(), 2026, TODAY.plusDays(1), "Ledningsgruppen", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("wheel.doneInFuture"));
        assertThatThrownBy(() -> wheel.tick(plan.id(), 2026, TODAY, " ", ""))
                .isInstanceOf(ValidationException.class);
        assertThat(find(wheel.year(centre, 2026, TODAY), plan.id()).status()).isEqualTo(OccurrenceStatus.OVERDUE);

        wheel.tick(plan.id(), 2026, LocalDate.of(2026, 3, 20), "Ledningsgruppen", "Protokoll 3/2026");
        Occurrence ticked = find(wheel.year(centre, 2026, TODAY), plan.id());
        assertThat(ticked.tick()).isEqualTo(new ManualTick(LocalDate.of(2026, 3, 20), "Ledningsgruppen",
                "Protokoll 3/2026"));
        assertThat(ticked.status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(find(wheel.year(centre, 2027, TODAY), plan.id()).tick()).as("a tick is the year's").isNull();

        wheel.untick(plan.id(), 2026);
        assertThat(find(wheel.year(centre, 2026, TODAY), plan.id()).tick()).isNull();
    }

    @Test
    void whereAnOccurrenceStandsOnAGivenDay() {
        WheelYear year = wheel.year(centre, 2026, LocalDate.of(2026, 10, 20));
        assertThat(status(year, "Hälsovecka v.39. planera aktiviteter")).isEqualTo(OccurrenceStatus.OVERDUE);
        assertThat(status(year, "Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund"))
                .isEqualTo(OccurrenceStatus.NOW);
        // Lead time 28 days: week 45 starts 2 November.
        assertThat(status(year, "Föräldraenkät ska delas ut v.45-46")).isEqualTo(OccurrenceStatus.DUE_SOON);
        assertThat(status(year, "Barnkonventionens dag (vecka) Planera aktiviteter"))
                .isEqualTo(OccurrenceStatus.DUE_SOON);
        assertThat(status(year, "Självreflektion")).isEqualTo(OccurrenceStatus.OVERDUE); // January's, first in the list
        assertThat(find(year, byName("Självreflektion").id()).dates().start().getMonth()).isEqualTo(Month.JANUARY);
        WheelYear early = wheel.year(centre, 2026, LocalDate.of(2026, 9, 1));
        assertThat(status(early, "Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund"))
                .isEqualTo(OccurrenceStatus.LATER);
    }

    @Test
    void theReportIsLateOnlyAfterTheFirstOfMarchThoughTheWheelSays28February() {
        WheelActivity report = byName("Verksamhetsberättelsen lämnas in 28/2");
        Occurrence o = find(wheel.year(centre, 2027, LocalDate.of(2027, 3, 1)), report.id());
        assertThat(o.dates().start()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(o.deadline()).isEqualTo(se.samordna.core.report.ReportService.dueDate(2026))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(o.status()).isEqualTo(OccurrenceStatus.NOW);
        assertThat(find(wheel.year(centre, 2027, LocalDate.of(2027, 3, 2)), report.id()).status())
                .isEqualTo(OccurrenceStatus.OVERDUE);
        assertThat(find(wheel.year(centre, 2027, LocalDate.of(2027, 1, 30)), report.id()).status())
                .as("30 days' lead").isEqualTo(OccurrenceStatus.DUE_SOON);
    }

    @Test
    void aYearStartingInAugustRunsFromAugustAndKeepsItsTicksByPlanYear() {
        wheel.setStartMonth(centre, Month.AUGUST);
        assertThat(wheel.startMonth(centre)).isEqualTo(Month.AUGUST);
        assertThat(wheel.planYearOf(centre, LocalDate.of(2027, 3, 1))).isEqualTo(new PlanYear(2026, Month.AUGUST));

        WheelYear year = wheel.year(centre, 2026, TODAY);
        assertThat(year.byMonth().keySet()).first().isEqualTo(Month.AUGUST);
        assertThat(year.occurrences().getFirst().activity().rule().month()).isEqualTo(Month.SEPTEMBER);
        assertThat(find(year, byName("Verksamhetsberättelsen lämnas in 28/2").id()).dates().start())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    // --- ticked by the work itself ---

    @Test
    void aWorkshopHeldInTheMonthTicksSjalvreflektion() {
        long workshop = workspace.reflection().start(centre, new WorkshopDetails(2026, LocalDate.of(2026, 1, 20), 5,
                "")).id();

        List<Occurrence> reflections = wheel.year(centre, 2026, TODAY).occurrences().stream()
                .filter(o -> o.activity().draft().autoSource() == AutoSource.WORKSHOP).toList();
        assertThat(reflections.getFirst().autoTick())
                .isEqualTo(new AutoTick(AutoSource.WORKSHOP, workshop, 2026, LocalDate.of(2026, 1, 20)));
        assertThat(reflections.getFirst().status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(reflections.getLast().autoTick()).as("December's is another workshop").isNull();
    }

    @Test
    void formsTypedInTickTheSurveyAndARenamedActivityStillTicks() {
        WheelActivity survey = byName("Föräldraenkät ska delas ut v.45-46");
        assertThat(find(wheel.year(centre, 2026, TODAY), survey.id()).autoTick()).isNull();
        wheel.update(survey.id(), survey.draft().withName("Föräldraenkäten delas ut"));

        Survey forms = workspace.surveys().forYear(centre, 2026);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (SurveyItem item : forms.items()) {
            answers.put(item.key(), Answer.MYCKET_BRA);
        }
        workspace.surveys().importResponses(forms.id(), List.of(new ResponseDraft(1, "sv", Gender.KVINNA,
                Relation.FORALDER, null, "", answers)));

        Occurrence o = find(wheel.year(centre, 2026, TODAY), survey.id());
        assertThat(o.activity().name()).isEqualTo("Föräldraenkäten delas ut");
        assertThat(o.autoTick()).isEqualTo(new AutoTick(AutoSource.SURVEY, forms.id(), 2026, null));
        assertThat(find(wheel.year(centre, 2027, TODAY), survey.id()).autoTick()).isNull();
    }

    @Test
    void theReportOfTheYearBeforeSubmittedTicksTheFebruaryHandIn() {
        long report = workspace.reports().start(centre, 2025).id();
        workspace.database().transaction(ctx -> ctx.execute("UPDATE annual_report SET status = 'INLAMNAD', "
                + "submitted_on = DATE '2026-02-20' WHERE id = " + report));

        WheelActivity handIn = byName("Verksamhetsberättelsen lämnas in 28/2");
        assertThat(find(wheel.year(centre, 2026, TODAY), handIn.id()).autoTick())
                .isEqualTo(new AutoTick(AutoSource.REPORT, report, 2025, LocalDate.of(2026, 2, 20)));
        assertThat(find(wheel.year(centre, 2027, TODAY), handIn.id()).autoTick()).isNull();
    }

    @Test
    void anAgreementMarkedReviewedTicksTheSeptemberReviewOfThatYear() {
        long agreement = workspace.agreements().create(centre, AgreementKind.SAMVERKAN).id();
        assertThatThrownBy(() -> workspace.agreements().markReviewed(agreement, TODAY.plusDays(1), "Samordnare", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("agreement.reviewedOnRange"));
        assertThatThrownBy(() -> workspace.agreements().markReviewed(agreement, TODAY, "", ""))
                .isInstanceOf(ValidationException.class);

        AgreementReview review = workspace.agreements().markReviewed(agreement, LocalDate.of(2026, 9, 15),
                " Samordnare ", "Med ledningsgruppen");

        assertThat(review.reviewedBy()).isEqualTo("Samordnare");
        assertThat(workspace.agreements().reviews(centre)).containsExactly(review);
        WheelActivity together = byName("Tillsammans titta igenom samverkansavtalet.");
        assertThat(find(wheel.year(centre, 2026, TODAY), together.id()).autoTick())
                .isEqualTo(new AutoTick(AutoSource.AGREEMENT_REVIEW, agreement, 2026, LocalDate.of(2026, 9, 15)));
        assertThat(find(wheel.year(centre, 2025, TODAY), together.id()).autoTick()).isNull();

        workspace.agreements().removeReview(review.id());
        assertThat(find(wheel.year(centre, 2026, TODAY), together.id()).autoTick()).isNull();
    }

    @Test
    void aCentresOwnActivityCanBeTickedByTheWorkToo() {
        WheelActivity own = wheel.add(centre, new ActivityDraft("Extra workshop i juni", WheelRoles.SAMORDNARE,
                new WheelRule.WholeMonth(Month.JUNE), 0, "", AutoSource.WORKSHOP));
        workspace.reflection().start(centre, new WorkshopDetails(2026, LocalDate.of(2026, 6, 3), 4, ""));

        assertThat(find(wheel.year(centre, 2026, TODAY), own.id()).done()).isTrue();
    }

    @Test
    void removingTheCentreRemovesItsWheel() {
        wheel.year(centre, 2026, TODAY);
        wheel.tick(byName("Familjecentralens dag").id(), 2026, LocalDate.of(2026, 5, 20), "Samordnare", "");
        workspace.centres().delete(centre);

        int left = workspace.database().transactionResult(ctx -> ctx.fetchCount(ctx.selectFrom("wheel_activity"))
                + ctx.fetchCount(ctx.selectFrom("wheel_tick")) + ctx.fetchCount(ctx.selectFrom("wheel_centre")));
        assertThat(left).isZero();
    }

    private WheelActivity byName(String name) {
        return wheel.activities(centre).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static Occurrence find(WheelYear year, long activityId) {
        return year.occurrences().stream().filter(o -> o.activity().id() == activityId).findFirst().orElseThrow();
    }

    private static OccurrenceStatus status(WheelYear year, String name) {
        return year.occurrences().stream().filter(o -> o.activity().name().equals(name)).findFirst().orElseThrow()
                .status();
    }
}
