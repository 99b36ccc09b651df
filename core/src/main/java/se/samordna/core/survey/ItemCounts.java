package se.samordna.core.survey;

/** How one item was answered: counted answers (1–4), of them positive (3–4), and "Vet inte". */
public record ItemCounts(String itemKey, int counted, int positive, int dontKnow) {

    public static final ItemCounts NONE = new ItemCounts("", 0, 0, 0);

    /** Positive share in percent, or null without counted answers. */
    public Double share() {
        return counted == 0 ? null : 100.0 * positive / counted;
    }

    public ItemCounts plus(ItemCounts other) {
        return new ItemCounts(itemKey, counted + other.counted, positive + other.positive, dontKnow + other.dontKnow);
    }
}
