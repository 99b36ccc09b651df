package se.samordna.core.overview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samordna.core.agreement.AgreementService;
import se.samordna.core.capability.Capability;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;
import se.samordna.core.plan.PlanService;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.wheel.WheelService;

/** Översikt (PRODUCT.md §6): several centres side by side, read from the capabilities before it; it stores nothing. */
public final class OverviewCapability implements Capability {
    private final OverviewService overview;

    public OverviewCapability(Services services) {
        this.overview = services.add(OverviewService.class, new OverviewService(services.get(CentreService.class),
                services.get(ReflectionService.class), services.get(SurveyService.class),
                services.get(ReportService.class), services.get(AgreementService.class),
                services.get(WheelService.class), services.get(PlanService.class)));
    }

    @Override
    public String name() {
        return "overview";
    }

    /** The example centres' overview of the current year, as PDF and XLSX. */
    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        java.time.LocalDate today = overview.today();
        Overview current = overview.compute(today.getYear(), today);
        Path pdf = folder.resolve(OverviewService.suggestedFileName(current, "pdf"));
        Path xlsx = folder.resolve(OverviewService.suggestedFileName(current, "xlsx"));
        OverviewService.exportPdf(current, pdf);
        OverviewService.exportXlsx(current, xlsx);
        return List.of(pdf, xlsx);
    }
}
