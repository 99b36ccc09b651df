package se.samordna.app.reflection;

import javafx.scene.Node;

import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.shell.Section;

/** Självreflektion: the workshop of 30 statements in five steps, run offline in a room. */
public final class ReflectionFeature implements Feature {
    public static final Section SECTION = new Section("REFLECTION", "sjalvreflektion");

    private final ReflectionViewModel model;
    private final FeatureContext context;

    public ReflectionFeature(FeatureContext context) {
        this.context = context;
        this.model = new ReflectionViewModel(context.workspace().reflection(), context.workspace().goals(),
                context.runner(), context.messages(), context.work(), context.clock());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new ReflectionView(model, context.messages(), context.files()).root();
    }

    public ReflectionViewModel model() {
        return model;
    }
}
