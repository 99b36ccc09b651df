package se.samordna.app.ui;

import java.util.regex.Pattern;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns sized from what they hold: never narrower than their heading ("Organisation/förv…")
 * or, for a column whose cells wrap, than its longest word ("Ledningsgru / pp"); a column whose cells
 * do not wrap never narrower than its longest text. Measured again when the rows or the text size
 * change. Where the columns together need more than the table's width, the table scrolls sideways
 * instead of cutting anything.
 */
public final class ColumnWidths {
    /**
     * Where JavaFX breaks a wrapped line: at white space only. (It ignores a zero-width space, and
     * breaks a word too long for the line anywhere in it.)
     */
    public static final Pattern BREAKS = Pattern.compile("\\s+");
    private static final String MEASURED_FONT = "samordna.columnWidths.font";
    /** A table cell's padding and border, left and right, with a pixel to spare. */
    private static final double CELL_PADDING = 14;
    /** A heading's padding, and room for a sort arrow where the column sorts. */
    private static final double HEADER_PADDING = 16;
    private static final double SORT_ARROW = 14;

    private ColumnWidths() {
    }

    /** Keeps {@code table}'s columns at least as wide as their heading and their content need. */
    public static void fitToContent(TableView<?> table) {
        table.getItems().addListener((ListChangeListener<Object>) change -> measure(table));
        table.itemsProperty().addListener((obs, old, items) -> {
            if (items != null) {
                items.addListener((ListChangeListener<Object>) change -> measure(table));
            }
            measure(table);
        });
        table.getColumns().addListener((ListChangeListener<Object>) change -> measure(table));
        // The text size is set on the window's root; the table learns of it when it is laid out again.
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            Font font = headingFont(table);
            if (font != null && !font.equals(table.getProperties().get(MEASURED_FONT))) {
                measure(table);
            }
        });
    }

    /** Marks a column whose cells wrap their text (only its longest word has to fit). */
    static void markWrapping(TableColumn<?, ?> column) {
        column.getProperties().put(ColumnWidths.class, Boolean.TRUE);
    }

    private static void measure(TableView<?> table) {
        Font heading = headingFont(table);
        Font cells = cellFont(table);
        if (heading == null || cells == null) {
            return; // not shown yet: measured when first laid out
        }
        table.getProperties().put(MEASURED_FONT, heading);
        for (TableColumn<?, ?> column : table.getColumns()) {
            fit(table, column, heading, cells);
        }
    }

    private static <S> void fit(TableView<?> table, TableColumn<S, ?> column, Font heading, Font cells) {
        if (!column.getColumns().isEmpty()) {
            return; // nested columns: left as they are
        }
        double needed = width(column.getText(), heading) + HEADER_PADDING + (column.isSortable() ? SORT_ARROW : 0);
        boolean wraps = Boolean.TRUE.equals(column.getProperties().get(ColumnWidths.class));
        @SuppressWarnings("unchecked")
        TableView<S> typed = (TableView<S>) table;
        for (S item : typed.getItems()) {
            Object value = column.getCellData(item);
            if (value == null) {
                continue;
            }
            String text = value.toString();
            double widest = 0;
            if (wraps) {
                for (String word : BREAKS.split(text)) {
                    widest = Math.max(widest, width(word, cells));
                }
            } else {
                for (String line : text.split("\n")) {
                    widest = Math.max(widest, width(line, cells));
                }
            }
            needed = Math.max(needed, widest + CELL_PADDING);
        }
        double min = Math.ceil(needed);
        if (Math.abs(column.getMinWidth() - min) >= 1) {
            column.setMinWidth(min);
        }
        if (column.getPrefWidth() < min) {
            column.setPrefWidth(min);
        }
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /** The font of the column headings as styled (bold in Modena), or null before the table is shown. */
    private static Font headingFont(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Label label) {
                return label.getFont();
            }
        }
        return null;
    }

    /** The font the rows are drawn in: the table's own text size. */
    private static Font cellFont(TableView<?> table) {
        Font heading = headingFont(table);
        return heading == null ? null : Font.font(heading.getFamily(), heading.getSize());
    }
}
