package se.samordna.app.plan;

import se.samordna.app.feature.Destination;
import se.samordna.app.shell.Section;

/** The centre's action plan for {@code year} (the year picker follows). */
public record PlanDestination(int year) implements Destination {
    @Override
    public Section section() {
        return PlanFeature.SECTION;
    }
}
