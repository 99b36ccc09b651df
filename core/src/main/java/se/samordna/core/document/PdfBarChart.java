package se.samordna.core.document;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.document.Block.Chart;
import se.samordna.core.document.Block.Series;
import se.samordna.core.pdf.ChartDrawing;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * A {@link Chart} in a PDF: upright bars per category on a scale of round steps, each bar's value
 * above it; several series stand side by side in the app's year styles, with a legend.
 */
final class PdfBarChart {
    private static final Color GRID = ChartDrawing.color(ChartPalette.GRID);
    private static final Color BAR = ChartDrawing.color(ChartPalette.year(0).fill());
    private static final float PLOT_HEIGHT = 120;

    private PdfBarChart() {
    }

    static void draw(FlowDocument pdf, Chart chart) {
        double max = 0;
        for (Series series : chart.series()) {
            for (Double value : series.values()) {
                if (value != null) {
                    max = Math.max(max, value);
                }
            }
        }
        long step = step((long) Math.ceil(max));
        long top = Math.max(step, ((long) Math.ceil(max) + step - 1) / step * step);
        TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
        TextStyle title = TextStyle.SMALL.withFace(TextStyle.Face.BOLD).withColor(TextStyle.INK);
        int categories = chart.categories().size();
        int count = chart.series().size();
        float legend = count > 1 ? small.lineHeight() + 4 : 0;
        pdf.block(PLOT_HEIGHT + 52 + legend, (content, x, blockTop, width) -> {
            pdf.text(content, chart.title(), title, x, blockTop - 10);
            if (count > 1) {
                legend(pdf, content, chart.series(), small, x, blockTop - 12 - small.lineHeight());
            }
            float axisWidth = 40;
            float plotX = x + axisWidth;
            float plotWidth = width - axisWidth;
            float plotTop = blockTop - 26 - legend;
            float base = plotTop - PLOT_HEIGHT;
            for (long tick = 0; tick <= top; tick += step) {
                float ty = base + PLOT_HEIGHT * tick / top;
                ChartDrawing.rule(content, plotX, ty, plotX + plotWidth, tick == 0 ? TextStyle.MUTED : GRID,
                        tick == 0 ? 0.6f : 0.4f);
                String label = number(tick);
                pdf.text(content, label, small, plotX - 4 - pdf.width(label, small), ty - 3);
            }
            float slot = plotWidth / categories;
            float groupWidth = slot * 0.62f;
            float barWidth = groupWidth / count;
            for (int i = 0; i < categories; i++) {
                float gx = plotX + i * slot + (slot - groupWidth) / 2;
                for (int s = 0; s < count; s++) {
                    Double value = chart.series().get(s).values().get(i);
                    if (value == null) {
                        continue;
                    }
                    float bx = gx + s * barWidth;
                    float h = (float) (PLOT_HEIGHT * value / top);
                    if (s == 0) {
                        content.setNonStrokingColor(BAR);
                        content.addRect(bx, base, barWidth, h);
                        content.fill();
                    } else {
                        ChartDrawing.bar(content, ChartPalette.year(s), bx, base, barWidth, h);
                    }
                    String text = number(value);
                    TextStyle label = small.withSize(7.5f);
                    pdf.text(content, text, label, bx + (barWidth - pdf.width(text, label)) / 2, base + h + 3);
                }
                String category = chart.categories().get(i);
                pdf.text(content, category, small, gx + (groupWidth - pdf.width(category, small)) / 2, base - 11);
            }
        });
        pdf.space(4);
    }

    private static void legend(FlowDocument pdf, PDPageContentStream content, List<Series> series, TextStyle style,
                               float x, float baseline) throws IOException {
        float at = x;
        for (int s = 0; s < series.size(); s++) {
            ChartDrawing.bar(content, ChartPalette.year(s), at, baseline - 1, 9, 8);
            pdf.text(content, series.get(s).name(), style, at + 12, baseline);
            at += 12 + pdf.width(series.get(s).name(), style) + 14;
        }
    }

    /** A round step (1, 2 or 5 × 10ⁿ) giving at most five lines on the scale. */
    static long step(long max) {
        long magnitude = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long step = factor * magnitude;
                if (max <= step * 5) {
                    return step;
                }
            }
            magnitude *= 10;
        }
    }

    /** "12 345" (a space between thousands, as Swedish prints numbers), or "4,5" for a fraction. */
    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", (long) value).replace(',', ' ');
        }
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
