package se.samordna.app.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;

/** Says plainly that a capability is not built yet, and what it will do: never a blank pane. */
public final class PlaceholderView {
    private PlaceholderView() {
    }

    public static Node create(Section section, Messages messages) {
        Label title = new Label(messages.get("section." + section.name()));
        title.getStyleClass().add("page-title");
        Label notYet = new Label(messages.get("placeholder.notBuilt"));
        notYet.getStyleClass().add("warning-text");
        notYet.setWrapText(true);
        Label what = new Label(messages.get("placeholder." + section.name()));
        what.setWrapText(true);
        Label meanwhile = new Label(messages.get("placeholder.meanwhile"));
        meanwhile.getStyleClass().add("muted");
        meanwhile.setWrapText(true);
        VBox box = new VBox(title, notYet, what, meanwhile);
        box.getStyleClass().addAll("page", "placeholder-box");
        box.setId("placeholder-" + section.name());
        return box;
    }
}
