package se.samordna.app.home;

/** One thing the home screen points out: what, how urgent, and where to go to deal with it. */
public record Notice(Level level, String text) {

    /** How urgent a notice is. */
    public enum Level {
        OVERDUE,
        DUE,
        INFO
    }
}
