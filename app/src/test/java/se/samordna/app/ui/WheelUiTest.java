package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import se.samordna.app.wheel.ActivityEditorViewModel;
import se.samordna.app.wheel.WheelFeature;
import se.samordna.app.wheel.WheelViewModel;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelActivity;
import se.samordna.core.wheel.WheelRule;
import se.samordna.core.wheel.WheelService;

/**
 * Årshjul as a coordinator uses it: the wheel and the list choose together, an activity is added with
 * its rule through the dialog and ticked done by a role, and the year goes out as a calendar file and a
 * PDF through the file dialogs (with the centre's name no file system likes).
 */
class WheelUiTest extends AppWithFileDialogs {
    private static final String CAFE = "Föräldracafé med tolk 🌻 مقهى الآباء";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void theWheelAndTheListChooseTheSameActivityByClickAndByArrowKey(FxRobot robot) {
        WheelViewModel model = showWheel(robot);
        robot.clickOn("#wheelMarker-3");
        TableView<?> list = robot.lookup("#wheelList").queryAs(TableView.class);
        assertThat(((Occurrence) list.getSelectionModel().getSelectedItem()).number()).isEqualTo(3);
        assertThat(model.selectedProperty().get().activity().name()).isEqualTo("Verksamhetsberättelsen lämnas in 28/2");

        robot.type(KeyCode.RIGHT);
        assertThat(((Occurrence) list.getSelectionModel().getSelectedItem()).number()).isEqualTo(4);

        robot.interact(() -> list.getSelectionModel().select(7));
        assertThat(model.selectedProperty().get().number()).isEqualTo(8);
        assertThat(robot.lookup("#wheelDetails").queryLabeled().getText()).startsWith("8. ");
    }

    @Test
    void anActivityIsAddedThroughTheDialogTickedByARoleAndTheYearSavedAsCalendarAndPdf(FxRobot robot)
            throws Exception {
        WheelViewModel model = showWheel(robot);
        robot.clickOn("#wheelAdd");
        robot.clickOn("#activityName").write(CAFE);
        ComboBox<?> kind = robot.lookup("#activityRuleKind").queryAs(ComboBox.class);
        robot.interact(() -> select(kind, ActivityEditorViewModel.RuleKind.WEEKS));
        typeNumber(robot, "#activityFromWeek", "10");
        typeNumber(robot, "#activityToWeek", "11");
        robot.clickOn("#activityNote");
        robot.write("Tolk bokas via kommunens tolkservice");
        assertThat(robot.lookup("#activityRulePreview").queryLabeled().getText()).isEqualTo("v.10–11");
        robot.clickOn("#saveActivityButton");
        WaitForAsyncUtils.waitForFxEvents();

        WheelActivity saved = workspace.service(WheelService.class).activities(solsidan).stream()
                .filter(a -> a.name().equals(CAFE)).findFirst().orElseThrow();
        assertThat(saved.rule()).isEqualTo(new WheelRule.WeekRange(10, 11));
        assertThat(saved.draft().note()).isEqualTo("Tolk bokas via kommunens tolkservice");
        assertThat(model.selectedProperty().get().activity().id()).as("the new one is chosen").isEqualTo(saved.id());

        robot.clickOn("#wheelTick");
        robot.clickOn("#tickNote").write("Tolk på arabiska");
        robot.clickOn("#confirmTickButton");
        WaitForAsyncUtils.waitForFxEvents();
        Occurrence ticked = model.selectedProperty().get();
        assertThat(ticked.status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(ticked.tick().doneBy()).isEqualTo("Samordnare");
        assertThat(ticked.tick().doneOn()).isEqualTo(LocalDate.of(2026, 11, 23));

        Path ics = out("hjulet.ics");
        files.answer(ics);
        export(robot, "#wheelExportIcs");
        assertThat(closeInfo(robot)).contains(ics.toString());
        assertSaveAsked("Årshjul Familjecentralen Solsidan", ".ics");
        ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
        VEvent cafe = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().equals(CAFE)).findFirst()
                .orElseThrow();
        assertThat(cafe.getDateStart().getValue().hasTime()).isFalse();
        assertThat(cafe.getDescription().getValue()).contains("Samordnare", "Tolk bokas via kommunens tolkservice");
        String again = Files.readString(ics);
        files.answer(ics);
        export(robot, "#wheelExportIcs");
        closeInfo(robot);
        assertThat(Biweekly.parse(Files.readString(ics)).first().getEvents()).extracting(e -> e.getUid().getValue())
                .as("the same UIDs: a calendar updates instead of doubling")
                .containsExactlyElementsOf(Biweekly.parse(again).first().getEvents().stream()
                        .map(e -> e.getUid().getValue()).toList());

        Path pdf = out("hjulet A3.pdf");
        files.answer(pdf);
        export(robot, "#wheelExportA3");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Årshjul Familjecentralen Solsidan", ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(Documents.pdfText(pdf)).contains("Föräldracafé med tolk");
    }

