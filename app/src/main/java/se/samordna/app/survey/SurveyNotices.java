package se.samordna.app.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.core.centre.Centre;
import se.samordna.core.survey.SurveyService;

/**
 * What the home screen says about the parent survey beside the wheel's reminders: how many forms of the
 * year are typed in once the survey weeks are over. The weeks themselves, and forms still missing after
 * them, come from the annual wheel ({@code WheelNotices}).
 */
public final class SurveyNotices implements NoticeSource {
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
        // The survey weeks, and forms not typed in after them, come from the annual wheel (WheelNotices):
        // its row "Föräldraenkät ska delas ut v.45-46" falls on SurveyService.surveyWeeks.
        LocalDate today = LocalDate.now(clock);
        LocalDate[] weeks = SurveyService.surveyWeeks(year);
        List<Notice> notices = new ArrayList<>();
        if (today.isAfter(weeks[1]) && today.isBefore(LocalDate.of(year + 1, 3, 1))) {
            int count = surveys.responseCount(centre.id(), year);
            if (count > 0) {
                notices.add(new Notice(Notice.Level.INFO, messages.get("home.survey.forms", year, count),
                        new SurveyDestination(SurveyDestination.Work.RESULTS)));
            }
        }
        return notices;
    }
}
