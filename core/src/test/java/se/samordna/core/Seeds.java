package se.samordna.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samordna.core.texts.BuiltInText;
import se.samordna.core.texts.Correction;

/**
 * The source documents the built-in texts come from (a copy of ../shared/seeds in the test
 * resources), normalised for comparison: links and emphasis markup removed, whitespace collapsed,
 * and the few corrections of the source that the templates make (each listed and explained).
 */
public final class Seeds {
    /**
     * Extraction damage and typos the built-in texts correct, as the app lists them (BuiltInText);
     * everything else is word for word.
     */
    public static final Map<String, String> CORRECTIONS = corrections();

    private Seeds() {
    }

    public static String guideline() {
        return read("/seeds/002_91d154ca87dd1737.txt");
    }

    /** The text between two markers, normalised. */
    public static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + from.length());
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("Markers not found: " + from + " … " + to);
        }
        return normalise(text.substring(start, end));
    }

    public static String normalise(String text) {
        String plain = text.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replace("**", "")
                .replaceAll("\\*([^*\\s][^*]*)\\*", "$1")
                .replaceAll("</?p>", " ");
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            plain = correct(plain, correction.getKey(), correction.getValue());
        }
        return plain.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Replaces {@code source} by {@code corrected}, leaving text that is corrected already as it is. */
    private static String correct(String text, String source, String corrected) {
        if (corrected.startsWith(source)) {
            String rest = corrected.substring(source.length());
            return text.replaceAll(Pattern.quote(source) + "(?!" + Pattern.quote(rest) + ")",
                    Matcher.quoteReplacement(corrected));
        }
        return text.replace(source, corrected);
    }

    private static Map<String, String> corrections() {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (Correction correction : BuiltInText.allWording()) {
            corrections.put(correction.source(), correction.corrected());
        }
        return corrections;
    }

    private static String read(String resource) {
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
