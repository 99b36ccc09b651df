package se.samordna.app.history;

/** One change as the history list shows it: when, who, what they did, to what, and what changed. */
public record HistoryRow(String when, String who, String action, String what, String changes) {
}
