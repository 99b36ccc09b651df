package se.samordna.core.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import se.samordna.core.docx.WordDocument;
import se.samordna.core.docx.WordDocument.PageSize;
import se.samordna.core.docx.WordDocument.Style;
import se.samordna.core.document.Block.BulletList;
import se.samordna.core.document.Block.Chart;
import se.samordna.core.document.Block.Contents;
import se.samordna.core.document.Block.Cover;
import se.samordna.core.document.Block.Figure;
import se.samordna.core.document.Block.Heading;
import se.samordna.core.document.Block.Labelled;
import se.samordna.core.document.Block.PageBreak;
import se.samordna.core.document.Block.Paragraph;
import se.samordna.core.document.Block.Series;
import se.samordna.core.document.Block.Table;

/**
 * A {@link Document} as a Word document on {@link WordDocument}, for those who go on editing in Word:
 * Word's own heading styles, a table of contents Word fills in, and charts as tables (the figures
 * stay editable). The PDF remains the document to archive.
 */
public final class DocxRenderer {
    private final WordDocument doc;
    private final Document document;

    private DocxRenderer(Document document) {
        this.document = document;
        PageSize paper = document.paper() == Document.Paper.A3 ? PageSize.A3 : PageSize.A4;
        this.doc = new WordDocument(document.info(),
                document.orientation() == Document.Orientation.LANDSCAPE ? paper.turned() : paper);
    }

    public static void write(Document document, OutputStream out) throws IOException {
        DocxRenderer renderer = new DocxRenderer(document);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            renderer.block(blocks.get(i), i);
        }
        renderer.doc.save(out);
    }

    private void block(Block block, int at) {
        switch (block) {
            case Cover cover -> cover(cover);
            case Contents contents -> {
                doc.paragraph(contents.title(), Style.SUBTITLE);
                doc.tableOfContents(List.copyOf(PdfRenderer.sections(document, at).values()));
                doc.paragraph(contents.editorNote(), Style.NOTE);
            }
            case Heading heading -> doc.heading(heading.text(), heading.level());
            case Paragraph paragraph -> doc.paragraph(paragraph.text(), switch (paragraph.role()) {
                case BODY, INTRO -> Style.NORMAL;
                case NOTE, GUIDANCE, DETAILS -> Style.NOTE;
                case MISSING -> Style.EMPTY;
            });
            case Labelled labelled -> doc.labelled(labelled.label(), labelled.value(), labelled.missing());
            case BulletList list -> list.items().forEach(doc::bullet);
            case Table table -> doc.table(table.headings(), table.rows(), table.numeric(), table.totalRow(),
                    table.shares(), table.keptWhole());
            case Chart chart -> {
                if (!chart.figuresElsewhere()) {
                    chartTable(chart);
                }
            }
            case Figure figure -> figure.inWord().forEach(inner -> block(inner, at));
            case PageBreak pageBreak -> doc.pageBreak();
        }
    }

    private void cover(Cover cover) {
        doc.paragraph(cover.kicker(), Style.NOTE);
        doc.paragraph(cover.title(), Style.TITLE);
        doc.paragraph(cover.subtitle(), Style.SUBTITLE);
        cover.lines().forEach(doc::paragraph);
        doc.paragraph(String.join("\n", cover.facts()));
        doc.paragraph(cover.due());
        doc.paragraph(cover.note(), Style.NOTE);
    }

    /** A chart's figures: a row per category, a column per series. */
    private void chartTable(Chart chart) {
        List<String> header = new ArrayList<>(List.of(chart.title()));
        chart.series().forEach(series -> header.add(series.name()));
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(chart.categories().get(i)));
            for (Series series : chart.series()) {
                Double value = series.values().get(i);
                row.add(value == null ? "–" : PdfBarChart.number(value));
            }
            rows.add(row);
        }
        doc.table(header, rows, numeric, false);
    }
}
