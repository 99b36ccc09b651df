package se.samordna.app.ui;

import java.text.Bidi;

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
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? "" : item;
                text.wrappingWidthProperty().unbind();
                text.setWrappingWidth(0);
                text.setText(shown);
                if (wrapsSafely(shown)) {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                    setTooltip(null);
                } else {
                    setTooltip(new Tooltip(shown));
                }
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
    }

    /** Whether JavaFX can break {@code text} into lines without failing: not when it runs right to left. */
    public static boolean wrapsSafely(String text) {
        return !Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }
}
