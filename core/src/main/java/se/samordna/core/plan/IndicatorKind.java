package se.samordna.core.plan;

/** What Samordna itself measures that an indicator can be linked to. */
public enum IndicatorKind {
    /** A parent-survey area's share of positive answers, in per cent, against its target (85 %). */
    SURVEY_AREA(0, 100),
    /** A self-reflection area's average of the group's agreed ratings (1–6). */
    REFLECTION_AREA(1, 6),
    /** One self-reflection statement's agreed rating (1–6). */
    REFLECTION_STATEMENT(1, 6);

    private final int lowest;
    private final int highest;

    IndicatorKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The lowest value the measure can take, and so the lowest target. */
    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }
}
