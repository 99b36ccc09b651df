package se.samordna.core.wheel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samordna.core.agreement.AgreementService;
import se.samordna.core.capability.Capability;
import se.samordna.core.capability.DocumentCounter;
import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;
import se.samordna.core.plan.PlanService;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyService;

/** Årshjulet (Bilaga 6): the year's activities by month and role, ticked by hand or by Samordna's own work. */
public final class WheelCapability implements Capability {
    private final WheelService wheel;
    private final AgreementService agreements;
    private final CentreService centres;

    public WheelCapability(Services services) {
        this.agreements = services.get(AgreementService.class);
        this.centres = services.get(CentreService.class);
        this.wheel = services.add(WheelService.class, new WheelService(services.database(),
                services.get(ReflectionService.class), services.get(SurveyService.class),
                services.get(ReportService.class), agreements, services.get(PlanService.class), services.clock()));
    }

    @Override
    public String name() {
        return "wheel";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.wheelActivities", WheelService::countForCentre);
    }

    /** Solsidan's wheel ticked and changed a little, Lillsjön planning from August, Fyrklövern's as it comes. */
    @Override
    public void createExamples(ExampleCentres examples) {
        WheelExamples.create(wheel, agreements, examples.centreIds().stream().map(centres::get).toList(),
                examples.today());
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        return WheelSamples.write(wheel, centres, folder);
    }

    /** The wheel's rules (the centre's, for every year) and the year's moved, cancelled and ticked occurrences. */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("wheel_centre"),
                PackageTable.ofCentre("wheel_activity"),
                PackageTable.childOf("wheel_occurrence", "activity_id", "wheel_activity").inYear("plan_year"),
                PackageTable.childOf("wheel_tick", "activity_id", "wheel_activity").inYear("plan_year"))));
    }
}
