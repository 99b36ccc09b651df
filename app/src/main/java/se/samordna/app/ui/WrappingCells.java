package se.samordna.app.ui;

import java.text.Bidi;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Table cells whose text wraps to the column's width, the row growing to fit, instead of ending in "…".
 *
 * <p>Right-to-left text (a parent's own words in Arabic or Persian) is not wrapped: JavaFX 26.0.2
 * throws while breaking such lines (ArrayIndexOutOfBoundsException in its text layout, at most column
 * widths; a variant of JDK-8302797), which would leave the table unpainted. Such a cell shows one line
 * and the whole text in its tooltip, until a JavaFX release wraps it safely.
 */
public final class WrappingCells {
    private WrappingCells() {
    }

    public static <S> void apply(TableColumn<S, String> column) {
        ColumnWidths.markWrapping(column);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = text();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show(this, text, item, empty, column.widthProperty().subtract(12));
            }
        });
    }

    /** The same for a list: its lines wrap at the list's width (less its padding and scroll bar). */
    public static void apply(ListView<String> list) {
        list.setCellFactory(v -> new ListCell<>() {
            private final Text text = text();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show(this, text, item, empty, list.widthProperty().subtract(52));
            }
        });
    }

    private static Text text() {
        Text text = new Text();
        text.getStyleClass().add("wrapping-cell-text");
        return text;
    }

    /**
     * Shows {@code item} in {@code cell} wrapped at {@code width}; text that runs right to left stays on
     * one line with the whole of it in a tooltip (JavaFX fails breaking it into lines).
     */
    private static void show(IndexedCell<?> cell, Text text, String item, boolean empty,
                             javafx.beans.value.ObservableNumberValue width) {
        String shown = empty || item == null ? "" : item;
        text.wrappingWidthProperty().unbind();
        text.setWrappingWidth(0);
        text.setText(shown);
        if (wrapsSafely(shown)) {
            text.wrappingWidthProperty().bind(width);
            cell.setTooltip(null);
        } else {
            cell.setTooltip(new Tooltip(shown));
        }
        cell.setGraphic(empty ? null : text);
        cell.setText(null);
    }

    /** Whether JavaFX can break {@code text} into lines without failing: not when it runs right to left. */
    public static boolean wrapsSafely(String text) {
        return !Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }
}
