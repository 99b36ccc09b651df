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
        for (YearEvent event : events.around(centre.id(), today, WEEKS_AHEAD)) {
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
        return notices;
    }

    /** The work that ticks the activity, where Samordna holds it; otherwise the activity in the wheel. */
    static Destination destination(YearEvent event) {
        YearEvent.Work work = event.work();
        Occurrence o = event.occurrence();
        if (work == null) {
            return new WheelDestination(o.year().year(), o.activity().id());
        }
        return switch (work.source()) {
            case WORKSHOP -> new Destination.Page(ReflectionFeature.SECTION);
            case SURVEY -> new SurveyDestination(event.kind() == YearEvent.Kind.COMING
                    ? SurveyDestination.Work.PRINT_FORMS : SurveyDestination.Work.TYPE_IN);
            case REPORT -> new ReportDestination(work.year());
            case AGREEMENT_REVIEW -> work.id() == null ? new Destination.Page(AgreementsFeature.SECTION)
                    : new AgreementDestination(work.id());
            case PLAN -> new WheelDestination(o.year().year(), o.activity().id());
        };
    }
}
