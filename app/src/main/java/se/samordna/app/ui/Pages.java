package se.samordna.app.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Page layouts shared by the views. */
public final class Pages {
    private Pages() {
    }

    /**
     * A page that fills the window when the window is large enough and scrolls when it is not: its
     * list or table grows into the room there is, but nothing is ever squeezed below its minimum
     * (a form's labels and fields keep their height; the page scrolls instead).
     */
    public static ScrollPane fillOrScroll(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        ScrollFollowsFocus.attach(scroll);
        return scroll;
    }
}
