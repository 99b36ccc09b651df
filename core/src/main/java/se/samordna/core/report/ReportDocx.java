package se.samordna.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import se.samordna.core.document.DocxRenderer;

/**
 * The annual report and plan as a Word document, for those who must go on editing it in Word: the
 * same {@link ReportOutline} as the PDF, rendered by {@link DocxRenderer} (charts as tables).
 */
public final class ReportDocx {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ReportDocx() {
    }

    public static void write(ReportContent content, OutputStream out) throws IOException {
        DocxRenderer.write(ReportOutline.of(content, LocalDate.now(SWEDEN)), out);
    }
}
