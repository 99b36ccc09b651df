package se.samordna.core.wheel;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * The wheel drawn with PDFBox's vector operators: twelve month sectors clockwise from the top,
 * starting at the year's start month; one ring per responsible role (Bilaga 6's first, from the
 * outside in); each activity in its month and ring, named where the name fits at a readable size,
 * otherwise marked with its number in the list beside; today as a line from the centre.
 */
final class WheelDrawing {
    /** Smallest text the wheel draws; an activity whose name does not fit at this size gets its number. */
    static final float MIN_TEXT = 7.5f;
    static final float MAX_TEXT = 8.5f;
    /** Ring backgrounds: pale, and never the green of "klar" or the red of "försenad". */
    private static final Color[] RING = {new Color(0xd6, 0xea, 0xeb), new Color(0xf7, 0xe8, 0xc9),
        new Color(0xe8, 0xdf, 0xf1), new Color(0xdc, 0xe4, 0xf2), new Color(0xee, 0xe6, 0xda),
        new Color(0xe4, 0xe4, 0xe4)};
    static final Color DONE = new Color(0x2e, 0x7d, 0x32);
    static final Color LATE = new Color(0xb3, 0x26, 0x1e);
    static final Color LINE = new Color(0x8a, 0x99, 0x9a);

    private final FlowDocument pdf;
    private final PDPageContentStream content;
    private final WheelYear year;
    private final float cx;
    private final float cy;
    private final float radius;

    WheelDrawing(FlowDocument pdf, PDPageContentStream content, WheelYear year, float cx, float cy, float radius) {
        this.pdf = pdf;
        this.content = content;
        this.year = year;
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
    }

    static Color ringColor(int ring) {
        return RING[ring % RING.length];
    }

    void draw() throws IOException {
        List<String> roles = year.roles();
        float monthBand = Math.max(16, radius * 0.075f);
        float outer = radius - monthBand;
        float hub = radius * 0.24f;
        int rings = Math.max(1, roles.size());
        float ringWidth = (outer - hub) / rings;
        List<Month> months = year.year().months();

        // Rings, from the outside in, each month's cell outlined.
        for (int ring = 0; ring < rings; ring++) {
            float r2 = outer - ring * ringWidth;
            float r1 = r2 - ringWidth;
            for (int m = 0; m < 12; m++) {
                sector(r1, r2, m * 30, (m + 1) * 30);
                content.setNonStrokingColor(ringColor(ring));
                content.setStrokingColor(Color.WHITE);
                content.setLineWidth(1.2f);
                content.fillAndStroke();
            }
        }
        // The month band: the sectors first, then the names along the ring (upright in the lower half).
        TextStyle monthStyle = new TextStyle(TextStyle.Face.BOLD, Math.min(11, monthBand * 0.6f), 1.2f, 0, 0,
                Color.WHITE);
        for (int m = 0; m < 12; m++) {
            sector(outer, radius, m * 30, (m + 1) * 30);
            content.setNonStrokingColor(m % 2 == 0 ? new Color(0x2f, 0x6f, 0x73) : new Color(0x3f, 0x83, 0x87));
            content.fill();
        }
        for (int m = 0; m < 12; m++) {
            String name = MonthNames.of(months.get(m));
            if (pdf.width(name, monthStyle) > outer * Math.toRadians(30) - 8) {
                name = MonthNames.shortName(months.get(m));
            }
            along(List.of(name), monthStyle, radius - monthBand / 2, m * 30 + 15);
        }
        // Activities.
        Map<Month, List<Occurrence>> byMonth = year.byMonth();
        for (int m = 0; m < 12; m++) {
            for (int ring = 0; ring < rings; ring++) {
                String role = roles.isEmpty() ? "" : roles.get(ring);
                List<Occurrence> cell = byMonth.get(months.get(m)).stream()
                        .filter(o -> o.activity().responsible().equals(role)).toList();
                float r2 = outer - ring * ringWidth;
                float r1 = r2 - ringWidth;
                float step = 30f / Math.max(1, cell.size());
                for (int i = 0; i < cell.size(); i++) {
                    activity(cell.get(i), r1, r2, m * 30 + i * step, m * 30 + (i + 1) * step, ring);
                }
            }
        }
        // Spokes between the months, the hub and today.
        content.setStrokingColor(Color.WHITE);
        content.setLineWidth(2f);
        for (int m = 0; m < 12; m++) {
            float[] a = point(hub, m * 30);
            float[] b = point(radius, m * 30);
            content.moveTo(a[0], a[1]);
            content.lineTo(b[0], b[1]);
        }
        content.stroke();
        circle(hub);
        content.setNonStrokingColor(Color.WHITE);
        content.setStrokingColor(LINE);
        content.setLineWidth(0.8f);
        content.fillAndStroke();
        TextStyle hubStyle = new TextStyle(TextStyle.Face.BOLD, Math.min(20, hub * 0.32f), 1.2f, 0, 0, TextStyle.INK);
        TextStyle hubSmall = TextStyle.SMALL.withSize(Math.min(10, hub * 0.17f));
        centredLevel("Årshjul", hubSmall, cx, cy + hubStyle.size() * 0.35f);
        centredLevel(year.year().label(), hubStyle, cx, cy - hubStyle.size() * 0.75f);
        today(hub);
    }

