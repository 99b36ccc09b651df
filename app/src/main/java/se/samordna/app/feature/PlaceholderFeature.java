package se.samordna.app.feature;

import javafx.scene.Node;

import se.samordna.app.shell.PlaceholderView;
import se.samordna.app.shell.Section;

/** A part of the year's cycle not built yet: in the sidebar, greyed, its page saying what it will be. */
public final class PlaceholderFeature implements Feature {
    private final Section section;
    private final FeatureContext context;

    private PlaceholderFeature(Section section, FeatureContext context) {
        this.section = section;
        this.context = context;
    }

    public static Factory of(String name) {
        return context -> new PlaceholderFeature(new Section(name, "aret"), context);
    }

    @Override
    public Section section() {
        return section;
    }

    @Override
    public Node createPage() {
        return PlaceholderView.create(section, context.messages());
    }

    @Override
    public boolean built() {
        return false;
    }
}
