package se.samordna.core.survey;

import java.util.List;
import java.util.Map;

/**
 * A year's results: per item and per area the answers counted, the positive share against the
 * target; per goal; earlier years beside them; breakdowns by background answer (groups under five
 * respondents hidden); and the open answers.
 */
public record SurveyResults(Survey survey, int respondents, List<ItemResult> items, List<AreaResult> areas,
                            List<GoalResult> goals, List<Breakdown> breakdowns, List<EarlierYear> earlier,
                            List<Quote> quotes) {

    /** A group smaller than this is never shown on its own. */
    public static final int MIN_GROUP = 5;

    /** One item's result. */
    public record ItemResult(SurveyItem item, ItemCounts counts) {
        public Double share() {
            return counts.share();
        }

        public boolean met() {
            return share() != null && share() >= item.targetPercent();
        }
    }

    /** One area: all its items' answers together. */
    public record AreaResult(SurveyArea area, int target, ItemCounts counts) {
        public Double share() {
            return counts.share();
        }

        public boolean met() {
            return share() != null && share() >= target;
        }

        public boolean belowTarget() {
            return share() != null && share() < target;
        }
    }

    /** One of the five goals of Bilaga 3: its items' answers together. */
    public record GoalResult(SurveyGoal goal, ItemCounts counts) {
        public Double share() {
            return counts.share();
        }
    }

    /** One group of a background question, e.g. gender = KVINNA; hidden when it has fewer than five. */
    public record Group(String value, int respondents, Map<SurveyArea, Double> areaShares) {
        public boolean hidden() {
            return respondents < MIN_GROUP;
        }
    }

    /** The groups of one background question ("gender", "relation", "part", "language"). */
    public record Breakdown(String question, List<Group> groups) {
    }

    /** An earlier year beside this one: per item key and per area, the positive share. */
    public record EarlierYear(int year, int respondents, Map<String, Double> itemShares,
                              Map<SurveyArea, Double> areaShares) {
    }

    public List<AreaResult> belowTarget() {
        return areas.stream().filter(AreaResult::belowTarget).toList();
    }
}
