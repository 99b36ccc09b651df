package se.samordna.core.report;

import java.time.LocalDate;

/** A report version in a list. */
public record ReportSummary(long id, long centreId, int year, int version, ReportStatus status,
                            LocalDate submittedOn) {
}
