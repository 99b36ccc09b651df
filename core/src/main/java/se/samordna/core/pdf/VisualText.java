package se.samordna.core.pdf;

import java.text.Bidi;
import java.util.Locale;
import java.util.Set;

/**
 * A line of text as it is drawn from left to right: Arabic letters joined (ArabicForms), runs put
 * in visual order by the Unicode bidirectional algorithm ({@link java.text.Bidi}), brackets turned
 * round inside right-to-left runs, and the invisible direction and joining controls taken out once
 * they have done their work. Text without right-to-left letters in a left-to-right document comes
 * back as it is, so Swedish documents pay for one scan of each line.
 */
public final class VisualText {
    /** Languages written from right to left (ISO 639 codes): Arabic, Persian, Hebrew, Urdu and others. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "ps", "ckb", "yi", "dv",
            "sd", "ug", "prs");

    private VisualText() {
    }

    /** Whether a language (a code such as "ar", or a tag such as "fa-IR") is written from right to left. */
    public static boolean isRightToLeft(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String code = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return RIGHT_TO_LEFT.contains(code);
    }

    /**
     * {@code line} (one line, logical order) in the order its characters are drawn, left to right, in a
     * paragraph whose base direction is right to left when {@code rightToLeft}.
     */
    public static String visual(String line, boolean rightToLeft) {
        if (!rightToLeft && !hasRightToLeft(line)) {
            return line;
        }
        String shaped = ArabicForms.shape(line);
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        StringBuilder out = new StringBuilder(shaped.length());
        if (bidi.isLeftToRight()) {
            appendForward(out, shaped, 0, shaped.length());
            return out.toString();
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            order[run] = run;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        for (Integer run : order) {
            int start = bidi.getRunStart(run);
            int limit = bidi.getRunLimit(run);
            if ((bidi.getRunLevel(run) & 1) == 0) {
                appendForward(out, shaped, start, limit);
            } else {
                appendReversed(out, shaped, start, limit);
            }
        }
        return out.toString();
    }

    /** Whether the text has a right-to-left letter or an explicit direction control. */
    static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0590) {
                continue;
            }
            if ((c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)
                    || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                byte direction = Character.getDirectionality(Character.codePointAt(text, i));
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void appendForward(StringBuilder out, String text, int start, int limit) {
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (!control(c)) {
                out.append(c);
            }
        }
    }

    /**
     * A right-to-left run written backwards, letter by letter: a letter keeps its marks after it (a
     * mark is drawn over the glyph before it), and brackets are mirrored.
     */
    private static void appendReversed(StringBuilder out, String text, int start, int limit) {
        int end = limit;
        while (end > start) {
            int base = end;
            do {
                base = text.offsetByCodePoints(base, -1);
            } while (base > start && mark(text.codePointAt(base)));
            int first = text.codePointAt(base);
            if (!control(first)) {
                out.appendCodePoint(mirrored(first));
            }
            appendForward(out, text, base + Character.charCount(first), end);
            end = base;
        }
    }

    private static boolean mark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Direction marks, embeddings and isolates, and the joiners: they have been applied and draw nothing. */
    private static boolean control(int c) {
        return (c >= 0x200C && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static final String MIRRORED = "()[]{}<>«»‹›⁅⁆≤≥";

    private static int mirrored(int codePoint) {
        int at = MIRRORED.indexOf(codePoint);
        if (at < 0) {
            return codePoint;
        }
        return MIRRORED.charAt(at % 2 == 0 ? at + 1 : at - 1);
    }
}
