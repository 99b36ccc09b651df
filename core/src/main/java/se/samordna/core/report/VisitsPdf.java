package se.samordna.core.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import se.samordna.core.chart.ChartPalette;
import se.samordna.core.pdf.ChartDrawing;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * The visitor table of the report in print: months × categories, kept on one page, its narrow
 * column heads broken as print breaks them (the bars under it are a {@code Block.Chart} of the outline).
 */
final class VisitsPdf {
    /** The months as the table prints them. */
    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt",
            "Nov", "Dec");

    private static final Color GRID = ChartDrawing.color(ChartPalette.GRID);
    private static final Color STRIPE = new Color(0xf1, 0xf5, 0xf5);
        private static final float MONTH_COLUMN = 0.1f;
    private static final float TOTAL_COLUMN = 0.14f;
    private static final float ROW = 14;
    private static final TextStyle NOTE = TextStyle.SMALL.withSize(8);
    private static final TextStyle HEAD = TextStyle.SMALL.withFace(TextStyle.Face.BOLD).withColor(TextStyle.INK)
            .withSize(8);

    private VisitsPdf() {
    }

    /** Short column heads: the category names are too long for a seven-column table. */
    static String columnHead(VisitCategory category) {
        return switch (category) {
            case OPPEN_FORSKOLA -> "Öppen förskola (besök)";
            case BARNAVARDSCENTRAL -> "BVC (besök)";
            case BARNMORSKEMOTTAGNING -> "BMM (besök)";
            case SOCIALTJANST -> "Socialtjänst/kurator (samtal)";
            case GRUPPVERKSAMHET -> "Föräldragrupper (träffar)";
        };
    }

    /** "12 345": a space between thousands, as Swedish prints numbers. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    /** The height of the table: the column heads, twelve months, the total row and a note on empty months. */
    static float tableHeight(FlowDocument pdf, Report report) {
        return headHeight(heads(pdf)) + 13 * ROW + 4 + (someMonthsEmpty(report) ? NOTE.lineHeight() + 4 : 0);
    }

    private static boolean someMonthsEmpty(Report report) {
        return report.visits().stream().mapToInt(VisitCount::month).distinct().count() < 12;
    }

    /**
     * Visits per month and category, with a total per month and a total row; kept on one page.
     * A month or cell without a figure prints "–", explained under the table.
     */
    static void table(FlowDocument pdf, Report report) {
        VisitCategory[] categories = VisitCategory.values();
        TextStyle head = HEAD;
        TextStyle cell = TextStyle.BODY.withSize(9.5f);
        TextStyle bold = cell.withFace(TextStyle.Face.BOLD);
        float total = pdf.contentWidth();
        float categoryWidth = categoryWidth(pdf);
        List<List<String>> heads = heads(pdf);
        float headHeight = headHeight(heads);
        float height = tableHeight(pdf, report);
        pdf.block(height, (content, x, top, width) -> {
            float[] right = new float[categories.length + 2];
            right[0] = x + total * MONTH_COLUMN;
            for (int c = 0; c < categories.length; c++) {
                right[c + 1] = right[0] + (c + 1) * categoryWidth;
            }
            right[categories.length + 1] = x + width;
            pdf.text(content, ReportOutline.MONTH, head, x + 2, top - headHeight + 5);
            for (int c = 0; c < categories.length; c++) {
                float y = top - headHeight + 5 + (heads.get(c).size() - 1) * head.lineHeight();
                for (String line : heads.get(c)) {
                    pdf.text(content, line, head, right[c + 1] - 3 - pdf.width(line, head), y);
                    y -= head.lineHeight();
                }
            }
            pdf.text(content, ReportOutline.TOTAL, head, x + width - 3 - pdf.width(ReportOutline.TOTAL, head), top - headHeight + 5);
            ChartDrawing.rule(content, x, top - headHeight, x + width, TextStyle.MUTED, 0.6f);
            float rowTop = top - headHeight;
            long[] columnTotals = new long[categories.length];
            for (int month = 1; month <= 12; month++) {
                if (month % 2 == 0) {
                    content.setNonStrokingColor(STRIPE);
                    content.addRect(x, rowTop - ROW, width, ROW);
                    content.fill();
                }
                float baseline = rowTop - ROW + 4;
                pdf.text(content, MONTHS.get(month - 1), cell, x + 2, baseline);
                Long rowTotal = null;
                for (int c = 0; c < categories.length; c++) {
                    Integer visits = report.visits(month, categories[c]);
                    String text = visits == null ? "–" : number(visits);
                    if (visits != null) {
                        rowTotal = (rowTotal == null ? 0 : rowTotal) + visits;
                        columnTotals[c] += visits;
                    }
                    pdf.text(content, text, cell, right[c + 1] - 3 - pdf.width(text, cell), baseline);
                }
                String sum = rowTotal == null ? "–" : number(rowTotal);
                pdf.text(content, sum, bold, x + width - 3 - pdf.width(sum, bold), baseline);
                rowTop -= ROW;
            }
            ChartDrawing.rule(content, x, rowTop, x + width, TextStyle.MUTED, 0.6f);
            float baseline = rowTop - ROW + 4;
            pdf.text(content, ReportOutline.TOTAL, bold, x + 2, baseline);
            long grand = 0;
            for (int c = 0; c < categories.length; c++) {
                String text = number(columnTotals[c]);
                grand += columnTotals[c];
                pdf.text(content, text, bold, right[c + 1] - 3 - pdf.width(text, bold), baseline);
            }
            String text = number(grand);
            pdf.text(content, text, bold, x + width - 3 - pdf.width(text, bold), baseline);
            ChartDrawing.rule(content, x, rowTop - ROW - 2, x + width, GRID, 0.4f);
            if (someMonthsEmpty(report)) {
                pdf.text(content, ReportOutline.NO_FIGURE, NOTE, x, rowTop - ROW - 4 - NOTE.lineHeight());
            }
        });
        pdf.space(6);
    }

    private static float categoryWidth(FlowDocument pdf) {
        return pdf.contentWidth() * (1 - MONTH_COLUMN - TOTAL_COLUMN) / VisitCategory.values().length;
    }

    private static List<List<String>> heads(FlowDocument pdf) {
        List<List<String>> heads = new ArrayList<>();
        float width = categoryWidth(pdf) - 6;
        for (VisitCategory category : VisitCategory.values()) {
            heads.add(pdf.wrap(narrowHead(pdf, columnHead(category), width), HEAD, width));
        }
        return heads;
    }

    /**
     * A column head for a narrow column: a word too wide for it is broken as print breaks it, after a
     * slash or with a hyphen at the end of the line ("Föräldra-" / "grupper"); the Word table, whose
     * columns are wide enough, keeps the words whole.
     */
    static String narrowHead(FlowDocument pdf, String head, float width) {
        StringBuilder out = new StringBuilder();
        for (String word : head.split(" ")) {
            String broken = word;
            if (pdf.width(word, HEAD) > width) {
                int slash = word.indexOf('/');
                if (slash > 0 && slash < word.length() - 1) {
                    broken = word.substring(0, slash + 1) + "\n" + word.substring(slash + 1);
                } else if (word.startsWith("Föräldra") && word.length() > "Föräldra".length()) {
                    broken = "Föräldra-\n" + word.substring("Föräldra".length());
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(broken);
        }
        return out.toString();
    }

    private static float headHeight(List<List<String>> heads) {
        return heads.stream().mapToInt(List::size).max().orElse(1) * HEAD.lineHeight() + 8;
    }
}
