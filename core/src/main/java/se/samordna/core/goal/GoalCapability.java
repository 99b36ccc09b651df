package se.samordna.core.goal;

import se.samordna.core.capability.Capability;
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
}
