package se.samordna.core.overview;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.samordna.core.document.Block;
import se.samordna.core.document.Block.Heading;
import se.samordna.core.document.Block.Paragraph;
import se.samordna.core.document.Block.Role;
import se.samordna.core.document.Document;
import se.samordna.core.pdf.DocumentInfo;

/**
 * The overview as the report to the ledningsgrupp: landscape, one table per kind of figure (the
 * self-reflection, the survey, the year's work), the centres grouped by municipality, each table followed
 * by what its figures are built from. Marks are printed as symbol and words.
 */
public final class OverviewOutline {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private OverviewOutline() {
    }

    public static String title(Overview overview) {
        return "Översikt " + overview.year();
    }

    public static Document of(Overview overview) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(title(overview) + " – familjecentralerna sida vid sida", 1));
        long centres = overview.rows().count();
        Set<String> municipalities = new TreeSet<>();
        overview.groups().forEach(g -> municipalities.add(g.municipality()));
        blocks.add(new Paragraph(centres + (centres == 1 ? " familjecentral" : " familjecentraler") + " i "
                + municipalities.size() + (municipalities.size() == 1 ? " kommun" : " kommuner")
                + ", läget den " + overview.today() + ". Markeringar står i ord bredvid siffran: "
                + "! under målet, försenad, upphör eller saknas; – för få svar (under 5 formulär, ingen andel visas).",
                Role.INTRO));
        section(blocks, overview, Measure.REFLECTION, "Självskattning: överenskomna medelvärden per område (1–6)");
        section(blocks, overview, Measure.SURVEY, "Föräldraenkät: andel positiva svar per målområde");
        List<Column> work = overview.columns().stream().filter(c -> c.measure() != Measure.REFLECTION
                && c.measure() != Measure.SURVEY).toList();
        if (!work.isEmpty()) {
            table(blocks, overview, work, "Årets arbete: rapport, avtal, årshjul och handlingsplan");
        }
        return Document.landscape(new DocumentInfo(title(overview), "Samordna", title(overview)
                        + ", familjecentralerna sida vid sida", "översikt, familjecentral, ledningsgrupp", "sv-SE",
                        ZonedDateTime.now(SWEDEN)),
                new Document.RunningHead("Översikt till ledningsgruppen", title(overview),
                        "Läget den " + overview.today()), blocks);
    }

    private static void section(List<Block> blocks, Overview overview, Measure measure, String heading) {
        List<Column> columns = overview.columns().stream().filter(c -> c.measure() == measure).toList();
        if (!columns.isEmpty()) {
            table(blocks, overview, columns, heading);
        }
    }

    private static void table(List<Block> blocks, Overview overview, List<Column> columns, String heading) {
        blocks.add(new Heading(heading, 2));
        List<Block.Column> headings = new ArrayList<>();
        headings.add(Block.Column.text("Kommun", 1.2));
        headings.add(Block.Column.text("Familjecentral", 2.0));
        boolean wide = columns.stream().anyMatch(c -> !c.numeric());
        for (Column column : columns) {
            headings.add(column.numeric() ? Block.Column.number(column.heading(), 1.1)
                    : Block.Column.text(column.heading(), column.measure() == Measure.PLAN ? 2.2 : wide ? 1.5 : 1.1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Overview.Group group : overview.groups()) {
            boolean first = true;
            for (Overview.Row row : group.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(first ? group.municipality() + (group.region().isBlank() ? "" : "\n" + group.region()) : "");
                cells.add(row.centre());
                for (Column column : columns) {
                    Cell cell = row.cell(column.key());
                    cells.add(cell.text().isEmpty() && !cell.marked() ? "–" : cell.printed());
                }
                rows.add(cells);
                first = false;
            }
        }
        blocks.add(new Block.Table(headings, rows));
        List<String> sources = new ArrayList<>();
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (Column column : columns) {
            if (seen.add(column.source())) {
                sources.add(column.source());
            }
        }
        blocks.add(new Paragraph("Källa: " + String.join(". ", sources) + ". – i en cell: ingen uppgift för året.",
                Role.NOTE));
    }
}
