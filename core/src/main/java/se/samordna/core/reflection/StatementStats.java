package se.samordna.core.reflection;

/**
 * The spread of the individual ratings of one statement: how many rated it, how many could not
 * assess it, the median, lowest, highest, range and standard deviation, and how many gave each step.
 */
public record StatementStats(String statementKey, int answers, int cannotAssess, Double median, Integer lowest,
                             Integer highest, double standardDeviation, int[] distribution) {

    /** Highest minus lowest; 0 when fewer than two rated. */
    public int range() {
        return lowest == null ? 0 : highest - lowest;
    }

    /** How many gave {@code value} (1..6). */
    public int count(int value) {
        return distribution[value - 1];
    }
}
