package se.samordna.core.pdf;

/**
 * Arabic-script letters joined by replacing each with its contextual presentation form (isolated,
 * final, initial, medial; Unicode's Arabic Presentation Forms A and B) and lam + alef with their
 * ligature. A PDF font draws a presentation form as the joined glyph through its cmap alone, so no
 * OpenType shaping engine is needed. Input and output are in logical order.
 *
 * <p>The letters are the Arabic, Persian, Urdu and Kurdish (Sorani) ones that have presentation forms;
 * the joining rules are Unicode's (chapter 9.2, ArabicShaping.txt): marks
 * and format characters are transparent, tatweel and ZWJ join on both sides, ZWNJ and everything
 * else breaks the join. Letters without presentation forms are left as they are and do not join.
 * Marks (harakat) stay combining characters after their letter. See decision 0010.
 */
final class ArabicForms {
    private static final char LAM = 0x0644;
    private static final char TATWEEL = 0x0640;
    private static final char ZWJ = 0x200D;

    private static final int NONE = 0;
    /** Joins only to the letter before it (alef, dal, reh, waw …): isolated and final forms. */
    private static final int RIGHT = 2;
    /** Joins on both sides: isolated, final, initial and medial forms. */
    private static final int DUAL = 4;

    /** Letter, its isolated presentation form (the others follow it: final, initial, medial), form count. */
    private static final int[][] LETTERS = {
            {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2},
            {0x0625, 0xFE87, 2}, {0x0626, 0xFE89, 4}, {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4},
            {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4}, {0x062B, 0xFE99, 4}, {0x062C, 0xFE9D, 4},
            {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2}, {0x0630, 0xFEAB, 2},
            {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4},
            {0x0635, 0xFEB9, 4}, {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4},
            {0x0639, 0xFEC9, 4}, {0x063A, 0xFECD, 4}, {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4},
            {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4}, {0x0645, 0xFEE1, 4}, {0x0646, 0xFEE5, 4},
            {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2}, {0x064A, 0xFEF1, 4},
            // Presentation Forms-A: Persian, Urdu, Kurdish and other letters.
            {0x0671, 0xFB50, 2}, {0x067B, 0xFB52, 4}, {0x067E, 0xFB56, 4}, {0x0680, 0xFB5A, 4},
            {0x067A, 0xFB5E, 4}, {0x067F, 0xFB62, 4}, {0x0679, 0xFB66, 4}, {0x06A4, 0xFB6A, 4},
            {0x06A6, 0xFB6E, 4}, {0x0684, 0xFB72, 4}, {0x0683, 0xFB76, 4}, {0x0686, 0xFB7A, 4},
            {0x0687, 0xFB7E, 4}, {0x068D, 0xFB82, 2}, {0x068C, 0xFB84, 2}, {0x068E, 0xFB86, 2},
            {0x0688, 0xFB88, 2}, {0x0698, 0xFB8A, 2}, {0x0691, 0xFB8C, 2}, {0x06A9, 0xFB8E, 4},
            {0x06AF, 0xFB92, 4}, {0x06B3, 0xFB96, 4}, {0x06B1, 0xFB9A, 4}, {0x06BA, 0xFB9E, 2},
            {0x06BB, 0xFBA0, 4}, {0x06C0, 0xFBA4, 2}, {0x06C1, 0xFBA6, 4}, {0x06BE, 0xFBAA, 4},
            {0x06D2, 0xFBAE, 2}, {0x06D3, 0xFBB0, 2}, {0x06AD, 0xFBD3, 4}, {0x06C7, 0xFBD7, 2},
            {0x06C6, 0xFBD9, 2}, {0x06C8, 0xFBDB, 2}, {0x06CB, 0xFBDE, 2},
            {0x06C5, 0xFBE0, 2}, {0x06C9, 0xFBE2, 2}, {0x06D0, 0xFBE4, 4}, {0x06CC, 0xFBFC, 4},
    };

    /** Lam followed by these alefs becomes one ligature: isolated form, final form. */
    private static final int[][] LAM_ALEF = {
            {0x0622, 0xFEF5}, {0x0623, 0xFEF7}, {0x0625, 0xFEF9}, {0x0627, 0xFEFB},
    };

    private static final int FIRST = 0x0621;
    private static final int LAST = 0x06D3;
    private static final char[] ISOLATED = new char[LAST - FIRST + 1];
    private static final byte[] JOINING = new byte[LAST - FIRST + 1];

    static {
        for (int[] letter : LETTERS) {
            ISOLATED[letter[0] - FIRST] = (char) letter[1];
            JOINING[letter[0] - FIRST] = (byte) (letter[2] == 1 ? NONE : letter[2]);
        }
    }

    private ArabicForms() {
    }

    /** Whether {@code text} has a letter this class would change. */
    static boolean needed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && ISOLATED[c - FIRST] != 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} (logical order) with its Arabic letters in their joined presentation forms. */
    static String shape(String text) {
        if (!needed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char isolated = isolatedForm(c);
            if (isolated == 0) {
                out.append(c);
                continue;
            }
            int before = joiningBefore(text, i);
            boolean joinsBefore = joining(c) != NONE && joinsOnward(before);
            if (c == LAM && i + 1 < length) {
                int ligature = lamAlef(text.charAt(i + 1));
                if (ligature != 0) {
                    out.append((char) (joinsBefore ? ligature + 1 : ligature));
                    i++;
                    continue;
                }
            }
            int after = joiningAfter(text, i);
            boolean joinsAfter = joining(c) == DUAL && joinsBackward(after);
            int offset;
            if (joinsBefore && joinsAfter) {
                offset = 3;
            } else if (joinsAfter) {
                offset = 2;
            } else if (joinsBefore) {
                offset = 1;
            } else {
                offset = 0;
            }
            out.append((char) (isolated + offset));
        }
        return out.toString();
    }

    private static char isolatedForm(char c) {
        return c >= FIRST && c <= LAST ? ISOLATED[c - FIRST] : 0;
    }

    private static int joining(int c) {
        if (c == TATWEEL || c == ZWJ) {
            return DUAL;
        }
        return c >= FIRST && c <= LAST ? JOINING[c - FIRST] : NONE;
    }

    /** The nearest character before {@code i} that is not transparent, or -1. */
    private static int joiningBefore(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (!transparent(c)) {
                return c;
            }
        }
        return -1;
    }

    /** The nearest character after {@code i} that is not transparent, or -1. */
    private static int joiningAfter(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (!transparent(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a character joins to the letter after it (dual-joining and join-causing ones). */
    private static boolean joinsOnward(int c) {
        return c >= 0 && joining(c) == DUAL;
    }

    /** Whether a character accepts a join from the letter before it. */
    private static boolean joinsBackward(int c) {
        return c >= 0 && joining(c) != NONE;
    }

    /** Marks and format characters (not ZWJ, ZWNJ) do not take part in joining (Unicode joining type T). */
    private static boolean transparent(char c) {
        if (c == ZWJ || c == 0x200C) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static int lamAlef(char next) {
        for (int[] pair : LAM_ALEF) {
            if (pair[0] == next) {
                return pair[1];
            }
        }
        return 0;
    }

    /** Every presentation form this class can write, for checking that a font has them all. */
    static String allForms() {
        StringBuilder forms = new StringBuilder();
        for (int[] letter : LETTERS) {
            for (int k = 0; k < Math.max(1, letter[2]); k++) {
                forms.append((char) (letter[1] + k));
            }
        }
        for (int[] pair : LAM_ALEF) {
            forms.append((char) pair[1]).append((char) (pair[1] + 1));
        }
        return forms.toString();
    }
}
