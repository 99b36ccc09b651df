package se.samordna.core.agreement;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blanks of the templates ("ange namn på kommunen" …), written {{name|hint}} in a clause. They
 * are filled from the centre (or a value set on the agreement) when the text is shown or printed.
 */
public enum Placeholder {
    FAMILJECENTRAL("familjecentral"),
    KOMMUN("kommun"),
    KOMMUNFORM("kommunform"),
    /** "i Östersunds kommun": made from {@link #KOMMUNFORM}, for the heading of Bilaga 2's task list. */
    IKOMMUN("ikommun"),
    OMRADE("omrade"),
    OMFATTNING("omfattning"),
    REGION("region"),
    UPPSAGNINGSTID("uppsagningstid");

    private static final Pattern MARK = Pattern.compile("\\{\\{([a-z]+)\\|([^}]*)}}");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Placeholder> byKey(String key) {
        for (Placeholder placeholder : values()) {
            if (placeholder.key.equals(key)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }

    /** A text with its blanks filled, and the blanks that had no value (shown as "[hint]"). */
    public record Filled(String text, Set<String> missingHints) {
        public boolean complete() {
            return missingHints.isEmpty();
        }
    }

    /** Fills every {{name|hint}} in {@code text}; a blank without a value becomes "[hint]". */
    public static Filled fill(String text, Function<Placeholder, String> values) {
        Matcher matcher = MARK.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> missing = new LinkedHashSet<>();
        while (matcher.find()) {
            String hint = matcher.group(2);
            String value = byKey(matcher.group(1)).map(values).orElse(null);
            String replacement;
            if (value == null || value.isBlank()) {
                missing.add(hint);
                replacement = "[" + hint + "]";
            } else {
                replacement = value;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return new Filled(out.toString(), missing);
    }

    /** A piece of a text: plain, a filled blank, or a blank still without value (shown as its hint). */
    public record Segment(String text, Kind kind) {
        /** What a segment is. */
        public enum Kind {
            PLAIN,
            FILLED,
            MISSING
        }
    }

    /** {@code text} cut into plain text and blanks, each blank filled or marked missing. */
    public static java.util.List<Segment> segments(String text, Function<Placeholder, String> values) {
        java.util.List<Segment> segments = new java.util.ArrayList<>();
        Matcher matcher = MARK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                segments.add(new Segment(text.substring(last, matcher.start()), Segment.Kind.PLAIN));
            }
            String value = byKey(matcher.group(1)).map(values).orElse(null);
            segments.add(value == null || value.isBlank()
                    ? new Segment("[" + matcher.group(2) + "]", Segment.Kind.MISSING)
                    : new Segment(value, Segment.Kind.FILLED));
            last = matcher.end();
        }
        if (last < text.length()) {
            segments.add(new Segment(text.substring(last), Segment.Kind.PLAIN));
        }
        return segments;
    }

    /** The text as the template wrote it: every blank shown as its hint (for comparing with the seed). */
    public static String withHints(String text) {
        return MARK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
    }
}
