package se.samordna.core.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An agreement of a centre, one version of it, with everything that goes into the document. */
public record Agreement(
        long id,
        long centreId,
        AgreementKind kind,
        String series,
        int version,
        AgreementStatus status,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime readyAt,
        LocalDate signedDate,
        LocalDate noticeDate,
        Map<String, String> values,
        List<Clause> clauses,
        List<Party> parties,
        List<CoordinatorTask> tasks,
        List<CostYear> costYears,
        CoordinatorTerms terms,
        int noticeMonthsOfCollaboration,
        Optional<Attachment> attachment,
        int rowVersion,
        String updatedBy) {

    public Agreement {
        values = Map.copyOf(values);
        clauses = List.copyOf(clauses);
        parties = List.copyOf(parties);
        tasks = List.copyOf(tasks);
        costYears = List.copyOf(costYears);
    }

    /** Months from notice to end, as agreed (twelve and three by the templates). */
    public int noticeMonths() {
        return kind == AgreementKind.SAMORDNARE && terms != null ? terms.noticeMonths() : noticeMonthsOfCollaboration;
    }

    /** The last day of a terminated agreement: notice date plus the notice period. */
    public Optional<LocalDate> endDate() {
        return noticeDate == null ? Optional.empty() : Optional.of(noticeDate.plusMonths(noticeMonths()));
    }

    public Optional<Clause> clause(long clauseId) {
        return clauses.stream().filter(c -> c.id() == clauseId).findFirst();
    }
}
