package se.samordna.app.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.core.centre.Centre;
import se.samordna.core.plan.ActivityState;
import se.samordna.core.plan.Plan;
import se.samordna.core.plan.PlanService;

/**
 * What Hem says about the action plan: the plan not sent with 1 December within a month or passed, and
 * the plan's activities that are overdue.
 */
public final class PlanNotices implements NoticeSource {

    private final PlanService plans;
    private final Messages messages;
    private final Clock clock;

    public PlanNotices(PlanService plans, Messages messages, Clock clock) {
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(Centre centre, int year) {
        List<Notice> notices = new ArrayList<>();
        // When the plan is due (1 December) comes from the annual wheel's row for it (WheelNotices).
        Optional<Plan> plan = plans.findForCentre(centre.id(), year);
        if (plan.isPresent()) {
            long late = plans.overview(plan.get().id()).stream()
                    .filter(row -> row.status().state() == ActivityState.OVERDUE).count();
            if (late > 0) {
                notices.add(new Notice(Notice.Level.OVERDUE, messages.get("home.plan.overdue", late, year),
                        new PlanDestination(year)));
            }
        }
        return notices;
    }
}
