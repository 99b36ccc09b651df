package se.samordna.app.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.core.centre.Centre;
import se.samordna.core.survey.SurveyService;

/**
 * What the home screen says about the parent survey: the survey weeks (45–46) as they approach and
 * while they run, and forms still to be typed in after them.
 */
public final class SurveyNotices implements NoticeSource {
    /** How long before week 45 the forms should be printed. */
    static final int WARN_DAYS = 28;

    private final SurveyService surveys;
    private final Messages messages;
    private final Clock clock;

    public SurveyNotices(SurveyService surveys, Messages messages, Clock clock) {
        this.surveys = surveys;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(Centre centre, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate[] weeks = SurveyService.surveyWeeks(year);
        List<Notice> notices = new ArrayList<>();
        long until = ChronoUnit.DAYS.between(today, weeks[0]);
        if (until > 0 && until <= WARN_DAYS) {
            notices.add(new Notice(Notice.Level.DUE, messages.get("home.survey.soon", weeks[0].toString(),
                    weeks[1].toString(), until), new SurveyDestination(SurveyDestination.Work.PRINT_FORMS)));
        } else if (!today.isBefore(weeks[0]) && !today.isAfter(weeks[1])) {
            notices.add(new Notice(Notice.Level.DUE, messages.get("home.survey.now", weeks[1].toString()),
                    new SurveyDestination(SurveyDestination.Work.TYPE_IN)));
        } else if (today.isAfter(weeks[1]) && today.isBefore(LocalDate.of(year + 1, 3, 1))) {
            int count = surveys.responseCount(centre.id(), year);
            notices.add(count == 0
                    ? new Notice(Notice.Level.DUE, messages.get("home.survey.noForms", year),
                            new SurveyDestination(SurveyDestination.Work.TYPE_IN))
                    : new Notice(Notice.Level.INFO, messages.get("home.survey.forms", year, count),
                            new SurveyDestination(SurveyDestination.Work.RESULTS)));
        }
        return notices;
    }
}
