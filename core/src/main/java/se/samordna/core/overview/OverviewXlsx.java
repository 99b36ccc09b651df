package se.samordna.core.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.samordna.core.common.SafeFiles;

/**
 * The overview as a workbook: "Översikt" as printed (one row per centre, the marks in words),
 * "Uppgifter" one row per figure with its number and what it is built from, and "Kolumner" what each
 * column means.
 */
public final class OverviewXlsx {
    private OverviewXlsx() {
    }

    /** Writes the workbook whole or not at all. */
    public static void export(Overview overview, Path target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(overview, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SafeFiles.write(target, out.toByteArray());
    }

    public static void write(Overview overview, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Samordna", "1.0");
        Worksheet wide = workbook.newWorksheet("Översikt");
        int c = 0;
        for (String heading : new String[] {"Region", "Kommun", "Familjecentral"}) {
            wide.value(0, c++, heading);
        }
        for (Column column : overview.columns()) {
            wide.value(0, c++, column.measure().label() + ": " + column.heading());
        }
        wide.style(0, 0).bold().set();
        wide.range(0, 0, 0, c - 1).style().bold().wrapText(true).set();
        wide.freezePane(3, 1);
        int r = 1;
        Worksheet facts = workbook.newWorksheet("Uppgifter");
        String[] factHeadings = {"År", "Region", "Kommun", "Familjecentral", "Mått", "Kolumn", "Värde", "Tal",
            "Markering", "Källa"};
        for (int i = 0; i < factHeadings.length; i++) {
            facts.value(0, i, factHeadings[i]);
        }
        facts.range(0, 0, 0, factHeadings.length - 1).style().bold().set();
        int f = 1;
        for (Overview.Row row : overview.rows().toList()) {
            wide.value(r, 0, row.region());
            wide.value(r, 1, row.municipality());
            wide.value(r, 2, row.centre());
            int col = 3;
            for (Column column : overview.columns()) {
                Cell cell = row.cell(column.key());
                wide.value(r, col++, cell.printed());
                if (cell.text().isEmpty() && !cell.marked()) {
                    continue;
                }
                facts.value(f, 0, overview.year());
                facts.value(f, 1, row.region());
                facts.value(f, 2, row.municipality());
                facts.value(f, 3, row.centre());
                facts.value(f, 4, column.measure().label());
                facts.value(f, 5, column.heading());
                facts.value(f, 6, cell.text());
                if (cell.value() != null) {
                    facts.value(f, 7, Math.round(cell.value() * 10) / 10.0);
                }
                facts.value(f, 8, cell.marked() ? cell.mark().symbol() + " " + cell.markText() : "");
                facts.value(f, 9, cell.source());
                f++;
            }
            r++;
        }
        Worksheet columns = workbook.newWorksheet("Kolumner");
        columns.value(0, 0, "Mått");
        columns.value(0, 1, "Kolumn");
        columns.value(0, 2, "Byggs av");
        columns.range(0, 0, 0, 2).style().bold().set();
        int k = 1;
        for (Column column : overview.columns()) {
            columns.value(k, 0, column.measure().label());
            columns.value(k, 1, column.heading());
            columns.value(k, 2, column.source());
            k++;
        }
        columns.value(k + 1, 0, "Läget den " + overview.today() + ". Andelar under " + 5
                + " formulär visas inte (för få svar).");
        workbook.finish();
    }
}
