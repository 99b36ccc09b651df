package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;

/** A signed agreement saved as PDF, in numbered copies, printed, and its signed copy kept and saved again. */
class AgreementFilesUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aSignedAgreementIsSavedAsPdfInOneAndThreeCopiesAndPrinted(FxRobot robot) throws Exception {
        showSignedCollaborationAgreement(robot);

        Path one = out("avtal.pdf");
        files.answer(one);
        robot.clickOn("#exportMenu").clickOn("#exportOneItem");
        assertThat(closeInfo(robot)).contains(one.toString());
        assertSaveAsked("Samverkansavtal Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة", ".pdf");
        assertThat(files.last().suggestedName()).endsWith(" v1.pdf");
        assertThat(Documents.pdfText(one)).contains("Samverkansavtal för Familjecentralen Solsidan")
                .contains("Detta avtal har upprättats i tre likalydande exemplar").doesNotContain("Exemplar 1 av 3");

        Path three = out("tre exemplar.pdf");
        files.answer(three);
        robot.clickOn("#exportMenu").clickOn("#exportThreeItem");
        closeInfo(robot);
        assertSaveAsked("Samverkansavtal Familjecentralen Solsidan", ".pdf");
        assertThat(files.last().suggestedName()).endsWith(" v1 3 exemplar.pdf");
        String copies = Documents.pdfText(three);
        assertThat(copies).contains("Exemplar 1 av 3", "Exemplar 2 av 3", "Exemplar 3 av 3");
        assertThat(Documents.pdfPages(three)).isEqualTo(3 * Documents.pdfPages(one));

        robot.clickOn("#printButton");
        closeInfo(robot);
        assertThat(printed).hasSize(1);
        Path print = Files.write(out("utskrift.pdf"), printed.getFirst());
        assertThat(Documents.pdfText(print)).contains("Exemplar 3 av 3");
    }

    @Test
    void aScannedSignedCopyIsKeptWithTheAgreementAndSavedAgain(FxRobot robot) throws Exception {
        showSignedCollaborationAgreement(robot);
        robot.clickOn("#agreementVersionsTab");
        // A name Linux allows and Windows does not: the copy may be saved again on another computer.
        Path scan = Documents.onePagePdf(dir.resolve("Avtal: Solsidan <underskrivet>?.pdf"),
                "Underskrivet av alla tre parter");

        files.answer(scan);
        robot.clickOn("#attachCopyButton");
        AnsweringFileDialogs.Request attach = files.last();
        assertThat(attach.save()).isFalse();
        assertThat(attach.patterns()).contains("*.pdf", "*.jpg", "*.png");
        assertThat(robot.lookup("#signedCopyText").queryAs(Label.class).getText()).contains(scan.getFileName().toString());
        long id = context.agreements().selectedProperty().get().id();
        assertThat(workspace.agreements().signedCopy(id)).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(readAll(scan)));

        Path again = out("kopia.pdf");
        files.answer(again);
        robot.clickOn("#saveCopyButton");
        assertThat(closeInfo(robot)).contains(again.toString());
        assertSaveAsked("Avtal Solsidan underskrivet.pdf", ".pdf");
        assertThat(readAll(again)).isEqualTo(readAll(scan));
        assertThat(Documents.pdfText(again)).contains("Underskrivet av alla tre parter");
    }

    private void showSignedCollaborationAgreement(FxRobot robot) {
        robot.clickOn("#nav-AGREEMENTS");
        ListView<AgreementSummary> list = robot.lookup("#agreementList").queryListView();
        AgreementSummary signed = list.getItems().stream()
                .filter(a -> a.kind() == AgreementKind.SAMVERKAN && a.status() == AgreementStatus.UNDERTECKNAT)
                .findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(signed));
        assertThat(robot.lookup("#agreementStatus").queryAs(Label.class).getText()).startsWith("Undertecknat");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
