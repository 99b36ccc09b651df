package se.samordna.core.plan;

/** Where an activity is in its improvement cycle, in the words of seed 000 (Västerås): planera, göra, följa upp, förbättra. */
public enum PdsaStage {
    PLANERA("Planera"),
    GORA("Göra"),
    FOLJA_UPP("Följa upp"),
    FORBATTRA("Förbättra");

    private final String label;

    PdsaStage(String label) {
        this.label = label;
    }

    /** The stage as the plan prints it (always Swedish, the seed's words). */
    public String label() {
        return label;
    }

    /** The message key for the stage on screen. */
    public String messageKey() {
        return "plan.stage." + name();
    }
}
