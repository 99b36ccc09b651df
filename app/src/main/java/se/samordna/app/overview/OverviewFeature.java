package se.samordna.app.overview;

import javafx.scene.Node;

import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.shell.Section;
import se.samordna.core.overview.OverviewService;

/** Översikt: every centre's year side by side, for the municipal or county coordinator and the ledningsgrupp. */
public final class OverviewFeature implements Feature {
    public static final Section SECTION = new Section("OVERVIEW", "oversikt");

    private final FeatureContext context;
    private final OverviewViewModel model;

    public OverviewFeature(FeatureContext context) {
        this.context = context;
        this.model = new OverviewViewModel(context.workspace().service(OverviewService.class), context.runner(),
                context.messages(), context.work(), context.clock(), context.navigator());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        OverviewView view = new OverviewView(model, context.messages(), context.files());
        model.load();
        return view.root();
    }

    public OverviewViewModel model() {
        return model;
    }
}
