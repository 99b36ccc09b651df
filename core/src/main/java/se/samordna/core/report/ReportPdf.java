package se.samordna.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import se.samordna.core.document.PdfRenderer;
import se.samordna.core.pdf.FlowDocument;

/**
 * The annual report and plan as a PDF/A: {@link ReportOutline} rendered by {@link PdfRenderer}, with
 * the page count the report view shows while the one-page fields are written.
 */
public final class ReportPdf {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ReportPdf() {
    }

    /** Writes the report, printed today. */
    public static FlowDocument.Report render(ReportContent content, OutputStream out) throws IOException {
        return PdfRenderer.render(ReportOutline.of(content, LocalDate.now(SWEDEN)), out);
    }

    /**
     * The printed length, in pages, of the fields the template limits to one page ("max 1 sida"):
     * laid out with the fonts, width and spacing of the real document. Empty fields take no room.
     */
    public static double estimatePages(Report report) {
        return PdfRenderer.measurePages(ReportOutline.onePageFields(report));
    }
}
