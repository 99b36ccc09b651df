package se.samordna.app.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.core.centre.Centre;
import se.samordna.core.report.Report;
import se.samordna.core.report.ReportService;

/**
 * What the home screen says about the annual report beside the wheel's reminders: that the year's report
 * is submitted. The due date and lateness come from the annual wheel ({@code WheelNotices}).
 */
public final class ReportNotices implements NoticeSource {
    private final ReportService reports;
    private final Messages messages;
    private final Clock clock;

    public ReportNotices(ReportService reports, Messages messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(Centre centre, int year) {
        // When the report is due, and whether it is late, comes from the annual wheel (WheelNotices):
        // its row "Verksamhetsberättelsen lämnas in 28/2" counts to ReportService.dueDate.
        List<Notice> notices = new ArrayList<>();
        Optional<Report> current = reports.latest(centre.id(), year);
        if (current.isPresent() && current.get().frozen()) {
            notices.add(new Notice(Notice.Level.INFO, messages.get("home.report.submitted", year,
                    String.valueOf(current.get().submittedOn())), new ReportDestination(year)));
        }
        return notices;
    }
}
