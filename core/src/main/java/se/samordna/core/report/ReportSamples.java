package se.samordna.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.survey.SurveySamples;

/** The annual reports of the example data, every version as a PDF, for --samples. */
public final class ReportSamples {
    private ReportSamples() {
    }

    public static List<Path> write(ReportService reports, CentreService centres, Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("verksamhetsberattelse"));
        List<Path> written = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            String slug = SurveySamples.slug(centre.name());
            for (ReportSummary summary : reports.list(centre.id())) {
                Path pdf = dir.resolve(slug + "-verksamhetsberattelse-" + summary.year() + "-v" + summary.version()
                        + ".pdf");
                ReportContent content = reports.content(summary.id());
                try (OutputStream out = Files.newOutputStream(pdf)) {
                    ReportPdf.render(content, out);
                }
                written.add(pdf);
                Path docx = pdf.resolveSibling(pdf.getFileName().toString().replaceAll("\\.pdf$", ".docx"));
                try (OutputStream out = Files.newOutputStream(docx)) {
                    ReportDocx.write(content, out);
                }
                written.add(docx);
            }
        }
        return written;
    }
}
