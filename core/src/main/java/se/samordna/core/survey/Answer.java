package se.samordna.core.survey;

/**
 * The common municipal scale: Stämmer mycket dåligt (1) … Stämmer mycket bra (4), and Vet inte (0).
 * Positive = the two top answers; Vet inte and blanks are not counted.
 */
public enum Answer {
    VET_INTE(0),
    MYCKET_DALIGT(1),
    GANSKA_DALIGT(2),
    GANSKA_BRA(3),
    MYCKET_BRA(4);

    private final int code;

    Answer(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean counted() {
        return this != VET_INTE;
    }

    public boolean positive() {
        return this == GANSKA_BRA || this == MYCKET_BRA;
    }

    /** The answer for a code 0..4, or null for anything else. */
    public static Answer ofCode(int code) {
        for (Answer answer : values()) {
            if (answer.code == code) {
                return answer;
            }
        }
        return null;
    }
}
