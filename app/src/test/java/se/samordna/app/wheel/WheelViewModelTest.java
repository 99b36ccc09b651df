package se.samordna.app.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.i18n.Messages;
import se.samordna.app.report.ReportDestination;
import se.samordna.app.survey.SurveyDestination;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.plan.PlanService;
import se.samordna.core.wheel.DateRange;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelExports;
import se.samordna.core.wheel.WheelProgress;
import se.samordna.core.wheel.WheelRule;
import se.samordna.core.wheel.WheelService;
import se.samordna.core.workspace.Workspace;

/** The Årshjul page's model on a real workspace with the example data: what the page shows and does. */
class WheelViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private WheelViewModel model;
    private final List<Destination> went = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), -1);
        model = new WheelViewModel(workspace.service(WheelService.class), runner, Messages.forLanguage("sv"), context,
                TestWorkspaces.CLOCK, went::add);
        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        model.attach();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCentreThatNeverOpenedItsWheelGetsBilaga6InTheOrderOfTheYear() {
        assertThat(model.occurrences()).hasSize(21);
        assertThat(model.occurrences()).extracting(Occurrence::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
        Occurrence report = named("Verksamhetsberättelsen lämnas in 28/2");
        assertThat(model.whenText(report)).isEqualTo("28/2");
        Occurrence survey = named("Föräldraenkät ska delas ut v.45-46");
        assertThat(model.whenText(survey)).isEqualTo("v.45–46 (2 nov–15 nov)");
        // 23 November 2026: the survey weeks are over and no form is typed in.
        assertThat(survey.status()).isEqualTo(OccurrenceStatus.OVERDUE);
        assertThat(model.statusText(survey)).isEqualTo("! Försenad");
        assertThat(model.summaryProperty().get()).startsWith("0 av 21 klara").endsWith("år 2026");
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void anActivityIsAddedWithItsRuleTickedByARoleMovedAndCancelledThisYearOnly() {
        ActivityEditorViewModel editor = model.editor(null);
        assertThat(editor.validProperty().get()).as("a name is needed").isFalse();
        editor.nameProperty().set("Föräldracafé med tolk 🌻 مقهى الآباء");
        editor.kindProperty().set(ActivityEditorViewModel.RuleKind.NTH_WEEKDAY);
        editor.nthProperty().set(2);
        editor.weekdayProperty().set(java.time.DayOfWeek.TUESDAY);
        editor.monthProperty().set(Month.MARCH);
        editor.leadDaysProperty().set(14);
        assertThat(editor.previewProperty().get()).isEqualTo("andra tisdagen i mars");
        assertThat(editor.validProperty().get()).isTrue();
        model.add(editor.draft(), () -> { });

        Occurrence cafe = model.selectedProperty().get();
        assertThat(cafe.activity().name()).isEqualTo("Föräldracafé med tolk 🌻 مقهى الآباء");
        assertThat(cafe.dates()).isEqualTo(DateRange.day(LocalDate.of(2026, 3, 10)));
        assertThat(model.whenText(cafe)).isEqualTo("andra tisdagen i mars (10 mars)");

        model.tick(cafe.activity().id(), LocalDate.of(2026, 3, 10), "Samordnare", "Tolk på arabiska och somaliska");
        cafe = model.selectedProperty().get();
        assertThat(cafe.status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(model.doneText(cafe)).isEqualTo("Klar 10 mars 2026, gjort av Samordnare.");

        Occurrence visit = named("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund");
        model.moveOccurrence(visit.activity().id(), new DateRange(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24)),
                "Skyddsombudet sjukt i oktober");
        visit = model.selectedProperty().get();
        assertThat(visit.moved()).isTrue();
        assertThat(visit.month()).isEqualTo(Month.NOVEMBER);
        assertThat(model.whenText(visit)).isEqualTo("24 nov (flyttad i år, annars oktober)");
        context.yearProperty().set(2027);
        assertThat(named("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund").moved())
                .as("next year as the rule says").isFalse();
        context.yearProperty().set(2026);

        Occurrence health = named("Hälsovecka v.39. planera aktiviteter");
        model.cancelOccurrence(health.activity().id(), "Ingen hälsovecka i kommunen i år");
        assertThat(named("Hälsovecka v.39. planera aktiviteter").status()).isEqualTo(OccurrenceStatus.CANCELLED);
        model.restoreOccurrence(health.activity().id());
        assertThat(named("Hälsovecka v.39. planera aktiviteter").status()).isEqualTo(OccurrenceStatus.OVERDUE);
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void theActionPlanMarkedSentTicksItsRowAndSaysSo() {
        PlanService plans = workspace.service(PlanService.class);
        long planId = plans.openForCentre(context.centre().id(), 2026).id();
        plans.markSent(planId, LocalDate.of(2026, 11, 20));
        model.refresh();
        Occurrence sent = named("Handlingsplanen skickas senast 1/12");
        assertThat(sent.status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(model.doneText(sent)).startsWith("Bockad av Samordna: handlingsplanen för 2026 är skickad");
        assertThat(model.workOf(sent)).as("the plan page comes with the plan's own link").isPresent();
    }

    @Test
    void aYearFromAugustIsNamedForBothYearsAndTheWheelStartsThere() {
        model.setStartMonth(Month.AUGUST);
        assertThat(model.yearProperty().get().year().label()).isEqualTo("2026/27");
        assertThat(model.yearProperty().get().year().months().getFirst()).isEqualTo(Month.AUGUST);
        assertThat(model.occurrences().getFirst().month()).isEqualTo(Month.SEPTEMBER);
        assertThat(model.fileName()).isEqualTo("Årshjul Familjecentralen Fyrklövern 2026-27");
    }

    @Test
    void theWorkBehindAnActivityIsWhereItsLinkLeads() {
        model.openWork(named("Föräldraenkät ska delas ut v.45-46"));
        model.openWork(named("Verksamhetsberättelsen lämnas in 28/2"));
        assertThat(went).containsExactly(new SurveyDestination(SurveyDestination.Work.TYPE_IN),
                new ReportDestination(2025));
        assertThat(model.workOf(named("Gå igenom årshjulet"))).as("work Samordna does not hold").isEmpty();
    }

    @Test
    void aChosenActivityFromALinkIsChosenOnceTheWheelIsRead() {
        Occurrence visit = named("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund");
        context.selectCentre(centre("Familjecentralen Lillsjön").id());
        model.choose(visit.activity().id()); // not in Lillsjön's wheel: kept until Fyrklövern's is read
        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        assertThat(model.selectedProperty().get().activity().id()).isEqualTo(visit.activity().id());
    }

    @Test
    void theYearIsWrittenAsACalendarFileThatReadsBackAndAsPdfOnA3() throws Exception {
        Path ics = dir.resolve("årshjul.ics");
        List<Integer> events = new ArrayList<>();
        model.exportCalendar(ics, events::add);
        ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
        assertThat(calendar.getEvents()).hasSize(events.getFirst()).hasSize(21);
        VEvent first = calendar.getEvents().getFirst();
        assertThat(first.getDateStart().getValue().hasTime()).as("all-day").isFalse();
        assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue())
                .contains("Föräldraenkät ska delas ut v.45-46");

        Path pdf = dir.resolve("årshjul.pdf");
        List<Boolean> done = new ArrayList<>();
        model.exportPdf(pdf, WheelExports.Kind.WHEEL_A3, () -> done.add(true));
        assertThat(done).containsExactly(true);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(new PDFTextStripper().getText(document)).contains("Självreflektion", "Samordnare");
        }
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void everyCentresWheelIsSideBySideActivityByActivity() {
        model.loadProgress();
        WheelProgress progress = model.progressProperty().get();
        long solsidan = centre("Familjecentralen Solsidan").id();
        long lillsjon = centre("Familjecentralen Lillsjön").id();
        long fyrklovern = centre("Familjecentralen Fyrklövern").id();
        assertThat(progress.centreIds()).containsExactlyInAnyOrder(solsidan, lillsjon, fyrklovern);
        WheelProgress.Row survey = progress.rows().stream().filter(r -> r.key().equals("B6-19")).findFirst()
                .orElseThrow();
        assertThat(survey.states()).containsEntry(solsidan, OccurrenceStatus.DONE)
                .containsEntry(lillsjon, OccurrenceStatus.DONE).containsEntry(fyrklovern, OccurrenceStatus.OVERDUE);
        assertThat(progress.rows()).as("a centre's own activity is only in its column")
                .anySatisfy(r -> assertThat(r.states()).containsOnlyKeys(solsidan));
        assertThat(model.progressSummary(progress, fyrklovern)).isEqualTo("Familjecentralen Fyrklövern: 0 av 21 klara");
        // Lillsjön plans from August: its year 2026 is 2026/27, read as its own wheel reads it.
        assertThat(progress.done().get(lillsjon)).isEqualTo(workspace.service(WheelService.class)
                .year(lillsjon, 2026, TestWorkspaces.CLOCK.instant().atZone(TestWorkspaces.CLOCK.getZone())
                        .toLocalDate()).occurrences().stream().filter(Occurrence::done).count());
    }

    @Test
    void theRulesReadInEnglishOnAnEnglishScreen() {
        Messages english = Messages.forLanguage("en");
        assertThat(WheelTexts.rule(english, new WheelRule.WeekRange(45, 46))).isEqualTo("weeks 45–46");
        assertThat(WheelTexts.rule(english, new WheelRule.FixedDate(28, Month.FEBRUARY))).isEqualTo("28 Feb");
        assertThat(WheelTexts.rule(english, new WheelRule.NthWeekday(WheelRule.NthWeekday.LAST,
                java.time.DayOfWeek.FRIDAY, Month.AUGUST))).isEqualTo("last Friday of August");
    }

    private Occurrence named(String name) {
        return model.occurrences().stream().filter(o -> o.activity().name().equals(name)).findFirst().orElseThrow();
    }

    private CentreSummary centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
