package se.samordna.core.overview;

/** A group of the overview's columns, chosen together: one per part of a centre's year. */
public enum Measure {
    REFLECTION("Självskattning"),
    SURVEY("Föräldraenkät"),
    REPORT("Årsrapport"),
    AGREEMENTS("Avtal"),
    WHEEL("Årshjul"),
    PLAN("Handlingsplan");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The name in documents (always Swedish). */
    public String label() {
        return label;
    }
}
