package se.samordna.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The colours and fills of every chart Samordna draws, on screen and in its PDFs, so a year looks the
 * same in both. The years of a chart differ in lightness and in pattern, not in hue alone: the year
 * in view is the app's dark teal, solid; last year a light teal with diagonal hatching; the year
 * before that paler still with a cross-hatch. They stay apart on a grey-scale printer and for readers
 * who do not tell colours apart, and every bar also carries its value as text. The target is a red
 * dashed line, named in the legend rather than written across the bars.
 */
public final class ChartPalette {

    /** A colour as red, green and blue, 0–255. */
    public record Rgb(int red, int green, int blue) {
        public Rgb {
            if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
                throw new IllegalArgumentException("Colour out of range: " + red + ", " + green + ", " + blue);
            }
        }

        /** As CSS writes it: {@code #2f6f73}. */
        public String hex() {
            return String.format("#%02x%02x%02x", red, green, blue);
        }

        /** Relative lightness 0–1 as a grey-scale printer sees it (ITU-R BT.709 weights). */
        public double lightness() {
            return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
        }
    }

    /** What is drawn over a bar's fill. */
    public enum Pattern {
        /** The fill alone. */
        SOLID,
        /** Diagonal lines rising to the right. */
        HATCHED,
        /** Diagonal lines both ways. */
        CROSS_HATCHED
    }

    /**
     * How one series (a year) is drawn: {@code fill} under {@code pattern} lines in {@code ink},
     * edged with {@code outline}; a value written on the bar is in {@code textOnFill}.
     */
    public record SeriesStyle(Rgb fill, Pattern pattern, Rgb ink, Rgb outline, Rgb textOnFill) {
    }

    /** The app's accent: the year in view. */
    public static final Rgb ACCENT = new Rgb(0x2f, 0x6f, 0x73);
    /** Text on charts: axis labels, values beside bars, the legend. */
    public static final Rgb TEXT = new Rgb(0x1d, 0x23, 0x24);
    /** Grid lines and axes. */
    public static final Rgb GRID = new Rgb(0xb8, 0xc4, 0xc4);
    /** The target line (the 85 % of the survey areas). */
    public static final Rgb TARGET = new Rgb(0xb3, 0x26, 0x1e);
    /** Dash and gap of the target line, in points or pixels. */
    public static final double TARGET_DASH = 6;
    public static final double TARGET_GAP = 4;
    /** Distance between hatch lines, and their width, in points or pixels. */
    public static final double HATCH_SPACING = 5;
    public static final double HATCH_WIDTH = 1.2;

    private static final Rgb WHITE = new Rgb(0xff, 0xff, 0xff);
    private static final SeriesStyle CURRENT = new SeriesStyle(ACCENT, Pattern.SOLID, ACCENT, ACCENT, WHITE);
    private static final SeriesStyle LAST = new SeriesStyle(new Rgb(0xb4, 0xd3, 0xd5), Pattern.HATCHED,
            new Rgb(0x3f, 0x7f, 0x83), new Rgb(0x3f, 0x7f, 0x83), TEXT);
    private static final SeriesStyle OLDER = new SeriesStyle(new Rgb(0xe8, 0xf0, 0xf0), Pattern.CROSS_HATCHED,
            new Rgb(0x8a, 0xa9, 0xab), new Rgb(0x6f, 0x8f, 0x91), TEXT);

    private ChartPalette() {
    }

    /** The style of the year {@code yearsBack} before the newest one shown (0: the newest, in view). */
    public static SeriesStyle year(int yearsBack) {
        if (yearsBack < 0) {
            throw new IllegalArgumentException("yearsBack must not be negative: " + yearsBack);
        }
        return switch (yearsBack) {
            case 0 -> CURRENT;
            case 1 -> LAST;
            default -> OLDER;
        };
    }

    /** The styles of {@code count} series drawn oldest first, the newest (in view) last. */
    public static List<SeriesStyle> oldestFirst(int count) {
        List<SeriesStyle> styles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            styles.add(year(count - 1 - i));
        }
        return styles;
    }
}
