package se.samordna.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

import javax.imageio.ImageIO;

/**
 * What a person sees go wrong in a layout, found in the scene graph: a text cut short ("Registrera
 * underskri…"), a word broken in the middle ("Ledningsgru / pp"), a control that reaches outside the
 * window or outside the container that holds it without a scroll bar, and a list or table squashed
 * to a strip.
 */
final class LayoutCheck {
    /** Half a pixel either way is rounding, not clipping. */
    private static final double SLACK = 1.0;

    private final List<String> problems = new ArrayList<>();
    private final Scene scene;
    private final double fontSize;

    private LayoutCheck(Scene scene, double fontSize) {
        this.scene = scene;
        this.fontSize = fontSize;
    }

    /** Everything wrong in the scene as it is laid out now at this text size; call on the FX thread. */
    static List<String> problems(Scene scene, double fontSize) {
        LayoutCheck check = new LayoutCheck(scene, fontSize);
        check.visit(scene.getRoot());
        return check.problems;
    }

    private void visit(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled);
        }
        if (node instanceof Text text && text.getWrappingWidth() > 0) {
            checkWords(text, text.getWrappingWidth(), describe(text));
        }
        if (node instanceof Control control && !insideScrollingCell(control)) {
            checkInside(control);
        }
        if ((node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TextArea)
                && !(node.getParent() instanceof ComboBoxBase<?>)) {
            checkNotSquashed((Control) node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }

    private void checkLabeled(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String displayed = shown.getText();
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        if (!displayed.equals(text) && !displayed.equals(expected)) {
            problems.add("cut short: " + describe(labeled) + " shows \"" + displayed + "\"");
        } else if (labeled.isWrapText() && shown.getWrappingWidth() > 0) {
            checkWords(shown, shown.getWrappingWidth(), describe(labeled));
        }
    }

    /** The text node a labeled's skin shows: the whole text, or what fitted of it with an ellipsis. */
    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    /** A word wider than the wrapping width is broken in the middle. */
    private void checkWords(Text text, double width, String what) {
        String content = text.getText();
        if (content == null || content.isBlank()) {
            return;
        }
        Text probe = new Text();
        probe.setFont(text.getFont());
        for (String word : ColumnWidths.BREAKS.split(content)) {
            if (word.isEmpty()) {
                continue;
            }
            probe.setText(word);
            double wordWidth = probe.getLayoutBounds().getWidth();
            if (wordWidth > width + SLACK) {
                problems.add("word broken: \"" + word + "\" (" + Math.round(wordWidth) + " px) in " + what
                        + " wrapping at " + Math.round(width) + " px");
                return;
            }
        }
    }

    /**
     * A control lies within the window and within every container up to the nearest one that scrolls
     * (a scroll pane, or a list or table whose cells scroll).
     */
    private void checkInside(Control control) {
        if (control.getWidth() <= 0 && control.getHeight() <= 0) {
            return;
        }
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        for (Parent parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (scrolls(parent)) {
                return; // what lies beyond is scrolled to
            }
            Bounds outer = parent.localToScene(parent.getLayoutBounds());
            if (!contains(outer, bounds)) {
                problems.add("clipped: " + describe(control) + " at " + round(bounds) + " outside "
                        + describe(parent) + " at " + round(outer));
                return;
            }
        }
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        if (!contains(window, bounds)) {
            problems.add("outside the window: " + describe(control) + " at " + round(bounds));
        }
    }

    private static boolean scrolls(Parent parent) {
        // A table's header row scrolls sideways with the table.
        return parent instanceof ScrollPane || parent instanceof VirtualFlow<?> || parent instanceof TableHeaderRow
                || parent.getClass().getName().startsWith("javafx.scene.control.skin.ScrollPaneSkin");
    }

    /** Cells of a list or table are clipped by their flow when scrolled away: that is scrolling. */
    private static boolean insideScrollingCell(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list or table shows at least three lines of text; a text area at least the lines it asks
     * for (its row count).
     */
    private void checkNotSquashed(Control control) {
        double line = fontSize * 1.3;
        double least = control instanceof TextArea area
                ? Math.min(3 * line + 8, area.prefHeight(area.getWidth()) - SLACK) : 3 * line + 8;
        if (control.getHeight() < least) {
            problems.add("squashed: " + describe(control) + " is " + Math.round(control.getHeight()) + " px high"
                    + " in " + chain(control));
        }
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMinY() >= outer.getMinY() - SLACK
                && inner.getMaxX() <= outer.getMaxX() + SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static String round(Bounds bounds) {
        return "[" + Math.round(bounds.getMinX()) + "," + Math.round(bounds.getMinY()) + " "
                + Math.round(bounds.getWidth()) + "×" + Math.round(bounds.getHeight()) + "]";
    }

    private static String chain(Node node) {
        StringBuilder text = new StringBuilder();
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            text.append(parent.getClass().getSimpleName()).append(parent.getId() == null ? "" : "#" + parent.getId())
                    .append(" < ");
        }
        return text.toString();
    }

    static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            text.append('#').append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            text.append(" \"").append(labeled.getText()).append('"');
        }
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        if (named != null && named != node) {
            text.append(" in #").append(named.getId());
        }
        return text.toString();
    }

    /** The scene as a PNG, as the screen would show it. */
    static void snapshot(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
