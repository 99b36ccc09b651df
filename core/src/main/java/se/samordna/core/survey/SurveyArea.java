package se.samordna.core.survey;

/** The four areas with targets in the Västerås plan (seed 000): 85 % positive answers each. */
public enum SurveyArea {
    TILLGANGLIGHET("Tillgänglighet"),
    BEMOTANDE("Bemötande"),
    KOMPETENS("Kompetens"),
    DELAKTIGHET("Delaktighet");

    public static final int DEFAULT_TARGET = 85;

    private final String swedishName;

    SurveyArea(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The name as the plan writes it, for documents (always Swedish). */
    public String swedishName() {
        return swedishName;
    }
}
