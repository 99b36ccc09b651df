package se.samordna.core.overview;

/**
 * What a cell calls attention to, always as a symbol and words beside the figure, never as a colour
 * alone, so a black-and-white print of the overview says the same.
 */
public enum Mark {
    NONE(""),
    /** A survey area below its target. */
    BELOW_TARGET("!"),
    /** Fewer than five forms: no share is shown. */
    TOO_FEW("–"),
    /** A report past its due date and not submitted, or wheel activities past their deadline. */
    LATE("!"),
    /** An agreement that ends within six months, or has ended. */
    ENDING("!"),
    /** No agreement of the kind in force or under way. */
    MISSING("!");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
