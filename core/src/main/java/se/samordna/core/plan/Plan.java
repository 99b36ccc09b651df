package se.samordna.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An action plan for a year: a centre's ({@code centreId}), or a municipality's ({@code municipality})
 * covering the centres in {@code coveredCentreIds}; its målområden in order; {@code sentOn} the day it was
 * sent (due {@link PlanService#dueDate 1 December}), null while it has not been.
 */
public record Plan(long id, UUID uuid, PlanScope scope, Long centreId, String municipality, int year,
                   List<Long> coveredCentreIds, List<GoalArea> areas, LocalDate sentOn) {

    public Plan {
        coveredCentreIds = List.copyOf(coveredCentreIds);
        areas = List.copyOf(areas);
    }

    /** The centres whose measurements the plan's indicators read: its own, or those it covers. */
    public List<Long> centres() {
        return scope == PlanScope.CENTRE ? List.of(centreId) : coveredCentreIds;
    }

    public Stream<Subgoal> subgoals() {
        return areas.stream().flatMap(area -> area.subgoals().stream());
    }

    public Stream<Activity> activities() {
        return subgoals().flatMap(subgoal -> subgoal.activities().stream());
    }

    public Optional<Activity> activity(long activityId) {
        return activities().filter(a -> a.id() == activityId).findFirst();
    }
}
