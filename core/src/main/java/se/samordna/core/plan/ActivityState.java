package se.samordna.core.plan;

/**
 * An activity's state at a glance, always shown as a symbol and a word together, never as a colour
 * alone, so it reads the same on a black-and-white print. The symbols are in WGL4, which the fonts the
 * documents embed (Liberation Sans) cover.
 */
public enum ActivityState {
    NOT_STARTED("○", "Ej påbörjad"),
    ON_TRACK("►", "Pågår"),
    OVERDUE("!", "Försenad"),
    DONE("●", "Klar"),
    STOPPED("×", "Avbruten");

    private final String symbol;
    private final String label;

    ActivityState(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    public String symbol() {
        return symbol;
    }

    /** The state as printed (always Swedish). */
    public String label() {
        return label;
    }

    /** The message key of the word on screen. */
    public String messageKey() {
        return "plan.state." + name();
    }
}
