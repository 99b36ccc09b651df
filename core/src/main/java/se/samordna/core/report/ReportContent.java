package se.samordna.core.report;

import java.util.List;
import java.util.Optional;

import se.samordna.core.centre.Centre;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyResults;

/**
 * Everything the report shows: what is written, and what is put in from the rest of the year —
 * the survey's results, the year's self-reflection beside earlier ones, last year's prioritised
 * goals, the goals for the coming year, and the parent quotes chosen.
 */
public record ReportContent(Report report, Centre centre, Optional<SurveyResults> survey,
                            Optional<Workshop> workshop, List<Workshop> earlierWorkshops,
                            List<YearGoal> previousGoals, List<YearGoal> nextGoals, List<Quote> quotes) {

    public ReportContent {
        earlierWorkshops = List.copyOf(earlierWorkshops);
        previousGoals = List.copyOf(previousGoals);
        nextGoals = List.copyOf(nextGoals);
        quotes = List.copyOf(quotes);
    }

    /** The goals for the coming year that are prioritised (the two from step IV or chosen in the report). */
    public List<YearGoal> prioritizedNextGoals() {
        return nextGoals.stream().filter(YearGoal::prioritized).toList();
    }

    /** The goals the report's plan prints: the prioritised ones, or every goal for the coming year if none is. */
    public List<YearGoal> plannedGoals() {
        List<YearGoal> prioritized = prioritizedNextGoals();
        return prioritized.isEmpty() ? nextGoals : prioritized;
    }
}
