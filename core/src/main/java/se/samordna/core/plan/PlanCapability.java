package se.samordna.core.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.survey.SurveyService;

/** The action plan (handlingsplan, issue 15): the plan's tree, what it takes in, and the plan as PDF and Word. */
public final class PlanCapability implements Capability {
    /** The municipality of the example centres, whose plan covers those with a plan of their own. */
    static final String EXAMPLE_MUNICIPALITY = "Östersund";

    private final PlanService plans;
    private final PlanProposals proposals;
    private final PlanExport export;
    private final CentreService centres;

    public PlanCapability(Services services) {
        this.centres = services.get(CentreService.class);
        this.plans = services.add(PlanService.class, new PlanService(services.database(), services.clock()));
        this.proposals = services.add(PlanProposals.class, new PlanProposals(services.database(),
                services.get(GoalService.class), services.get(SurveyService.class),
                services.get(ReflectionService.class), services.clock()));
        this.export = services.add(PlanExport.class, new PlanExport(plans, proposals, centres, services.clock()));
    }

    @Override
    public String name() {
        return "plan";
    }

    /** A centre's own plans; a municipal plan that covers the centre is the municipality's and stays. */
    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.plans", PlanStore::countForCentre);
    }

    /**
     * This year's plan for each example centre that has data to take in (Solsidan and Lillsjön; Fyrklövern
     * is the empty one), and one plan of Östersund covering them.
     */
    @Override
    public void createExamples(ExampleCentres examples) {
        int year = examples.today().getYear();
        List<Long> withData = new ArrayList<>();
        for (int i = 0; i < Math.min(2, examples.centreIds().size()); i++) {
            PlanExamples.centrePlan(plans, proposals, examples.centre(i), year);
            withData.add(examples.centre(i));
        }
        if (!withData.isEmpty()) {
            PlanExamples.municipalPlan(plans, EXAMPLE_MUNICIPALITY, year, withData);
        }
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("handlingsplan"));
        List<Long> planIds = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            plans.plansOfCentre(centre.id()).forEach(plan -> planIds.add(plan.id()));
        }
        plans.municipalPlans().forEach(plan -> planIds.add(plan.id()));
        List<Path> written = new ArrayList<>();
        for (long planId : planIds) {
            for (DocumentExport.Format format : DocumentExport.Format.values()) {
                Path file = dir.resolve(export.suggestedFileName(planId, format));
                export.export(planId, format, file);
                written.add(file);
            }
        }
        return written;
    }

    /** The centre's own plan for the year (a municipal plan belongs to no one centre and stays). */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("action_plan").inYear("plan_year").where("scope = 'CENTRE'"),
                PackageTable.childOf("plan_area", "plan_id", "action_plan"),
                PackageTable.childOf("plan_subgoal", "area_id", "plan_area").referencing("year_goal_id", "year_goal"),
                PackageTable.childOf("plan_activity", "subgoal_id", "plan_subgoal")
                        .referencing("carried_from", "plan_activity"),
                PackageTable.childOf("plan_checkpoint", "activity_id", "plan_activity"),
                PackageTable.childOf("plan_proposal_answer", "plan_id", "action_plan")
                        .referencing("year_goal_id", "year_goal"))));
    }
}
