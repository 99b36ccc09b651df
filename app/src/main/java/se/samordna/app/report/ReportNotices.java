package se.samordna.app.report;

import java.time.Clock;
import java.time.LocalDate;
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
 * What the home screen says about the annual report: the due date (1 March, {@link ReportService#dueDate}) as it approaches,
 * and a report started in Samordna for last year but never submitted.
 */
public final class ReportNotices implements NoticeSource {
    /** How long before the due date the report is called for. */
    static final int WARN_DAYS = 120;

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
        LocalDate today = LocalDate.now(clock);
        List<Notice> notices = new ArrayList<>();
        Optional<Report> last = reports.latest(centre.id(), year - 1);
        if (last.isPresent() && !last.get().frozen() && ReportService.daysLeft(year - 1, today) < 0) {
            notices.add(new Notice(Notice.Level.OVERDUE, messages.get("home.report.late", year - 1,
                    messages.longDate(ReportService.dueDate(year - 1))), new ReportDestination(year - 1)));
        }
        long days = ReportService.daysLeft(year, today);
        Optional<Report> current = reports.latest(centre.id(), year);
        if (current.isPresent() && current.get().frozen()) {
            notices.add(new Notice(Notice.Level.INFO, messages.get("home.report.submitted", year,
                    String.valueOf(current.get().submittedOn())), new ReportDestination(year)));
        } else if (days < 0 && current.isPresent()) {
            notices.add(new Notice(Notice.Level.OVERDUE, messages.get("home.report.late", year,
                    messages.longDate(ReportService.dueDate(year))), new ReportDestination(year)));
        } else if (days >= 0 && days <= WARN_DAYS) {
            notices.add(new Notice(Notice.Level.DUE, messages.get(current.isPresent() ? "home.report.draft"
                    : "home.report.notStarted", year, messages.longDate(ReportService.dueDate(year)), days),
                    new ReportDestination(year)));
        }
        return notices;
    }
}
