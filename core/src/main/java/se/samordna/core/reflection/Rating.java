package se.samordna.core.reflection;

/** A rating on the six-step scale (1..6), or "Kan inte bedöma", or not given yet. */
public record Rating(Integer value, boolean cannotAssess) {

    public static final Rating NONE = new Rating(null, false);
    public static final Rating CANNOT_ASSESS = new Rating(null, true);

    public Rating {
        if (value != null && (value < Instrument.LOWEST || value > Instrument.HIGHEST)) {
            throw new IllegalArgumentException("A rating is 1..6, was " + value);
        }
        if (value != null && cannotAssess) {
            throw new IllegalArgumentException("A rating cannot be both a value and 'Kan inte bedöma'");
        }
    }

    public static Rating of(int value) {
        return new Rating(value, false);
    }

    /** Rated or marked "Kan inte bedöma": the participant has answered. */
    public boolean answered() {
        return value != null || cannotAssess;
    }
}
