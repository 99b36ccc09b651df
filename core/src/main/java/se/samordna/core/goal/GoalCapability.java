package se.samordna.core.goal;

import java.util.List;
import java.util.Optional;

import se.samordna.core.capability.Capability;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.capability.Services;

/** The goals of a centre's year, shared by the workshop, the survey, the report and the plan. */
public final class GoalCapability implements Capability {

    public GoalCapability(Services services) {
        services.add(GoalService.class, new GoalService(services.database()));
    }

    @Override
    public String name() {
        return "goals";
    }

    /** The year's goals; the workshop a goal came from is pointed at when it is there. */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("year_goal").inYear("goal_year").referencing("workshop_id", "workshop"))));
    }
}
