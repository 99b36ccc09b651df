package se.samordna.app.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table cells whose text wraps to the column's width, the row growing to fit, instead of ending in "…". */
public final class WrappingCells {
    private WrappingCells() {
    }

    public static <S> void apply(TableColumn<S, String> column) {
        ColumnWidths.markWrapping(column);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapping-cell-text");
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
    }
}
