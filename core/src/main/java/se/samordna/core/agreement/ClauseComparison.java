package se.samordna.core.agreement;

/** One clause compared between two versions: heading and body on each side (null where absent). */
public record ClauseComparison(String heading, String left, String right, Kind kind) {

    /** How the clause differs. */
    public enum Kind {
        SAME,
        CHANGED,
        ONLY_LEFT,
        ONLY_RIGHT
    }
}
