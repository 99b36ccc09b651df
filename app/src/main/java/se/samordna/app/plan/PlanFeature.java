package se.samordna.app.plan;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.shell.Section;
import se.samordna.core.plan.PlanExport;
import se.samordna.core.plan.PlanProposals;
import se.samordna.core.plan.PlanScope;
import se.samordna.core.plan.PlanService;

/** Handlingsplan: målområden, delmål and activities followed up with PDSA, sent by 1 December. */
public final class PlanFeature implements Feature {
    public static final Section SECTION = new Section("PLAN", "handlingsplan");

    private final FeatureContext context;
    private final PlanViewModel model;

    public PlanFeature(FeatureContext context) {
        this.context = context;
        this.model = new PlanViewModel(context.workspace().service(PlanService.class),
                context.workspace().service(PlanProposals.class), context.workspace().service(PlanExport.class),
                context.runner(), context.messages(), context.work(), context.clock());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        PlanView view = new PlanView(model, context.messages(), context.files(), context.clock());
        model.attach();
        return view.root();
    }

    @Override
    public List<NoticeSource> notices() {
        return List.of(new PlanNotices(context.workspace().service(PlanService.class), context.messages(),
                context.clock()));
    }

    @Override
    public void open(Destination destination) {
        if (destination instanceof PlanDestination plan) {
            model.scopeProperty().set(PlanScope.CENTRE);
            context.work().yearProperty().set(plan.year());
        }
    }

    public PlanViewModel model() {
        return model;
    }
}
