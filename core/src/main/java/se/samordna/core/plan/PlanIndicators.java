package se.samordna.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;

/**
 * The values of linked indicators, read from the survey and the workshop as they stand, so a value
 * appears by itself once next year's survey or workshop is done. A year's workshop is chosen as the
 * annual report chooses it: a finished one before one under way, then the latest held.
 */
final class PlanIndicators {
    private final SurveyService surveys;
    private final ReflectionService reflection;

    PlanIndicators(SurveyService surveys, ReflectionService reflection) {
        this.surveys = surveys;
        this.reflection = reflection;
    }

    /** The indicator's value for the centre in {@code year}: empty when that year is not measured yet. */
    OptionalDouble value(long centreId, IndicatorLink link, int year) {
        return switch (link.kind()) {
            case SURVEY_AREA -> surveyArea(centreId, link, year).map(a -> OptionalDouble.of(a.share()))
                    .orElse(OptionalDouble.empty());
            case REFLECTION_AREA, REFLECTION_STATEMENT -> workshopOf(reflection.history(centreId), year)
                    .map(w -> fromWorkshop(w, link)).orElse(OptionalDouble.empty());
        };
    }

    /** The values from {@code fromYear} to {@code toYear} that exist, the target, whether the newest meets it, and the trend. */
    IndicatorReading reading(long centreId, IndicatorLink link, int fromYear, int toYear) {
        List<IndicatorReading.YearValue> values = new ArrayList<>();
        BigDecimal target = link.target();
        List<Workshop> history = link.kind() == IndicatorKind.SURVEY_AREA ? List.of() : reflection.history(centreId);
        for (int year = fromYear; year <= toYear; year++) {
            OptionalDouble value;
            if (link.kind() == IndicatorKind.SURVEY_AREA) {
                Optional<SurveyResults.AreaResult> area = surveyArea(centreId, link, year);
                value = area.map(a -> OptionalDouble.of(a.share())).orElse(OptionalDouble.empty());
                if (link.target() == null && area.isPresent()) {
                    target = BigDecimal.valueOf(area.get().target()); // the survey's own target, newest year's
                }
            } else {
                value = workshopOf(history, year).map(w -> fromWorkshop(w, link)).orElse(OptionalDouble.empty());
            }
            if (value.isPresent()) {
                values.add(new IndicatorReading.YearValue(year, round(value.getAsDouble())));
            }
        }
        if (target == null && link.kind() == IndicatorKind.SURVEY_AREA) {
            target = BigDecimal.valueOf(SurveyArea.DEFAULT_TARGET);
        }
        Boolean met = values.isEmpty() || target == null ? null
                : BigDecimal.valueOf(values.getLast().value()).compareTo(target) >= 0;
        return new IndicatorReading(centreId, link, values, target, met, trend(values));
    }

    private Optional<SurveyResults.AreaResult> surveyArea(long centreId, IndicatorLink link, int year) {
        SurveyArea area = SurveyArea.valueOf(link.key());
        return surveys.resultsFor(centreId, year)
                .flatMap(results -> results.areas().stream().filter(a -> a.area() == area).findFirst())
                .filter(a -> a.share() != null);
    }

    static Optional<Workshop> workshopOf(List<Workshop> history, int year) {
        return history.stream().filter(w -> w.details().year() == year)
                .max(Comparator.comparing((Workshop w) -> w.status() == WorkshopStatus.AVSLUTAD)
                        .thenComparing(w -> w.details().heldOn()));
    }

    private static OptionalDouble fromWorkshop(Workshop workshop, IndicatorLink link) {
        if (link.kind() == IndicatorKind.REFLECTION_AREA) {
            return ReflectionMath.areaAverages(workshop).getOrDefault(Area.valueOf(link.key()), OptionalDouble.empty());
        }
        Integer rating = workshop.agreed(link.key()).rating().value();
        return rating == null ? OptionalDouble.empty() : OptionalDouble.of(rating);
    }

    private static IndicatorReading.Trend trend(List<IndicatorReading.YearValue> values) {
        if (values.size() < 2) {
            return IndicatorReading.Trend.UNKNOWN;
        }
        int compared = Double.compare(values.getLast().value(), values.get(values.size() - 2).value());
        return compared > 0 ? IndicatorReading.Trend.UP
                : compared < 0 ? IndicatorReading.Trend.DOWN : IndicatorReading.Trend.SAME;
    }

    /** Two decimals, as the plan shows them: a share of 82.35 %, an average of 4.17. */
    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
