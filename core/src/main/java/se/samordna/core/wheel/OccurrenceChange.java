package se.samordna.core.wheel;

/** One year's occurrence moved to other days ({@code moved}, or null) or cancelled, with a note. */
public record OccurrenceChange(DateRange moved, boolean cancelled, String note) {
    public static final int NOTE_MAX = 1000;
}
