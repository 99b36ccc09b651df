package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.report.Report;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.report.VisitCategory;

/** The annual report's files: the year's last visits imported from a spreadsheet, the report as PDF and Word. */
class ReportFilesUiTest extends AppWithFileDialogs {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void visitsAreImportedAndTheReportIsSavedAsPdfAndWord(FxRobot robot) throws Exception {
        robot.clickOn("#nav-REPORT");
        List<ReportTemplate.Section> sections = context.report().sections();
        int visits = sections.indexOf(sections.stream()
                .filter(s -> s.content() == ReportTemplate.Content.VISITS).findFirst().orElseThrow());
        ListView<Integer> steps = robot.lookup("#reportSteps").queryListView();
        robot.interact(() -> steps.getSelectionModel().select(visits));
        assertThat(context.report().stepProperty().get()).isEqualTo(visits);

        // November and December, which the example report does not have yet, from Swedish Excel.
        Path csv = dir.resolve("Besök nov–dec.csv");
        Files.writeString(csv, "Månad;Öppen förskola;Barnavårdscentral;BMM;Kurator;Föräldragrupper\r\n"
                + "november;311;212;113;14;5\r\n"
                + "december;301;202;103;13;4\r\n", java.nio.charset.Charset.forName("windows-1252"));
        files.answer(csv);
        robot.clickOn("#importVisits");
        AnsweringFileDialogs.Request choose = files.last();
        assertThat(choose.save()).isFalse();
        assertThat(choose.patterns()).contains("*.csv", "*.xlsx");
        robot.clickOn("#confirmButton");
        Report report = workspace.reports().latest(solsidan, 2026).orElseThrow();
        assertThat(report.visits(11, VisitCategory.OPPEN_FORSKOLA)).isEqualTo(311);
        assertThat(report.visits(12, VisitCategory.GRUPPVERKSAMHET)).isEqualTo(4);
        assertThat(robot.lookup("#visits-11-OPPEN_FORSKOLA").queryTextInputControl().getText()).isEqualTo("311");
        assertThat(robot.lookup("#visitsTotal-OPPEN_FORSKOLA").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(report.totalVisits(VisitCategory.OPPEN_FORSKOLA)));

        robot.interact(() -> steps.getSelectionModel().select(sections.size() - 1));
        Path pdf = out("berättelse.pdf");
        files.answer(pdf);
        robot.clickOn("#exportReport");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Verksamhetsberättelse 2026 Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة", ".pdf");
        assertThat(files.last().suggestedName()).endsWith(" v1.pdf");
        String text = Documents.pdfText(pdf);
        assertThat(text).contains("Verksamhetsberättelse och plan 2026", "Besöksstatistik",
                "Nov 311 212 113 14 5", "Dec 301 202 103 13 4");

        Path docx = out("berättelse.docx");
        files.answer(docx);
        robot.clickOn("#exportReportDocx");
        assertThat(closeInfo(robot)).contains(docx.toString());
        assertSaveAsked("Verksamhetsberättelse 2026 Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة", ".docx");
        assertThat(files.last().suggestedName()).endsWith(" v1.docx");
        assertThat(Documents.zipEntry(docx, "word/document.xml")).contains("w:val=\"Title\"");
        assertThat(Documents.docxText(docx)).contains("Verksamhetsberättelse och plan 2026", "Besöksstatistik");
    }
}