    private void activity(Occurrence o, float r1, float r2, float a1, float a2, int ring) throws IOException {
        sector(r1, r2, a1, a2);
        Color fill = o.cancelled() ? new Color(0xf2, 0xf2, 0xf2) : o.done() ? new Color(0xd3, 0xea, 0xd5)
                : o.status() == OccurrenceStatus.OVERDUE ? new Color(0xf8, 0xd7, 0xd4)
                : blend(ringColor(ring), new Color(0x9c, 0xb8, 0xba), 0.3f);
        content.setNonStrokingColor(fill);
        content.setStrokingColor(Color.WHITE);
        content.setLineWidth(1f);
        content.fillAndStroke();
        float mid = (a1 + a2) / 2;
        float rm = (r1 + r2) / 2;
        Color ink = o.cancelled() ? TextStyle.MUTED : o.status() == OccurrenceStatus.OVERDUE ? LATE : TextStyle.INK;
        if (fittingLines(o.activity().name(), r1, r2, a1, a2, ink) != null) {
            return;
        }
        marker(o, point(rm, mid), Math.min(9, Math.min((r2 - r1) * 0.3f, (float) (rm * Math.toRadians(a2 - a1)) * 0.38f)));
    }

    /**
     * Draws the name along the ring in its cell, at the largest size from MAX_TEXT down to MIN_TEXT that
     * fits whole words in at most three lines; null (and nothing drawn) when none does.
     */
    private List<String> fittingLines(String name, float r1, float r2, float a1, float a2, Color ink)
            throws IOException {
        float mid = (a1 + a2) / 2;
        float rm = (r1 + r2) / 2;
        String words = name.strip().replaceAll("\\s+", " ");
        float arc = (float) (r1 * Math.toRadians(a2 - a1));
        for (float size = MAX_TEXT; size >= MIN_TEXT; size -= 0.5f) {
            TextStyle style = new TextStyle(TextStyle.Face.REGULAR, size, 1.15f, 0, 0, ink);
            for (float fraction : new float[] {1f, 0.85f, 0.7f, 0.55f}) {
                if (arc * fraction - 4 <= 0) {
                    continue; // no room at all: the number is drawn instead
                }
                List<String> lines = pdf.wrap(words, style, arc * fraction - 4);
                if (lines.size() > 3 || !String.join(" ", lines).equals(words)) {
                    continue; // too many lines, or a word broken in two
                }
                float width = 0;
                for (String line : lines) {
                    width = Math.max(width, pdf.width(line, style));
                }
                float height = lines.size() * style.lineHeight();
                if (boxInside(rm, mid, width + 3, height + 1, r1 + 1.5f, r2 - 1.5f, a1 + 0.4f, a2 - 0.4f)) {
                    along(lines, style, rm, mid);
                    return lines;
                }
            }
        }
        return null;
    }

    /** Lines centred on the point at radius {@code r} and {@code angle}, running along the ring, upright. */
    private void along(List<String> lines, TextStyle style, float r, float angle) throws IOException {
        float[] at = point(r, angle);
        content.saveGraphicsState();
        content.transform(Matrix.getRotateInstance(rotation(angle), at[0], at[1]));
        float y = lines.size() * style.lineHeight() / 2;
        for (String line : lines) {
            y -= style.lineHeight();
            pdf.text(content, line, style, -pdf.width(line, style) / 2,
                    y + (style.lineHeight() - style.size()) / 2 + style.size() * 0.12f);
        }
        content.restoreGraphicsState();
    }

    /** The turn of text along the ring at {@code angle}: the tangent, half a turn more in the lower half. */
    private static double rotation(float angle) {
        double rotation = -Math.toRadians(angle);
        return angle > 90 && angle < 270 ? rotation + Math.PI : rotation;
    }

