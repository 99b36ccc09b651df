package se.samordna.app.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * A table as tall as all its rows, for a page that scrolls as a whole: the table has no scroll bar of
 * its own, so the mouse wheel over it scrolls the page on to what comes after. Rows whose text wraps
 * are measured as the table draws them, again whenever the width, the rows or the text size change.
 */
public final class TableHeights {
    private static final String PENDING = "samordna.tableHeights.pending";

    private TableHeights() {
    }

    public static void showAllRows(TableView<?> table) {
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && table.getProperties().putIfAbsent(PENDING, Boolean.TRUE) == null) {
                Platform.runLater(() -> {
                    table.getProperties().remove(PENDING);
                    fit(table);
                });
            }
        });
    }

    private static void fit(TableView<?> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || !(table.lookup(".column-header-background") instanceof Region header)) {
            return;
        }
        double rows = 0;
        int count = table.getItems().size();
        for (int index = 0; index < count; index++) {
            IndexedCell<?> cell = flow.getCell(index);
            rows += cell.getLayoutBounds().getHeight();
        }
        if (count == 0 && table.getPlaceholder() != null) {
            rows = table.getPlaceholder().prefHeight(flow.getWidth());
        }
        double sideways = 0;
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                sideways = bar.getHeight();
            }
        }
        double height = Math.ceil(table.snappedTopInset() + header.getHeight() + rows + sideways
                + table.snappedBottomInset() + 1);
        if (Math.abs(height - table.getPrefHeight()) >= 1) {
            table.setPrefHeight(height);
        }
    }
}
