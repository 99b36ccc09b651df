package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.survey.ImportTable;

/** Visitor statistics from CSV and XLSX: lenient about months and headings, every bad cell named. */
class VisitImportTest {
    @TempDir
    Path dir;

    @Test
    void aSemicolonCsvFromSwedishExcelIsReadWithItsTotalsLeftOut() throws Exception {
        StringBuilder csv = new StringBuilder("Månad;Öppen förskola;Barnavårdscentral;BMM;Kurator;Föräldragrupper;"
                + "Totalt\r\n");
        String[] months = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                "oktober", "november", "december"};
        for (int m = 1; m <= 12; m++) {
            csv.append(months[m - 1]).append(';').append(400 + m).append(';').append(280 + m).append(';')
                    .append(170 + m).append(';').append(30 + m).append(';').append(m).append(';').append(999)
                    .append("\r\n");
        }
        csv.append("Totalt;4878;3438;2118;438;78;10950\r\n");
        Path file = write("besok.csv", csv.toString(), ImportTable.WINDOWS_1252);

        ImportTable table = ImportTable.read(file);
        VisitImport.Preview preview = VisitImport.preview(table);

        assertThat(table.description()).isEqualTo("CSV, Windows-1252, semikolon");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.counts()).hasSize(60)
                .contains(new VisitCount(1, VisitCategory.OPPEN_FORSKOLA, 401),
                        new VisitCount(3, VisitCategory.BARNAVARDSCENTRAL, 283),
                        new VisitCount(12, VisitCategory.BARNMORSKEMOTTAGNING, 182),
                        new VisitCount(7, VisitCategory.SOCIALTJANST, 37),
                        new VisitCount(12, VisitCategory.GRUPPVERKSAMHET, 12));
        assertThat(preview.counts()).extracting(VisitCount::visits).doesNotContain(999, 10950);
    }

    @Test
    void everyBadMonthAndNumberIsListedWithItsRowAndColumn() throws Exception {
        Path file = write("fel.csv", """
                Mån;BVC;BMM;Grupper
                Jan;12;4;1
                Febr;13;fem;2
                Smörgås;1;1;1
                2026-04;1 200;-3;
                13;1;1;1
                jan;9;9;9
                maj;;–;2,5
                """, StandardCharsets.UTF_8);

        VisitImport.Preview preview = VisitImport.preview(ImportTable.read(file));

        assertThat(preview.problems()).extracting(VisitImport.Problem::row, VisitImport.Problem::column,
                VisitImport.Problem::value, VisitImport.Problem::messageKey).containsExactly(
                tuple(3, "BMM", "fem", VisitImport.BAD_NUMBER),
                tuple(4, "Mån", "Smörgås", VisitImport.BAD_MONTH),
                tuple(5, "BMM", "-3", VisitImport.BAD_NUMBER),
                tuple(6, "Mån", "13", VisitImport.BAD_MONTH),
                tuple(7, "Mån", "jan", VisitImport.DUPLICATE_MONTH),
                tuple(8, "Grupper", "2,5", VisitImport.BAD_NUMBER));
        assertThat(preview.problems().getFirst().arguments()).containsExactly("fem", "BMM");
        assertThat(preview.counts()).contains(new VisitCount(1, VisitCategory.BARNAVARDSCENTRAL, 12),
                new VisitCount(2, VisitCategory.BARNAVARDSCENTRAL, 13),
                new VisitCount(4, VisitCategory.BARNAVARDSCENTRAL, 1200));
        assertThat(preview.counts()).noneMatch(c -> c.month() == 5 && c.category() != VisitCategory.GRUPPVERKSAMHET);
    }

    @Test
    void anXlsxWithYearMonthsAndNumberCellsIsRead() throws Exception {
        Path file = dir.resolve("besok.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Besök");
            String[] headers = {"Period", "Öppna förskolan", "Barnavårdscentral", "Barnmorskemottagning",
                    "Socialtjänst", "Grupper", "Summa"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            for (int m = 1; m <= 10; m++) {
                sheet.value(m, 0, String.format("2026-%02d", m));
                for (int c = 1; c < 6; c++) {
                    sheet.value(m, c, m * 10 + c);
                }
                sheet.value(m, 6, 1);
            }
            sheet.value(11, 0, "2026-11");
            sheet.value(11, 1, "många");
            workbook.finish();
        }

        VisitImport.Preview preview = VisitImport.preview(ImportTable.read(file));

        assertThat(preview.counts()).hasSize(50).contains(new VisitCount(10, VisitCategory.GRUPPVERKSAMHET, 105),
                new VisitCount(1, VisitCategory.OPPEN_FORSKOLA, 11));
        assertThat(preview.problems()).extracting(VisitImport.Problem::row, VisitImport.Problem::column,
                VisitImport.Problem::messageKey).containsExactly(tuple(12, "Öppna förskolan", VisitImport.BAD_NUMBER));
    }

    @Test
    void monthsAcrossTheTopWithCategoriesDownAreReadToo() throws Exception {
        Path file = write("tvart.csv", """
                Verksamhet,jan,feb,mar,Totalt
                Öppen förskola,10,11,12,33
                BVC,20,21,22,63
                Totalt,30,32,34,96
                """, StandardCharsets.UTF_8);

        VisitImport.Preview preview = VisitImport.preview(ImportTable.read(file));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.counts()).containsExactlyInAnyOrder(new VisitCount(1, VisitCategory.OPPEN_FORSKOLA, 10),
                new VisitCount(2, VisitCategory.OPPEN_FORSKOLA, 11), new VisitCount(3, VisitCategory.OPPEN_FORSKOLA, 12),
                new VisitCount(1, VisitCategory.BARNAVARDSCENTRAL, 20),
                new VisitCount(2, VisitCategory.BARNAVARDSCENTRAL, 21),
                new VisitCount(3, VisitCategory.BARNAVARDSCENTRAL, 22));
    }

    @Test
    void aTableWithoutMonthsOrWithoutCategoriesIsNamedAsSuch() throws Exception {
        VisitImport.Preview noMonths = VisitImport.preview(ImportTable.read(write("a.csv", "BVC;BMM\n12;13\n",
                StandardCharsets.UTF_8)));
        VisitImport.Preview noCategories = VisitImport.preview(ImportTable.read(write("b.csv",
                "Månad;Bibliotek;Simhall\njan;1;2\n", StandardCharsets.UTF_8)));

        assertThat(noMonths.problems()).extracting(VisitImport.Problem::messageKey)
                .containsExactly(VisitImport.NO_MONTH_COLUMN);
        assertThat(noMonths.counts()).isEmpty();
        assertThat(noCategories.problems()).extracting(VisitImport.Problem::row, VisitImport.Problem::messageKey)
                .containsExactly(tuple(1, VisitImport.NO_CATEGORIES));
    }

    @Test
    void monthsAndHeadingsAreMatchedLeniently() {
        for (String text : List.of("januari", "Jan", "jan.", "JANUARI 2026", "1", "01", "2026-01", "1/2026",
                "january", "46023")) {
            assertThat(VisitImport.month(text)).as(text).hasValue(1);
        }
        assertThat(VisitImport.month("Mars")).hasValue(3);
        assertThat(VisitImport.month("maj")).hasValue(5);
        assertThat(VisitImport.month("okt")).hasValue(10);
        assertThat(VisitImport.month("Sept")).hasValue(9);
        assertThat(VisitImport.month("0")).isEmpty();
        assertThat(VisitImport.month("ma")).isEmpty();
        assertThat(VisitImport.category("Öppen förskola")).hasValue(VisitCategory.OPPEN_FORSKOLA);
        assertThat(VisitImport.category("Besök BVC")).hasValue(VisitCategory.BARNAVARDSCENTRAL);
        assertThat(VisitImport.category("Barnmorskemottagning")).hasValue(VisitCategory.BARNMORSKEMOTTAGNING);
        assertThat(VisitImport.category("Socialtjänst/kurator, samtal")).hasValue(VisitCategory.SOCIALTJANST);
        assertThat(VisitImport.category("Föräldragrupper")).hasValue(VisitCategory.GRUPPVERKSAMHET);
        assertThat(VisitImport.category("Totalt")).isEmpty();
        assertThat(VisitImport.number("1 234")).hasValue(1234);
        assertThat(VisitImport.number("1\u00a0234")).hasValue(1234);
        assertThat(VisitImport.number("12.0")).hasValue(12);
        assertThat(VisitImport.number("2000000")).isEmpty();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }
}