    /** Whether a box of {@code w} × {@code h} centred at radius {@code r}, {@code angle}, along the ring, lies in the cell. */
    private boolean boxInside(float r, float angle, float w, float h, float r1, float r2, float a1, float a2) {
        float[] centre = point(r, angle);
        double rotation = rotation(angle);
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 2; j++) {
                double lx = -w / 2 + w * i / 4.0;
                double ly = -h / 2 + h * j / 2.0;
                float x = (float) (centre[0] + lx * cos - ly * sin);
                float y = (float) (centre[1] + lx * sin + ly * cos);
                if (!inside(x, y, r1, r2, a1, a2)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean inside(float x, float y, float r1, float r2, float a1, float a2) {
        double dx = x - cx;
        double dy = y - cy;
        double r = Math.hypot(dx, dy);
        double angle = Math.toDegrees(Math.atan2(dx, dy));
        if (angle < 0) {
            angle += 360;
        }
        return r >= r1 && r <= r2 && angle >= a1 && angle <= a2;
    }

    private void marker(Occurrence o, float[] at, float size) throws IOException {
        float r = Math.max(6.5f, size);
        circle(at[0], at[1], r);
        boolean done = o.done() && !o.cancelled();
        content.setNonStrokingColor(done ? DONE : Color.WHITE);
        content.setStrokingColor(o.status() == OccurrenceStatus.OVERDUE ? LATE : done ? DONE : TextStyle.ACCENT);
        content.setLineWidth(o.status() == OccurrenceStatus.OVERDUE ? 1.4f : 0.9f);
        content.fillAndStroke();
        TextStyle number = new TextStyle(TextStyle.Face.BOLD, Math.max(MIN_TEXT, r * 1.05f), 1, 0, 0,
                done ? Color.WHITE : o.cancelled() ? TextStyle.MUTED : TextStyle.INK);
        centredLevel(String.valueOf(o.number()), number, at[0], at[1] - number.size() * 0.35f);
    }

    private void today(float hub) throws IOException {
        LocalDate today = year.today();
        if (!year.year().contains(today)) {
            return;
        }
        int m = year.year().months().indexOf(today.getMonth());
        float angle = m * 30 + 30f * (today.getDayOfMonth() - 0.5f) / today.lengthOfMonth();
        float[] a = point(hub, angle);
        float[] b = point(radius + 4, angle);
        content.setStrokingColor(LATE);
        content.setLineWidth(1.6f);
        content.moveTo(a[0], a[1]);
        content.lineTo(b[0], b[1]);
        content.stroke();
        float[] c = point(radius + 4, angle);
        circle(c[0], c[1], 3);
        content.setNonStrokingColor(LATE);
        content.fill();
        TextStyle style = new TextStyle(TextStyle.Face.BOLD, 8, 1.2f, 0, 0, LATE);
        String text = "Idag " + today.getDayOfMonth() + "/" + today.getMonthValue();
        float[] t = point(radius + 12, angle);
        float w = pdf.width(text, style);
        float x = angle < 180 ? t[0] : t[0] - w;
        if (angle < 10 || angle > 350 || (angle > 170 && angle < 190)) {
            x = t[0] - w / 2;
        }
        pdf.text(content, text, style, x, t[1] - 3);
    }

    private void centredLevel(String text, TextStyle style, float x, float baseline) throws IOException {
        pdf.text(content, text, style, x - pdf.width(text, style) / 2, baseline);
    }

    /** An annular sector from angle a1 to a2 (degrees clockwise from the top), as a path. */
    private void sector(float r1, float r2, float a1, float a2) throws IOException {
        int steps = Math.max(2, (int) Math.ceil((a2 - a1) / 2));
        float[] start = point(r2, a1);
        content.moveTo(start[0], start[1]);
        for (int i = 1; i <= steps; i++) {
            float[] p = point(r2, a1 + (a2 - a1) * i / steps);
            content.lineTo(p[0], p[1]);
        }
        for (int i = steps; i >= 0; i--) {
            float[] p = point(r1, a1 + (a2 - a1) * i / steps);
            content.lineTo(p[0], p[1]);
        }
        content.closePath();
    }

    private void circle(float r) throws IOException {
        circle(cx, cy, r);
    }

    /** A circle from four Bézier quarters. */
    private void circle(float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closePath();
    }

    private float[] point(float r, float angleDegrees) {
        double a = Math.toRadians(angleDegrees);
        return new float[] {(float) (cx + r * Math.sin(a)), (float) (cy + r * Math.cos(a))};
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
