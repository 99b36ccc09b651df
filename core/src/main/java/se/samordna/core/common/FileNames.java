package se.samordna.core.common;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names every system accepts, made from text a user typed: a suggested name carries a centre's
 * name, and that can hold anything (emoji, Arabic, a slash, two hundred characters). The result is a
 * valid name on Windows, macOS and Linux, at most {@value #MAX_CHARACTERS} characters long with its
 * extension kept, so that it also fits in a Windows path below the documents folder.
 */
public final class FileNames {
    /** Characters of a long part, such as a centre's name, within a name; what tells files apart stays. */
    public static final int PART_CHARACTERS = 60;
    /** Characters, extension included. Windows' 260-character paths leave room for the folder. */
    public static final int MAX_CHARACTERS = 120;
    /** Linux and macOS count bytes (255); four-byte emoji would pass the character limit and fail there. */
    public static final int MAX_UTF8_BYTES = 240;
    /** What a name that has nothing usable left becomes; a product name, the same in every language. */
    public static final String FALLBACK = "Samordna";

    /** Forbidden in names on Windows (and ':' on macOS, '/' everywhere). */
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    /** Stands for a forbidden character while the text is cleaned; a non-character, so never kept from input. */
    private static final char REPLACED = '\uFFFF';
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
    /** Device names Windows will not create a file under, whatever the extension; compared in upper case. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "COM\u00B9", "COM\u00B2", "COM\u00B3",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "LPT\u00B9", "LPT\u00B2", "LPT\u00B3");

    private FileNames() {
    }

    /**
     * {@code name} made safe: forbidden and control characters become "-" or a space, invisible
     * direction marks are dropped, a reserved Windows name gets a leading "_", dots, dashes and spaces
     * at the ends go, and a long name is shortened between whole characters (an emoji is never cut in
     * half) before its extension, which is kept. Applying it twice changes nothing.
     */
    public static String safe(String name) {
        String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        String extension = "";
        int dot = text.lastIndexOf('.');
        if (dot >= 0 && EXTENSION.matcher(text.substring(dot + 1)).matches()) {
            extension = "." + text.substring(dot + 1);
            text = text.substring(0, dot);
        }
        String stem = tidyEnds(clean(text));
        String first = stem.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (RESERVED.contains(first)) {
            stem = "_" + stem;
        }
        stem = tidyEnds(shorten(stem, MAX_CHARACTERS - extension.length(),
                MAX_UTF8_BYTES - extension.length()));
        return (stem.isEmpty() ? FALLBACK : stem) + extension;
    }

    /**
     * {@code text} cut to at most {@value #PART_CHARACTERS} characters between whole characters: a
     * centre's name within a longer name, so that the year, version or number of copies after it is
     * not what {@link #safe} has to cut off.
     */
    public static String part(String text) {
        String whole = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        return shorten(whole, PART_CHARACTERS, 4 * PART_CHARACTERS).strip();
    }

    /**
     * Each run of forbidden characters becomes a dash between two words ("BVC/BMM" gives "BVC-BMM")
     * and a space elsewhere ("Avtal: <Krokom>" gives "Avtal Krokom"); each run of spaces and control
     * characters becomes one space.
     */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80 && FORBIDDEN.indexOf(cp) >= 0) {
                kept.append(REPLACED);
            } else if (spaceLike(cp)) {
                kept.append(' ');
            } else if (keep(cp)) {
                kept.appendCodePoint(cp);
            }
        });
        StringBuilder out = new StringBuilder(kept.length());
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == REPLACED) {
                int next = i;
                while (next < kept.length() && kept.charAt(next) == REPLACED) {
                    next++;
                }
                boolean betweenWords = i > 0 && kept.charAt(i - 1) != ' '
                        && next < kept.length() && kept.charAt(next) != ' ';
                c = betweenWords ? '-' : ' ';
                i = next - 1;
            }
            if (c != ' ' || (!out.isEmpty() && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean spaceLike(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Drops what cannot be stored (half a surrogate pair, Unicode non-characters) and invisible format
     * characters, among them the direction overrides that make "fdp.exe" look like "exe.pdf". The
     * joiners that hold emoji and Persian words together, and the tags of flag emoji, are kept.
     */
    private static boolean keep(int cp) {
        int type = Character.getType(cp);
        if (type == Character.SURROGATE || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return false;
        }
        if (type == Character.FORMAT) {
            return cp == 0x200C || cp == 0x200D || (cp >= 0xE0020 && cp <= 0xE007F);
        }
        return true;
    }

    /**
     * No leading dot (a hidden file on Linux and macOS), no trailing dot or space (Windows drops them),
     * and no dash left over at either end from a replaced character.
     */
    private static String tidyEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && ".- ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".- ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The longest start of {@code text} that ends between two whole characters and fits both limits. */
    private static String shorten(String text, int maxCharacters, int maxBytes) {
        if (text.codePointCount(0, text.length()) <= maxCharacters
                && text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int fits = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            String start = text.substring(0, end);
            if (start.codePointCount(0, start.length()) > maxCharacters
                    || start.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
                break;
            }
            fits = end;
        }
        return text.substring(0, fits);
    }
}
