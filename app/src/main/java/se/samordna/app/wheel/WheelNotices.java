package se.samordna.app.wheel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samordna.app.agreement.AgreementDestination;
import se.samordna.app.agreement.AgreementsFeature;
import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.app.plan.PlanDestination;
import se.samordna.app.reflection.ReflectionFeature;
import se.samordna.app.report.ReportDestination;
import se.samordna.app.survey.SurveyDestination;
import se.samordna.core.centre.Centre;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.WheelService;
import se.samordna.core.wheel.YearEvent;
import se.samordna.core.wheel.YearEvents;
import se.samordna.core.workspace.Workspace;

/**
 * What the home screen says from the wheel: what is overdue, under way, or coming within four weeks
 * (or whose reminder has come), each leading to its work in Samordna or to the activity in the wheel.
 * The report's hand-in and the survey weeks are such activities: their dates come from the wheel.
 */
public final class WheelNotices implements NoticeSource {
    /** How far ahead Hem looks. */
    static final int WEEKS_AHEAD = 4;
    /**
     * At most this many overdue lines, and as many under way or coming, from the wheel; the rest are
     * counted in one line leading to the wheel. Within each, work Samordna holds comes first.
     */
    static final int MOST = 4;

    private final YearEvents events;
    private final Messages messages;
    private final Clock clock;

    public WheelNotices(Workspace workspace, Messages messages, Clock clock) {
        this.events = new YearEvents(workspace.service(WheelService.class));
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(Centre centre, int year) {
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        List<YearEvent> found = events.around(centre.id(), today, WEEKS_AHEAD);
        java.util.Comparator<YearEvent> order = java.util.Comparator
                .comparing((YearEvent e) -> e.kind() != YearEvent.Kind.OVERDUE)
                .thenComparing(e -> e.work() == null)
                .thenComparing(e -> e.kind())
                .thenComparing(YearEvent::date);
        List<YearEvent> overdue = found.stream().filter(e -> e.kind() == YearEvent.Kind.OVERDUE).sorted(order)
                .toList();
        List<YearEvent> ahead = found.stream().filter(e -> e.kind() != YearEvent.Kind.OVERDUE).sorted(order).toList();
        List<YearEvent> shown = new ArrayList<>(overdue.subList(0, Math.min(MOST, overdue.size())));
        shown.addAll(ahead.subList(0, Math.min(MOST, ahead.size())));
        List<YearEvent> rest = found.stream().filter(e -> !shown.contains(e)).toList();
        for (YearEvent event : shown) {
            Occurrence o = event.occurrence();
            String what = o.activity().name();
            String who = o.activity().responsible();
            Notice notice = switch (event.kind()) {
                case OVERDUE -> new Notice(Notice.Level.OVERDUE, messages.get("home.wheel.overdue", what, who,
                        messages.longDate(event.deadline())), destination(event));
                case NOW -> new Notice(Notice.Level.DUE, messages.get("home.wheel.now", what, who,
                        messages.longDate(event.deadline()), event.daysLeft()), destination(event));
                case COMING -> new Notice(Notice.Level.DUE, messages.get("home.wheel.coming", what, who,
                        messages.longDate(event.date()), java.time.temporal.ChronoUnit.DAYS.between(today,
                                event.date())), destination(event));
            };
            notices.add(notice);
        }
        if (!rest.isEmpty()) {
            notices.add(new Notice(Notice.Level.DUE, messages.get("home.wheel.more", rest.size()),
                    new WheelDestination(rest.getFirst().occurrence().year().year(), -1)));
        }
        return notices;
    }

    /** The work that ticks the activity, where Samordna holds it; otherwise the activity in the wheel. */
    static Destination destination(YearEvent event) {
        return event.work() == null
                ? new WheelDestination(event.occurrence().year().year(), event.occurrence().activity().id())
                : destinationOf(event.work(), event.kind() == YearEvent.Kind.COMING, event.occurrence());
    }

    /**
     * Where the work is done: the workshops, the survey (its forms to print while the weeks are ahead,
     * the typing-in once they have come), the report of the year the work belongs to, the agreement.
     */
    static Destination destinationOf(YearEvent.Work work, boolean ahead, Occurrence o) {
        return switch (work.source()) {
            case WORKSHOP -> new Destination.Page(ReflectionFeature.SECTION);
            case SURVEY -> new SurveyDestination(o.done() ? SurveyDestination.Work.RESULTS
                    : ahead ? SurveyDestination.Work.PRINT_FORMS : SurveyDestination.Work.TYPE_IN);
            case REPORT -> new ReportDestination(work.year());
            case AGREEMENT_REVIEW -> work.id() == null ? new Destination.Page(AgreementsFeature.SECTION)
                    : new AgreementDestination(work.id());
            case PLAN -> new PlanDestination(work.year());
        };
    }
}
