package se.samordna.core.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.FileNames;
import se.samordna.core.document.Document;
import se.samordna.core.document.DocumentExport;

/** The plan as a document: its outline from the plan, the centres' names and the linked indicators, and the file. */
public final class PlanExport {
    private final PlanService plans;
    private final PlanProposals proposals;
    private final CentreService centres;
    private final Clock clock;

    public PlanExport(PlanService plans, PlanProposals proposals, CentreService centres, Clock clock) {
        this.plans = plans;
        this.proposals = proposals;
        this.centres = centres;
        this.clock = clock;
    }

    public Document document(long planId) {
        Plan plan = plans.get(planId);
        Map<Long, List<IndicatorReading>> readings = new LinkedHashMap<>();
        plan.activities().filter(a -> a.draft().link() != null)
                .forEach(a -> readings.put(a.id(), proposals.readings(a.id())));
        return PlanOutline.of(plan, centreNames(), readings, LocalDate.now(clock));
    }

    /** Writes the plan whole or not at all, as a PDF/A or a Word document. */
    public DocumentExport.Exported export(long planId, DocumentExport.Format format, Path target) {
        return DocumentExport.export(document(planId), format, target);
    }

    /** The name a saved plan is offered under: "Handlingsplan 2026 Familjecentralen Solsidan.pdf". */
    public String suggestedFileName(long planId, DocumentExport.Format format) {
        return FileNames.safe(PlanOutline.fileTitle(plans.get(planId), centreNames()) + "." + format.extension());
    }

    private Map<Long, String> centreNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (CentreSummary centre : centres.list()) {
            names.put(centre.id(), centre.name());
        }
        return names;
    }
}
