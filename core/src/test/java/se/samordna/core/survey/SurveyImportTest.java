package se.samordna.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Imports from CSV and XLSX, good and broken: every bad row named, nothing half imported. */
class SurveyImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final String HEADER = "Formulär nr;Kön;Jag är;Språk;BVC;Öppen förskola;"
            + "Fråga 1;Fråga 2;Fråga 3;Fråga 4;Fråga 5;Fråga 6;Fråga 7;Fråga 8;Fråga 9;Fråga 10;Fråga 11;Fråga 12;"
            + "Fråga 13;Fråga 14;Övrigt";

    @TempDir
    Path dir;

    private Workspace workspace;
    private SurveyService surveys;
    private Survey survey;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().declineExamples();
        long centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Test", "Krokom", "")).id();
        surveys = workspace.surveys();
        survey = surveys.forYear(centre, 2026);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSemicolonCsvInUtf8WithBomIsReadMappedAndImported() throws Exception {
        Path file = write("svar.csv", "\uFEFF" + HEADER + "\n"
                + "1;Kvinna;Förälder;svenska;ja;ja;4;4;3;4;3;0;;4;4;3;2;4;4;3;Bra personal!\n"
                + "2;Man;Förälder;sv;ja;nej;Stämmer mycket bra;3;3;2;1;3;3;4;4;4;4;4;4;4;\n", StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(file);
        List<SurveyImport.Target> targets = SurveyImport.guess(table, survey);
        SurveyImport.Preview preview = SurveyImport.preview(table, targets, survey, Set.of(), 1);

        assertThat(table.description()).isEqualTo("CSV, UTF-8 (BOM), semikolon");
        assertThat(targets.getFirst().kind()).isEqualTo(SurveyImport.Kind.FORM_NUMBER);
        assertThat(targets.get(1).kind()).isEqualTo(SurveyImport.Kind.GENDER);
        assertThat(targets.get(6)).isEqualTo(SurveyImport.Target.item("T01"));
        assertThat(targets.getLast().kind()).isEqualTo(SurveyImport.Kind.OPEN_ANSWER);
        assertThat(preview.errors()).isEmpty();
        ResponseDraft first = preview.drafts().getFirst();
        assertThat(first.gender()).isEqualTo(Gender.KVINNA);
        assertThat(first.parts()).containsExactlyInAnyOrder(PartUsed.BARNAVARDSCENTRAL, PartUsed.OPPEN_FORSKOLA);
        assertThat(first.answers()).hasSize(13).containsEntry("T06", Answer.VET_INTE).doesNotContainKey("T07");
        assertThat(preview.drafts().get(1).answers()).containsEntry("T01", Answer.MYCKET_BRA);
        assertThat(surveys.importResponses(survey.id(), preview.drafts())).isEqualTo(2);
        assertThat(surveys.responses(survey.id())).hasSize(2);
    }

    @Test
    void aWindows1252FileAsSwedishExcelWritesItIsRead() throws Exception {
        Path file = write("excel.csv", HEADER + "\n" + "5;Kvinna;Förälder;svenska;ja;ja;4;4;4;4;4;4;4;4;4;4;4;4;4;4;"
                + "Väldigt trevligt på öppna förskolan\n", ImportTable.WINDOWS_1252);

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);

        assertThat(table.description()).contains("Windows-1252");
        assertThat(table.headers().getFirst()).isEqualTo("Formulär nr");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.drafts().getFirst().openAnswer()).isEqualTo("Väldigt trevligt på öppna förskolan");
    }

    @Test
    void aValueOfSevenIsNamedWithItsRowAndColumn() throws Exception {
        Path file = write("sju.csv", HEADER + "\n" + "1;Kvinna;Förälder;sv;ja;ja;4;4;4;4;4;4;4;4;4;4;4;4;4;4;\n"
                + "2;Kvinna;Förälder;sv;ja;ja;4;7;4;4;4;4;4;4;4;4;4;4;4;4;\n"
                + "3;Okänd;Förälder;sv;ja;ja;4;4;4;4;4;4;4;4;4;4;4;4;4;4;\n", StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors()).extracting(SurveyImport.RowError::row, SurveyImport.RowError::column,
                SurveyImport.RowError::value, SurveyImport.RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Fråga 2", "7", "import.badAnswer"),
                org.assertj.core.groups.Tuple.tuple(4, "Kön", "Okänd", "import.badGender"));
        assertThat(preview.drafts()).hasSize(1);
    }

    @Test
    void aRowWithAMissingColumnAndARepeatedFormNumberAreNamed() throws Exception {
        Path file = write("kort.csv", HEADER + "\n" + "1;Kvinna;Förälder;sv;ja;ja;4;4;4;4;4;4;4;4;4;4;4;4;4;4;\n"
                + "2;Kvinna;Förälder;sv;ja;ja;4;4;4\n"
                + "1;Man;Förälder;sv;ja;ja;4;4;4;4;4;4;4;4;4;4;4;4;4;4;\n", StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);

        assertThat(preview.errors()).extracting(SurveyImport.RowError::row, SurveyImport.RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "import.shortRow"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.formNumberTwice"));
    }

    @Test
    void aWrongDelimiterFindsNoQuestionsAndSaysSo() throws Exception {
        Path file = write("fel.csv", HEADER.replace(';', '|') + "\n1|Kvinna|Förälder|sv|ja|ja|4|4\n",
                StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);

        assertThat(table.headers()).hasSize(1);
        assertThat(preview.errors()).singleElement().satisfies(error -> assertThat(error.messageKey())
                .isEqualTo("import.noItems"));
    }

    @Test
    void anEmptyFileABinaryFileAndAnUnknownTypeGetClearMessages() throws Exception {
        assertThatThrownBy(() -> ImportTable.read(write("tom.csv", "", StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("import.empty"));
        Path binary = dir.resolve("utf16.csv");
        Files.write(binary, HEADER.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> ImportTable.read(binary))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("import.binary"));
        assertThatThrownBy(() -> ImportTable.read(write("svar.doc", "x", StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("import.unknownType"));
        Path headerOnly = write("bara-rubriker.csv", HEADER + "\n", StandardCharsets.UTF_8);
        ImportTable table = ImportTable.read(headerOnly);
        assertThat(SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1).errors())
                .extracting(SurveyImport.RowError::messageKey).containsExactly("import.empty");
    }

    @Test
    void anXlsxExportOfAWebSurveyIsRead() throws Exception {
        Path file = dir.resolve("webbenkat.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Svar");
            String[] headers = HEADER.split(";");
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            for (int r = 1; r <= 3; r++) {
                sheet.value(r, 0, r);
                sheet.value(r, 1, "Kvinna");
                sheet.value(r, 2, "Förälder");
                sheet.value(r, 3, "svenska");
                sheet.value(r, 4, "ja");
                sheet.value(r, 5, "nej");
                for (int c = 6; c < 20; c++) {
                    sheet.value(r, c, 3);
                }
            }
            workbook.finish();
        }

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);

        assertThat(table.description()).isEqualTo("XLSX");
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.drafts()).hasSize(3).allSatisfy(d -> assertThat(d.answers()).containsEntry("T05", Answer.GANSKA_BRA));
    }

    @Test
    void aHundredThousandRowFileIsImportedInOneGo() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 1; row <= 100_000; row++) {
            csv.append(row).append(row % 3 == 0 ? ";Man" : ";Kvinna").append(";Förälder;sv;ja;ja");
            for (int item = 1; item <= 14; item++) {
                csv.append(';').append((row + item) % 5);
            }
            csv.append(";\n");
        }
        Path file = write("stor.csv", csv.toString(), StandardCharsets.UTF_8);

        ImportTable table = ImportTable.read(file);
        SurveyImport.Preview preview = SurveyImport.preview(table, SurveyImport.guess(table, survey), survey, Set.of(), 1);
        int imported = surveys.importResponses(survey.id(), preview.drafts());

        assertThat(preview.errors()).isEmpty();
        assertThat(imported).isEqualTo(100_000);
        SurveyResults results = surveys.results(survey.id());
        assertThat(results.respondents()).isEqualTo(100_000);
        // Each item gets codes 0..4 in turn: 20 % Vet inte, and of the rest half positive.
        assertThat(results.items().getFirst().counts().counted()).isEqualTo(80_000);
        assertThat(results.items().getFirst().share()).isEqualTo(50.0);
    }

    private Path write(String name, String text, java.nio.charset.Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
