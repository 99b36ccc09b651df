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
        Optional<Attachment> attachment) {

    public Agreement {
        values = Map.copyOf(values);
        clauses = List.copyOf(clauses);
        parties = List.copyOf(parties);
        tasks = List.copyOf(tasks);
        costYears = List.copyOf(costYears);
    }

    /** The last day of a terminated agreement: notice date plus the kind's notice period. */
    public Optional<LocalDate> endDate() {
        if (noticeDate == null) {
            return Optional.empty();
        }
        int months = kind == AgreementKind.SAMORDNARE && terms != null ? terms.noticeMonths() : kind.noticeMonths();
        return Optional.of(noticeDate.plusMonths(months));
    }

    public Optional<Clause> clause(long clauseId) {
        return clauses.stream().filter(c -> c.id() == clauseId).findFirst();
    }
}
