package se.samordna.core.survey;

/** The five goals of the report template (Bilaga 3, "Målen skall uppnås genom att"), word for word. */
public enum SurveyGoal {
    MOTESPLATS(1, "Vara lättillgänglig som nära mötesplats."),
    NATVERK(2, "Stärka det sociala nätverket runt barn och föräldrar."),
    DELAKTIGHET(3, "Skapa arbetsformer där barn och föräldrar är delaktiga."),
    STOD(4, "Erbjuda ett lättillgängligt stöd."),
    KUNSKAP(5, "Vara ett kunskaps- och informationscentrum.");

    private final int number;
    private final String text;

    SurveyGoal(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public static SurveyGoal of(int number) {
        for (SurveyGoal goal : values()) {
            if (goal.number == number) {
                return goal;
            }
        }
        throw new IllegalArgumentException("No goal " + number);
    }
}
