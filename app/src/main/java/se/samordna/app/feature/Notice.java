package se.samordna.app.feature;

/**
 * One thing the home screen points out: what, how urgent, and where to go to deal with it
 * ({@code destination} is null for a notice that is only for information).
 */
public record Notice(Level level, String text, Destination destination) {

    /** How urgent a notice is. */
    public enum Level {
        OVERDUE,
        DUE,
        INFO
    }

    /** A notice that leads nowhere. */
    public Notice(Level level, String text) {
        this(level, text, null);
    }
}
