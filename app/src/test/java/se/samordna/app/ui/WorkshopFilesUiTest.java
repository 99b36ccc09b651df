package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;

import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.app.reflection.WorkshopViewModel;
import se.samordna.core.reflection.WorkshopSummary;

/** Self-reflection files: a finished workshop's result and the blank step I form, both as PDF. */
class WorkshopFilesUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aFinishedWorkshopsResultIsSavedAsPdf(FxRobot robot) throws Exception {
        robot.clickOn("#nav-REFLECTION");
        ListView<WorkshopSummary> list = robot.lookup("#workshopList").queryListView();
        WorkshopSummary latest = list.getItems().stream()
                .max(Comparator.comparing(w -> w.heldOn())).orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(latest));
        WorkshopViewModel workshop = context.reflection().currentProperty().get();
        assertThat(workshop.pageProperty().get()).isEqualTo(WorkshopViewModel.Page.RESULT);

        Path pdf = out("resultat.pdf");
        files.answer(pdf);
        robot.clickOn("#exportResultButton");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Resultat av självreflektion " + latest.heldOn(), ".pdf");
        assertThat(Documents.pdfText(pdf)).contains("Resultat av självreflektion", "Medelvärde per område",
                "Antal svarande: " + latest.participants(), "Genomförd " + latest.heldOn());
    }

    @Test
    void theBlankStepOneFormIsSavedAsPdf(FxRobot robot) throws Exception {
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        assertThat(context.reflection().currentProperty().get().pageProperty().get())
                .isEqualTo(WorkshopViewModel.Page.STEP1);

        Path pdf = out("blankett.pdf");
        files.answer(pdf);
        robot.clickOn("#printFormButton");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Självreflektion blankett steg I", ".pdf");
        assertThat(Documents.pdfText(pdf)).contains("Steg I – Individuell uppfattning", "Deltagare nr");
    }
}
