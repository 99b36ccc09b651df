package se.samordna.core.reflection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The workshop's arithmetic: median, range and spread of the individual ratings (leaving out "Kan
 * inte bedöma" and unanswered), and area averages of the agreed ratings.
 */
public final class ReflectionMath {
    private ReflectionMath() {
    }

    public static StatementStats stats(String key, List<IndividualRating> ratings) {
        List<Integer> values = new ArrayList<>();
        int cannotAssess = 0;
        int[] distribution = new int[Instrument.HIGHEST];
        for (IndividualRating rating : ratings) {
            if (!rating.statementKey().equals(key)) {
                continue;
            }
            if (rating.rating().cannotAssess()) {
                cannotAssess++;
            } else if (rating.rating().value() != null) {
                values.add(rating.rating().value());
                distribution[rating.rating().value() - 1]++;
            }
        }
        values.sort(Comparator.naturalOrder());
        if (values.isEmpty()) {
            return new StatementStats(key, 0, cannotAssess, null, null, null, 0, distribution);
        }
        return new StatementStats(key, values.size(), cannotAssess, median(values), values.getFirst(),
                values.getLast(), standardDeviation(values), distribution);
    }

    /** The middle value; for an even count the mean of the two middle values. */
    public static double median(List<Integer> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static double standardDeviation(List<Integer> values) {
        double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
        double sum = 0;
        for (int value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / values.size());
    }

    /** Every statement's spread, those where views differ most first (range, then standard deviation). */
    public static List<StatementStats> byDisagreement(Workshop workshop) {
        List<StatementStats> all = new ArrayList<>();
        for (Statement statement : workshop.statements()) {
            all.add(stats(statement.key(), workshop.ratings()));
        }
        all.sort(Comparator.comparingInt(StatementStats::range).reversed()
                .thenComparing(Comparator.comparingDouble(StatementStats::standardDeviation).reversed()));
        return all;
    }

    /** The mean of the agreed ratings per area, leaving out "Kan inte bedöma"; empty for an area without any. */
    public static Map<Area, OptionalDouble> areaAverages(Workshop workshop) {
        Map<Area, OptionalDouble> averages = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            averages.put(area, workshop.statements().stream().filter(s -> s.area() == area)
                    .map(s -> workshop.agreed(s.key()).rating().value())
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).average());
        }
        return averages;
    }
}
