package se.samordna.core.plan;

/** What is decided when a PDSA cycle ends: keep the change, adjust it and go round again, or stop. */
public enum CycleDecision {
    BEHALL("Behåll"),
    JUSTERA("Justera"),
    AVBRYT("Avbryt");

    private final String label;

    CycleDecision(String label) {
        this.label = label;
    }

    /** The decision as the plan prints it (always Swedish). */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "plan.decision." + name();
    }
}
