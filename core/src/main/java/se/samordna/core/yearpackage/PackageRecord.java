package se.samordna.core.yearpackage;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One record as the package sees it, whichever side it comes from: its UUID, the UUIDs of the records
 * it points at (by JSON key, null when it points at none) and its values by column (Long, Boolean,
 * String, LocalDate, LocalDateTime, UUID, BigDecimal or byte[]).
 */
record PackageRecord(String table, UUID uuid, Map<String, UUID> links, Map<String, Object> values) {

    /** Every field as text, for comparing the two sides and showing them; files as their SHA-256. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        links.forEach((key, value) -> fields.put(key, value == null ? null : value.toString()));
        values.forEach((key, value) -> fields.put(key, text(value)));
        return fields;
    }

    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> "sha256:" + sha256(bytes);
            case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short text a person recognises the record by (its name, heading, text…), or empty. */
    String label() {
        for (String column : new String[] {"name", "heading", "title", "goal", "description", "text", "field_key",
                "item_key", "statement_key", "file_name", "signatory_name", "form_number", "text_key", "language",
                "part", "check_date", "reviewed_on", "done_on", "cost_year", "month", "survey_year", "report_year",
                "workshop_year", "plan_year"}) {
            Object value = values.get(column);
            if (value != null && !(value instanceof byte[]) && !value.toString().isBlank()) {
                String text = value.toString().strip();
                return text.length() > 80 ? text.substring(0, 79) + "…" : text;
            }
        }
        return "";
    }
}
