package se.samordna.app.report;

import se.samordna.app.feature.Destination;
import se.samordna.app.shell.Section;

/** The annual report wizard for {@code year} (the year picker follows). */
public record ReportDestination(int year) implements Destination {
    @Override
    public Section section() {
        return ReportFeature.SECTION;
    }
}
