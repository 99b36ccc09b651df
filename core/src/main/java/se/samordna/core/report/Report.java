package se.samordna.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a centre's annual report for a year: what is written per field of the template,
 * the visitor statistics, the wizard step last open, and whether it is submitted (then frozen).
 */
public record Report(long id, long centreId, int year, int version, ReportStatus status, LocalDate submittedOn,
                     int step, Map<String, String> fields, List<VisitCount> visits) {

    public Report {
        fields = Map.copyOf(fields);
        visits = List.copyOf(visits);
    }

    public boolean frozen() {
        return status == ReportStatus.INLAMNAD;
    }

    /** The text of a field ("" when nothing is written). */
    public String field(String key) {
        return fields.getOrDefault(key, "");
    }

    /** Visits in a month for a category, or null when nothing is entered. */
    public Integer visits(int month, VisitCategory category) {
        return visits.stream().filter(v -> v.month() == month && v.category() == category).findFirst()
                .map(VisitCount::visits).orElse(null);
    }

    public int totalVisits(VisitCategory category) {
        return visits.stream().filter(v -> v.category() == category).mapToInt(VisitCount::visits).sum();
    }
}
