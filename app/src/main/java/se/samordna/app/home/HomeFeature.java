package se.samordna.app.home;

import javafx.scene.Node;

import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.shell.Section;

/** Hem: the chosen centre at a glance and what needs doing, from every feature's notices. */
public final class HomeFeature implements Feature {
    public static final Section SECTION = new Section("HOME", "hem");

    private final HomeViewModel model;
    private final FeatureContext context;

    public HomeFeature(FeatureContext context) {
        this.context = context;
        this.model = new HomeViewModel(context.workspace().centres(), context.workspace().backups(),
                context.runner(), context.messages(), context.work(), context.allNotices(), context.navigator());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new HomeView(model, context.messages()).root();
    }

    public HomeViewModel model() {
        return model;
    }
}
