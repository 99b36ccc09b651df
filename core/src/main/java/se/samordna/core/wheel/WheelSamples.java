package se.samordna.core.wheel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.survey.SurveySamples;

/** Every centre's wheel of the current plan year, for --samples: the wheel on A4 and A3, the list, the .ics. */
public final class WheelSamples {
    private WheelSamples() {
    }

    public static List<Path> write(WheelService wheel, CentreService centres, Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("arshjul"));
        List<Path> written = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            PlanYear planYear = wheel.currentYear(centre.id());
            WheelYear year = wheel.year(centre.id(), planYear.year());
            String base = SurveySamples.slug(centre.name()) + "-arshjul-" + planYear.year();
            for (WheelPdf.Paper paper : WheelPdf.Paper.values()) {
                written.add(pdf(dir.resolve(base + "-" + paper.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"),
                        new WheelPdf.Request(centre.name(), year, paper, true)));
            }
            written.add(pdf(dir.resolve(base + "-lista.pdf"),
                    new WheelPdf.Request(centre.name(), year, WheelPdf.Paper.A4, false)));
            Path ics = dir.resolve(base + ".ics");
            try (OutputStream out = Files.newOutputStream(ics)) {
                WheelCalendar.write(centre.name(), List.of(year), java.time.Clock.systemDefaultZone(), out);
            }
            written.add(ics);
        }
        return written;
    }

    private static Path pdf(Path file, WheelPdf.Request request) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            WheelPdf.render(request, out);
        }
        return file;
    }
}
