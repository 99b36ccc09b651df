package se.samordna.app.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.centre.Centre;

/**
 * What the home screen says about agreements: drafts not yet signed, a centre without a signed
 * coordinator agreement, and coordinator terms ending within six months.
 */
public final class AgreementNotices implements NoticeSource {
    private final AgreementService agreements;
    private final Messages messages;
    private final Clock clock;

    public AgreementNotices(AgreementService agreements, Messages messages, Clock clock) {
        this.agreements = agreements;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(Centre centre, int year) {
        LocalDate today = LocalDate.now(clock);
        List<AgreementSummary> all = agreements.list(centre.id());
        List<Notice> notices = new ArrayList<>();
        Map<String, List<AgreementSummary>> series = all.stream()
                .collect(Collectors.groupingBy(AgreementSummary::series));
        for (AgreementKind kind : AgreementKind.values()) {
            // A draft on its way is named below; say "none" only when nothing is under way either.
            boolean underWay = all.stream().anyMatch(a -> a.kind() == kind && (a.status() == AgreementStatus.UTKAST
                    || a.status() == AgreementStatus.KLAR));
            if (!underWay && all.stream().noneMatch(a -> a.kind() == kind && isInForce(a))) {
                notices.add(new Notice(Notice.Level.DUE, messages.get("home.agreement.none." + kind.name()),
                        new Destination.Page(AgreementsFeature.SECTION)));
            }
        }
        for (List<AgreementSummary> versions : series.values()) {
            AgreementSummary latest = versions.stream().max(Comparator.comparingInt(AgreementSummary::version))
                    .orElseThrow();
            String name = messages.label(latest.kind());
            if (latest.status() == AgreementStatus.UTKAST || latest.status() == AgreementStatus.KLAR) {
                notices.add(new Notice(Notice.Level.DUE, messages.get("home.agreement.notSigned", name,
                        latest.version(), messages.label(latest.status())), new AgreementDestination(latest.id())));
            }
            versions.stream().filter(a -> a.status() == AgreementStatus.UNDERTECKNAT && a.termEnd() != null)
                    .max(Comparator.comparingInt(AgreementSummary::version))
                    .ifPresent(signed -> termNotice(signed, today, notices));
            versions.stream().filter(a -> a.status() == AgreementStatus.UPPSAGT && a.endDate() != null
                            && !a.endDate().isBefore(today))
                    .forEach(a -> notices.add(new Notice(Notice.Level.INFO, messages.get("home.agreement.terminated",
                            messages.label(a.kind()), a.endDate().toString()), new AgreementDestination(a.id()))));
        }
        return notices;
    }

    private void termNotice(AgreementSummary signed, LocalDate today, List<Notice> notices) {
        long days = ChronoUnit.DAYS.between(today, signed.termEnd());
        if (days < 0) {
            notices.add(new Notice(Notice.Level.OVERDUE, messages.get("home.agreement.termEnded",
                    signed.termEnd().toString()), new AgreementDestination(signed.id())));
        } else if (!signed.termEnd().isAfter(today.plusMonths(6))) {
            notices.add(new Notice(Notice.Level.DUE, messages.get("home.agreement.termEnds",
                    signed.termEnd().toString(), days), new AgreementDestination(signed.id())));
        }
    }

    private static boolean isInForce(AgreementSummary agreement) {
        return agreement.status() == AgreementStatus.UNDERTECKNAT;
    }
}
