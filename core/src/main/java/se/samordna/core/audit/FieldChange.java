package se.samordna.core.audit;

/**
 * One field of a changed row. Short values are kept as they were and became ({@code before},
 * {@code after}; "" when there was none); long texts and files are only named, so the trail never
 * holds a copy of a report's texts or an agreement's signed copy.
 *
 * @param key whether the field is part of the row's key (it names which row, e.g. a report field's key)
 */
public record FieldChange(String field, Kind kind, boolean key, String before, String after) {

    /** What the trail keeps of the field. */
    public enum Kind {
        /** A short value: before and after are kept. */
        VALUE,
        /** A long text: only that it changed. */
        LONG_TEXT,
        /** A file: only that it changed. */
        FILE
    }

    public FieldChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** Whether the values are in the trail. */
    public boolean hasValues() {
        return kind == Kind.VALUE;
    }
}
