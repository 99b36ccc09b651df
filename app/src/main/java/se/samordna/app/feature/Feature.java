package se.samordna.app.feature;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.shell.Section;

/**
 * One part of the window, described in one place (as PDFsam's Tool): its place in the sidebar, its
 * page, what it adds to Hem and how it opens a destination. AppContext builds the features from one
 * ordered list; a new capability is its feature class and one line there.
 */
public interface Feature {

    /** Builds a feature from what every feature gets. */
    @FunctionalInterface
    interface Factory {
        Feature create(FeatureContext context);
    }

    Section section();

    /** Builds the page; called once, when it is first shown, on the FX thread. */
    Node createPage();

    /** False for a part that is not built yet: the sidebar shows it greyed, the page says what it will be. */
    default boolean built() {
        return true;
    }

    /** What this feature adds to the home screen's "Att göra". */
    default List<NoticeSource> notices() {
        return List.of();
    }

    /**
     * Makes the page show {@code destination} (one of this feature's own), before the page is shown; a
     * {@link Destination.Page} needs nothing.
     */
    default void open(Destination destination) {
    }
}
