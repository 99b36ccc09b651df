package se.samordna.core.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Median, range and area averages, worked out by hand. */
class ReflectionMathTest {

    @Test
    void medianAndRangeLeaveOutCannotAssessAndUnanswered() {
        List<IndividualRating> ratings = List.of(
                rating(1, "S01", Rating.of(6)), rating(2, "S01", Rating.of(2)), rating(3, "S01", Rating.of(5)),
                rating(4, "S01", Rating.CANNOT_ASSESS), rating(5, "S01", Rating.NONE), rating(6, "S01", Rating.of(4)),
                rating(1, "S02", Rating.of(1)));

        StatementStats stats = ReflectionMath.stats("S01", ratings);

        // Values 2, 4, 5, 6: median (4 + 5) / 2 = 4.5; range 6 - 2 = 4.
        assertThat(stats.answers()).isEqualTo(4);
        assertThat(stats.cannotAssess()).isEqualTo(1);
        assertThat(stats.median()).isEqualTo(4.5);
        assertThat(stats.lowest()).isEqualTo(2);
        assertThat(stats.highest()).isEqualTo(6);
        assertThat(stats.range()).isEqualTo(4);
        assertThat(stats.count(6)).isEqualTo(1);
        assertThat(stats.count(3)).isZero();
        // Mean 4.25; squared deviations 5.0625 + 0.0625 + 0.5625 + 3.0625 = 8.75; / 4 = 2.1875.
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(2.1875), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anOddCountHasTheMiddleValueAndNoRatingsGiveNoMedian() {
        assertThat(ReflectionMath.stats("S01", List.of(rating(1, "S01", Rating.of(3)), rating(2, "S01", Rating.of(1)),
                rating(3, "S01", Rating.of(6)))).median()).isEqualTo(3.0);
        StatementStats none = ReflectionMath.stats("S01", List.of(rating(1, "S01", Rating.CANNOT_ASSESS)));
        assertThat(none.median()).isNull();
        assertThat(none.range()).isZero();
    }

    @Test
    void theStatementsWhereViewsDifferMostComeFirst() {
        Workshop workshop = workshop(List.of(
                rating(1, "S01", Rating.of(4)), rating(2, "S01", Rating.of(4)),
                rating(1, "S02", Rating.of(1)), rating(2, "S02", Rating.of(6)),
                rating(1, "S03", Rating.of(3)), rating(2, "S03", Rating.of(5))), Map.of());

        assertThat(ReflectionMath.byDisagreement(workshop)).extracting(StatementStats::statementKey)
                .startsWith("S02", "S03");
    }

    @Test
    void areaAveragesUseTheAgreedRatingsWithoutCannotAssess() {
        Workshop workshop = workshop(List.of(), Map.of(
                "S01", new AgreedRating("S01", Rating.of(5), "", false),
                "S02", new AgreedRating("S02", Rating.of(2), "", false),
                "S03", new AgreedRating("S03", Rating.CANNOT_ASSESS, "", false)));

        var averages = ReflectionMath.areaAverages(workshop);

        assertThat(averages.get(Area.GENERELLT).getAsDouble()).isEqualTo(3.5);
        assertThat(averages.get(Area.SAMVERKAN)).isEmpty();
    }

    private static Workshop workshop(List<IndividualRating> ratings, Map<String, AgreedRating> agreed) {
        List<Statement> statements = new ArrayList<>(Instrument.standard());
        return new Workshop(1, 1, new WorkshopDetails(2026, LocalDate.of(2026, 12, 1), 2, ""), WorkshopStatus.PAGAENDE,
                1, 0, FollowUp.NONE, statements, ratings, agreed);
    }

    private static IndividualRating rating(int participant, String key, Rating rating) {
        return new IndividualRating(participant, key, rating, "");
    }
}
