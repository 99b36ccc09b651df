package se.samordna.app.centre;

import javafx.scene.Node;

import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.shell.Section;

/** Familjecentraler: the centres, their parts and their people in their roles. */
public final class CentresFeature implements Feature {
    public static final Section SECTION = new Section("CENTRES", "familjecentraler");

    private final CentresViewModel model;
    private final FeatureContext context;
    private CentresView view;

    public CentresFeature(FeatureContext context) {
        this.context = context;
        this.model = new CentresViewModel(context.workspace().centres(), context.workspace().backups(),
                context.runner(), context.messages(), context.work());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return view().root();
    }

    /** The page (one per window): the menu's "Ny familjecentral" opens its form. */
    public CentresView view() {
        if (view == null) {
            view = new CentresView(model, context.messages(), se.samordna.app.history.History.of(context));
        }
        return view;
    }

    public CentresViewModel model() {
        return model;
    }
}
