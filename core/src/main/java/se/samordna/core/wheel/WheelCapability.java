package se.samordna.core.wheel;

import java.util.Map;

import se.samordna.core.agreement.AgreementService;
import se.samordna.core.capability.Capability;
import se.samordna.core.capability.DocumentCounter;
import se.samordna.core.capability.Services;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyService;

/** Årshjulet (Bilaga 6): the year's activities by month and role, ticked by hand or by Samordna's own work. */
public final class WheelCapability implements Capability {
    private final WheelService wheel;

    public WheelCapability(Services services) {
        this.wheel = services.add(WheelService.class, new WheelService(services.database(),
                services.get(ReflectionService.class), services.get(SurveyService.class),
                services.get(ReportService.class), services.get(AgreementService.class), services.clock()));
    }

    @Override
    public String name() {
        return "wheel";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.wheelActivities", WheelService::countForCentre);
    }

    public WheelService service() {
        return wheel;
    }
}
