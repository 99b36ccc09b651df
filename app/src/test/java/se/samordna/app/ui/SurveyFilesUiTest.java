package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.survey.Response;

/** The parent survey's files: paper forms saved and printed, answers imported, results saved as PDF and Excel. */
class SurveyFilesUiTest extends AppWithFileDialogs {
    private static final String HEADER = "Formulär nr;Kön;Jag är;Språk;BVC;Öppen förskola;"
            + "Fråga 1;Fråga 2;Fråga 3;Fråga 4;Fråga 5;Fråga 6;Fråga 7;Fråga 8;Fråga 9;Fråga 10;Fråga 11;Fråga 12;"
            + "Fråga 13;Fråga 14;Övrigt";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void paperFormsAreSavedAsNumberedPdfFormsAndPrinted(FxRobot robot) throws Exception {
        robot.clickOn("#nav-SURVEY");
        robot.clickOn("#tab-forms");
        Spinner<Integer> first = robot.lookup("#formsFirst").query();
        Spinner<Integer> copies = robot.lookup("#formsCopies").query();
        robot.interact(() -> {
            first.getValueFactory().setValue(41);
            copies.getValueFactory().setValue(2);
        });

        Path forms = out("blanketter.pdf");
        files.answer(forms);
        robot.clickOn("#formsSave");
        assertThat(closeInfo(robot)).contains(forms.toString());
        assertSaveAsked("Föräldraenkät 2026 Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة", ".pdf");
        assertThat(files.last().suggestedName()).endsWith(" sv nr 41-42.pdf");
        String text = Documents.pdfText(forms);
        assertThat(text).contains("0041", "0042").doesNotContain("0043");
        assertThat(text).contains("Föräldraenkät");

        robot.clickOn("#formsPrint");
        closeInfo(robot);
        assertThat(printed).hasSize(1);
        assertThat(Documents.pdfText(Files.write(out("utskrift.pdf"), printed.getFirst()))).contains("0041", "0042");
    }

    @Test
    void answersImportedFromCsvAreCountedInTheResultsSavedAsPdfAndExcel(FxRobot robot) throws Exception {
        robot.clickOn("#nav-SURVEY");
        long survey = context.survey().survey().id();
        int before = workspace.surveys().responses(survey).size();
        Path csv = dir.resolve("svar från webbenkäten.csv");
        Files.writeString(csv, "\uFEFF" + HEADER + "\n"
                + "501;Kvinna;Förälder;svenska;ja;ja;4;4;3;4;3;0;;4;4;3;2;4;4;3;Importerad från webben\n"
                + "502;Man;Förälder;sv;ja;nej;4;3;3;2;1;3;3;4;4;4;4;4;4;4;\n", StandardCharsets.UTF_8);

        robot.clickOn("#tab-import");
        files.answer(csv);
        robot.clickOn("#importChoose");
        AnsweringFileDialogs.Request choose = files.last();
        assertThat(choose.save()).isFalse();
        assertThat(choose.patterns()).contains("*.csv", "*.xlsx");
        assertThat(robot.lookup("#importFileInfo").queryAs(Label.class).getText()).contains("svar från webbenkäten.csv");
        robot.clickOn("#importRun");
        assertThat(closeInfo(robot)).contains("2");
        List<Response> responses = workspace.surveys().responses(survey);
        assertThat(responses).hasSize(before + 2);
        assertThat(responses).anySatisfy(r -> {
            assertThat(r.draft().formNumber()).isEqualTo(501);
            assertThat(r.draft().openAnswer()).isEqualTo("Importerad från webben");
        });

        robot.clickOn("#tab-results");
        assertThat(robot.lookup("#resultRespondents").queryAs(Label.class).getText())
                .isEqualTo("Inkomna formulär 2026: " + (before + 2));

        Path pdf = out("resultat.pdf");
        files.answer(pdf);
        robot.clickOn("#resultsPdf");
        assertThat(closeInfo(robot)).contains(pdf.toString());
        assertSaveAsked("Föräldraenkät 2026 resultat Familjecentralen Solsidan 🌻👨‍👩‍👧 مركز العائلة", ".pdf");
        assertThat(Documents.pdfText(pdf)).contains("Föräldraenkät 2026 – resultat", "Resultat per område",
                "Antal svar: " + (before + 2));

        Path xlsx = out("resultat.xlsx");
        files.answer(xlsx);
        robot.clickOn("#resultsXlsx");
        assertThat(closeInfo(robot)).contains(xlsx.toString());
        assertSaveAsked("Föräldraenkät 2026 resultat Familjecentralen Solsidan", ".xlsx");
        Map<String, List<List<String>>> sheets = Documents.xlsxCells(xlsx);
        assertThat(sheets).containsKeys("Svar", "Sammanställning", "Frågor", "Förklaring");
        List<List<String>> answers = sheets.get("Svar");
        assertThat(answers.getFirst()).startsWith("Formulär nr", "Språk", "Kön");
        assertThat(answers).hasSize(1 + before + 2);
        assertThat(answers).anySatisfy(row -> assertThat(row).startsWith("501").contains("Importerad från webben"));
    }
}
