package se.samordna.core.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.chart.ChartPalette.Rgb;
import se.samordna.core.chart.ChartPalette.SeriesStyle;

/** Bars, legend swatches and target lines in a PDF, drawn in the app's {@link ChartPalette}. */
public final class ChartDrawing {
    private ChartDrawing() {
    }

    public static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    /** A bar (or a legend swatch): fill, the style's hatching clipped to it, and its outline. */
    public static void bar(PDPageContentStream content, SeriesStyle style, float x, float y, float width, float height)
            throws IOException {
        if (width <= 0 || height <= 0) {
            return;
        }
        content.setNonStrokingColor(color(style.fill()));
        content.addRect(x, y, width, height);
        content.fill();
        if (style.pattern() != ChartPalette.Pattern.SOLID) {
            content.saveGraphicsState();
            content.addRect(x, y, width, height);
            content.clip();
            content.setStrokingColor(color(style.ink()));
            content.setLineWidth((float) ChartPalette.HATCH_WIDTH * 0.6f);
            float spacing = (float) ChartPalette.HATCH_SPACING * 0.8f;
            // Lines rising to the right, then (cross-hatched) falling; far enough to cover the bar.
            for (float start = x - height; start < x + width; start += spacing) {
                content.moveTo(start, y);
                content.lineTo(start + height, y + height);
            }
            if (style.pattern() == ChartPalette.Pattern.CROSS_HATCHED) {
                for (float start = x; start < x + width + height; start += spacing) {
                    content.moveTo(start, y);
                    content.lineTo(start - height, y + height);
                }
            }
            content.stroke();
            content.restoreGraphicsState();
        }
        if (!style.outline().equals(style.fill())) {
            content.setStrokingColor(color(style.outline()));
            content.setLineWidth(0.6f);
            content.addRect(x, y, width, height);
            content.stroke();
        }
    }

    /** The target as a dashed red line from (x1, y1) to (x2, y2). */
    public static void targetLine(PDPageContentStream content, float x1, float y1, float x2, float y2)
            throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(color(ChartPalette.TARGET));
        content.setLineWidth(1.2f);
        content.setLineDashPattern(new float[] {(float) ChartPalette.TARGET_DASH * 0.6f,
                (float) ChartPalette.TARGET_GAP * 0.6f}, 0);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** A horizontal line from x1 to x2 at y: a grid line, a scale's base, a rule under a table row. */
    public static void rule(PDPageContentStream content, float x1, float y, float x2, Color color, float lineWidth)
            throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y);
        content.lineTo(x2, y);
        content.stroke();
    }
}
