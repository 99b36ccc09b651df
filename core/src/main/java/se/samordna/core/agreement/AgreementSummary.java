package se.samordna.core.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a list of agreements shows. {@code termEnd} is the coordinator term's last day, if any. */
public record AgreementSummary(long id, long centreId, AgreementKind kind, String series, int version,
                               AgreementStatus status, LocalDateTime updatedAt, LocalDate signedDate,
                               LocalDate endDate, LocalDate termEnd) {
}
