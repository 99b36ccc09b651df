package se.samordna.core.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A linked indicator's values for one centre across years, the target it is judged against, and
 * whether the newest value meets it ({@code null} when there is no value or no target yet).
 */
public record IndicatorReading(long centreId, IndicatorLink link, List<YearValue> values, BigDecimal target,
                               Boolean met, Trend trend) {

    public IndicatorReading {
        values = List.copyOf(values);
    }

    /** One year's value: a share in per cent, an average or a rating. */
    public record YearValue(int year, double value) {
    }

    /** The direction from the value before the newest to the newest. */
    public enum Trend {
        UP("↑", "Ökar"),
        DOWN("↓", "Minskar"),
        SAME("→", "Oförändrad"),
        /** Fewer than two years measured. */
        UNKNOWN("–", "Ingen jämförelse");

        private final String symbol;
        private final String label;

        Trend(String symbol, String label) {
            this.symbol = symbol;
            this.label = label;
        }

        public String symbol() {
            return symbol;
        }

        public String label() {
            return label;
        }

        public String messageKey() {
            return "plan.trend." + name();
        }
    }

    public java.util.Optional<YearValue> latest() {
        return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getLast());
    }
}
