package se.samordna.core.pdf;

import java.awt.Color;

/** How a run of text looks: face, size, line spacing, room before and after, colour. */
public record TextStyle(Face face, float size, float leading, float spaceBefore, float spaceAfter, Color color) {

    /** The three faces we embed (Liberation Sans; the Arabic and Ethiopic fonts draw italic upright). */
    public enum Face {
        REGULAR,
        BOLD,
        ITALIC
    }

    public static final Color INK = new Color(0x1d, 0x23, 0x24);
    public static final Color MUTED = new Color(0x5d, 0x6b, 0x6c);
    public static final Color ACCENT = new Color(0x2f, 0x6f, 0x73);

    public static final TextStyle BODY = new TextStyle(Face.REGULAR, 10.5f, 1.4f, 0, 6, INK);
    public static final TextStyle TITLE = new TextStyle(Face.BOLD, 19, 1.25f, 0, 6, INK);
    public static final TextStyle SUBTITLE = new TextStyle(Face.ITALIC, 11, 1.3f, 0, 4, MUTED);
    public static final TextStyle HEADING = new TextStyle(Face.BOLD, 12.5f, 1.3f, 12, 5, ACCENT);
    public static final TextStyle SUBHEADING = new TextStyle(Face.BOLD, 10.5f, 1.35f, 6, 3, INK);
    public static final TextStyle SMALL = new TextStyle(Face.REGULAR, 8.5f, 1.3f, 0, 2, MUTED);

    public float lineHeight() {
        return size * leading;
    }

    public TextStyle withFace(Face value) {
        return new TextStyle(value, size, leading, spaceBefore, spaceAfter, color);
    }

    public TextStyle withSize(float value) {
        return new TextStyle(face, value, leading, spaceBefore, spaceAfter, color);
    }

    public TextStyle withSpacing(float before, float after) {
        return new TextStyle(face, size, leading, before, after, color);
    }

    public TextStyle withColor(Color value) {
        return new TextStyle(face, size, leading, spaceBefore, spaceAfter, value);
    }
}
