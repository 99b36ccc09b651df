package se.samordna.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samordna.core.capability.Capability;
import se.samordna.core.capability.DocumentCounter;
import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.survey.SurveyService;

/** The annual report and plan (Bilaga 3): the wizard, the completeness check, PDF and Word. */
public final class ReportCapability implements Capability {
    private final ReportService reports;
    private final SurveyService surveys;
    private final CentreService centres;

    public ReportCapability(Services services) {
        this.centres = services.get(CentreService.class);
        this.surveys = services.get(SurveyService.class);
        this.reports = services.add(ReportService.class, new ReportService(services.database(), centres, surveys,
                services.get(ReflectionService.class), services.get(GoalService.class), services.clock()));
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.reports", ReportService::countForCentre);
    }

    /** Last year's report submitted, this year's a draft: reads the surveys, workshops and goals made before. */
    @Override
    public void createExamples(ExampleCentres examples) {
        new ExampleReports(reports, surveys).create(centres.get(examples.centre(0)), examples.today().getYear());
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        return ReportSamples.write(reports, centres, folder);
    }

    /** The year's report in all its versions, with its fields and visitor counts. */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("annual_report").inYear("report_year"),
                PackageTable.childOf("report_field", "report_id", "annual_report"),
                PackageTable.childOf("report_visits", "report_id", "annual_report"))));
    }
}
