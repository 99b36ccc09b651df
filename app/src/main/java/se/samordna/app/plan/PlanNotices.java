package se.samordna.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    /** How long before 1 December the plan is called for. */
    static final int WARN_DAYS = 30;

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
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        Optional<Plan> plan = plans.findForCentre(centre.id(), year);
        LocalDate due = PlanService.dueDate(year);
        long days = ChronoUnit.DAYS.between(today, due);
        if (plan.map(p -> p.sentOn() == null).orElse(true)) {
            if (days < 0) {
                notices.add(new Notice(Notice.Level.OVERDUE, messages.get("home.plan.late", year,
                        messages.longDate(due)), new PlanDestination(year)));
            } else if (days <= WARN_DAYS) {
                notices.add(new Notice(Notice.Level.DUE, messages.get("home.plan.due", year, messages.longDate(due),
                        days), new PlanDestination(year)));
            }
        }
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
