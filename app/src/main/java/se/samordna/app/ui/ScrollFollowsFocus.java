package se.samordna.app.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a page so the control that gets keyboard focus is visible: moving through a long form
 * with Tab never leaves the user typing into a field they cannot see.
 */
public final class ScrollFollowsFocus {
    private ScrollFollowsFocus() {
    }

    public static void attach(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, old, focused) -> reveal(scroll, focused));
            }
        });
    }

    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds nodeBounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewportHeight);
        double bottom = top + viewportHeight;
        double margin = 24;
        if (nodeBounds.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (nodeBounds.getMinY() - margin) / (contentHeight - viewportHeight)));
        } else if (nodeBounds.getMaxY() + margin > bottom) {
            scroll.setVvalue(Math.min(1, (nodeBounds.getMaxY() + margin - viewportHeight)
                    / (contentHeight - viewportHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
