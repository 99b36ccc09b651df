package se.samordna.core.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.document.Block.Table;
import se.samordna.core.pdf.ChartDrawing;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * A {@link Table} in a PDF: headings in bold on a shaded row, cells wrapped within their columns,
 * every other row striped. A row is never split; a table that runs on starts the next page with
 * its headings again.
 */
final class PdfTable {
    private static final Color GRID = ChartDrawing.color(ChartPalette.GRID);
    private static final Color STRIPE = new Color(0xf1, 0xf5, 0xf5);
    private static final Color HEAD_FILL = new Color(0xe3, 0xee, 0xee);
    private static final TextStyle HEAD = TextStyle.SMALL.withFace(TextStyle.Face.BOLD).withColor(TextStyle.INK);
    private static final TextStyle CELL = TextStyle.BODY.withSize(9);
    private static final float PAD = 3;

    private PdfTable() {
    }

    static void draw(FlowDocument pdf, Table table) {
        float[] widths = widths(pdf, table);
        if (table.keptWhole()) {
            pdf.ensureSpace(height(pdf, table));
        }
        List<List<String>> head = wrapped(pdf, table.headings(), HEAD, widths);
        float headHeight = rowHeight(head, HEAD);
        pdf.ensureSpace(headAndFirstRow(pdf, table));
        row(pdf, table, head, HEAD, widths, headHeight, HEAD_FILL);
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = table.totalRow() && r == table.rows().size() - 1;
            TextStyle style = total ? CELL.withFace(TextStyle.Face.BOLD) : CELL;
            List<List<String>> cells = wrapped(pdf, table.rows().get(r), style, widths);
            float height = rowHeight(cells, style);
            if (pdf.remaining() < height) {
                pdf.newPage();
                row(pdf, table, head, HEAD, widths, headHeight, HEAD_FILL);
            }
            row(pdf, table, cells, style, widths, height, r % 2 == 1 ? STRIPE : null);
        }
        pdf.space(8);
    }

    /** The whole table's height, for one kept on a page. */
    static float height(FlowDocument pdf, Table table) {
        float[] widths = widths(pdf, table);
        float height = rowHeight(wrapped(pdf, table.headings(), HEAD, widths), HEAD);
        for (List<String> row : table.rows()) {
            height += rowHeight(wrapped(pdf, row, CELL, widths), CELL);
        }
        return height;
    }

    /** The headings and the first row: what a table needs to start on a page. */
    static float headAndFirstRow(FlowDocument pdf, Table table) {
        float[] widths = widths(pdf, table);
        float height = rowHeight(wrapped(pdf, table.headings(), HEAD, widths), HEAD);
        if (!table.rows().isEmpty()) {
            height += rowHeight(wrapped(pdf, table.rows().getFirst(), CELL, widths), CELL);
        }
        return height;
    }

    private static float[] widths(FlowDocument pdf, Table table) {
        double[] shares = table.shares();
        float[] widths = new float[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = (float) (pdf.contentWidth() * shares[c]);
        }
        return widths;
    }

    private static List<List<String>> wrapped(FlowDocument pdf, List<String> cells, TextStyle style, float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            lines.add(pdf.wrap(cells.get(c) == null ? "" : cells.get(c), style, widths[c] - 2 * PAD));
        }
        return lines;
    }

    private static float rowHeight(List<List<String>> cells, TextStyle style) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.lineHeight() + 2 * PAD;
    }

    private static void row(FlowDocument pdf, Table table, List<List<String>> cells, TextStyle style, float[] widths,
                            float height, Color fill) {
        pdf.block(height, (content, x, top, width) -> {
            if (fill != null) {
                content.setNonStrokingColor(fill);
                content.addRect(x, top - height, width, height);
                content.fill();
            }
            float left = x;
            for (int c = 0; c < cells.size(); c++) {
                boolean right = table.columns().get(c).numeric() || pdf.rightToLeft();
                float baseline = top - PAD - style.size();
                for (String line : cells.get(c)) {
                    float lineX = right ? left + widths[c] - PAD - pdf.width(line, style) : left + PAD;
                    pdf.text(content, line, style, lineX, baseline);
                    baseline -= style.lineHeight();
                }
                left += widths[c];
            }
            ChartDrawing.rule(content, x, top - height, x + width, GRID, 0.4f);
        });
    }
}