    @Test
    void thisYearsOccurrenceIsMovedAndTheYearStartsInAugust(FxRobot robot) {
        WheelViewModel model = showWheel(robot);
        Occurrence visit = model.occurrences().stream()
                .filter(o -> o.activity().name().equals("Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.selectedProperty().set(visit));
        robot.clickOn("#wheelMoveYear");
        robot.interact(() -> {
            robot.lookup("#moveFrom").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 12, 8));
        });
        robot.clickOn("#moveNote").write("Skyddsombudet sjukt i oktober");
        robot.clickOn("#confirmMoveButton");
        WaitForAsyncUtils.waitForFxEvents();
        Occurrence moved = model.selectedProperty().get();
        assertThat(moved.moved()).isTrue();
        assertThat(moved.month()).isEqualTo(Month.DECEMBER);
        assertThat(robot.lookup("#wheelDetails").queryLabeled().getText()).contains("Skyddsombudet sjukt i oktober");

        ComboBox<?> start = robot.lookup("#wheelStartMonth").queryAs(ComboBox.class);
        robot.interact(() -> select(start, Month.AUGUST));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.yearProperty().get().year().label()).isEqualTo("2026/27");
        assertThat(workspace.service(WheelService.class).startMonth(solsidan)).isEqualTo(Month.AUGUST);
        assertThat(robot.lookup("#wheelSummary").queryLabeled().getText()).endsWith("år 2026/27");
    }

    @Test
    void theAgreementIsMarkedGoneThroughOnItsPageAndTheWheelsRowLeadsBackToIt(FxRobot robot) {
        robot.clickOn("#nav-AGREEMENTS");
        javafx.scene.control.ListView<se.samordna.core.agreement.AgreementSummary> agreements =
                robot.lookup("#agreementList").queryListView();
        var signed = agreements.getItems().stream()
                .filter(a -> a.kind() == se.samordna.core.agreement.AgreementKind.SAMVERKAN
                        && a.status() == se.samordna.core.agreement.AgreementStatus.UNDERTECKNAT)
                .findFirst().orElseThrow();
        robot.interact(() -> agreements.getSelectionModel().select(signed));
        robot.clickOn("#agreementVersionsTab");
        robot.clickOn("#markReviewedButton");
        robot.clickOn("#reviewNote").write("Alla fyra verksamheter med, inga ändringar behövs");
        robot.clickOn("#confirmReviewButton");
        assertThat(closeInfo(robot)).contains("2026-11-23");
        assertThat(robot.lookup("#agreementReviews").queryLabeled().getText())
                .contains("Genomgånget 2026-11-23 av Samordnare – Alla fyra verksamheter med");
        assertThat(workspace.agreements().reviews(solsidan)).anyMatch(r -> r.agreementId() == signed.id()
                && r.reviewedOn().equals(LocalDate.of(2026, 11, 23)));

        WheelViewModel model = showWheel(robot);
        Occurrence review = model.occurrences().stream()
                .filter(o -> o.activity().name().equals("Tillsammans titta igenom samverkansavtalet."))
                .findFirst().orElseThrow();
        assertThat(review.status()).isEqualTo(OccurrenceStatus.DONE);
        assertThat(review.autoTick()).isNotNull();
        robot.interact(() -> model.selectedProperty().set(review));
        robot.clickOn("#wheelOpenWork");
        assertThat(context.mainWindow().sectionProperty().get())
                .isEqualTo(se.samordna.app.agreement.AgreementsFeature.SECTION);
        assertThat(context.agreements().selectedProperty().get().id()).isEqualTo(review.autoTick().id());
    }

    private WheelViewModel showWheel(FxRobot robot) {
        robot.clickOn("#nav-WHEEL");
        WaitForAsyncUtils.waitForFxEvents();
        WheelViewModel model = context.feature(WheelFeature.class).model();
        assertThat(model.occurrences()).isNotEmpty();
        assertThat(robot.lookup("#wheelChart").tryQuery()).isPresent();
        return model;
    }

    /** Opens "Skriv ut och exportera" and chooses an item, as a user does. */
    private static void export(FxRobot robot, String item) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#wheelExport");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a spinner's field as a user does: click, select what is there, type. */
    private static void typeNumber(FxRobot robot, String id, String number) {
        Spinner<?> spinner = robot.lookup(id).queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(number);
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(ComboBox<?> box, T value) {
        ((ComboBox<T>) box).setValue(value);
    }
}
