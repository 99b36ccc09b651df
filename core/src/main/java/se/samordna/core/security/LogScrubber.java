package se.samordna.core.security;

import java.util.regex.Pattern;

/**
 * Takes personal data out of a log line before it is written: e-mail addresses, phone numbers, and
 * quoted text (SQL literals and values in H2's error messages, which can hold names and parents'
 * comments). What stays is what support needs: which operation, which file, which error code.
 */
public final class LogScrubber {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** Seven or more digits, possibly with spaces, dashes or a leading +: phone numbers, personal numbers. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d \\-]{5,}\\d");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern DOUBLE_QUOTED_VALUE = Pattern.compile("\"[^\"]*\\s[^\"]*\"");

    private LogScrubber() {
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = SINGLE_QUOTED.matcher(text).replaceAll("'…'");
        out = DOUBLE_QUOTED_VALUE.matcher(out).replaceAll("\"…\"");
        out = EMAIL.matcher(out).replaceAll("<e-post>");
        return PHONE.matcher(out).replaceAll(match -> looksLikeStamp(match.group()) ? match.group() : "<nummer>");
    }

    /** "2026-11-23 10:15" and "20261123-101500" stay: times are what a log is for. */
    private static boolean looksLikeStamp(String digits) {
        return digits.matches("\\d{4}-\\d{2}-\\d{2}") || digits.matches("\\d{8}-\\d{6}(-\\d{3})?")
                || digits.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}");
    }
}
