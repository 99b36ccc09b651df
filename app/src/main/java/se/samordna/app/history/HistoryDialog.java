package se.samordna.app.history;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.WrappingCells;

/**
 * "Historik": who changed the record, when and what, newest first, in a window of its own. On the
 * laptop it says that the history is kept on the shared server.
 */
public final class HistoryDialog {
    private HistoryDialog() {
    }

    /**
     * A "Historik…" button for a page: opens the history of what {@code subject} names at the moment
     * of the click (nothing when it names nothing).
     */
    public static Button button(History history, String id, Supplier<HistorySubject> subject) {
        Button button = new Button(history.messages().get("history.open"));
        button.setId(id);
        button.setOnAction(event -> {
            HistorySubject current = subject.get();
            if (current != null) {
                show(button.getScene() == null ? null : button.getScene().getWindow(), history, current);
            }
        });
        return button;
    }

    public static void show(Window owner, History history, HistorySubject subject) {
        Messages messages = history.messages();
        HistoryViewModel model = history.newModel();
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.titleProperty().bind(model.titleProperty());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("history.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        Label note = new Label();
        note.setId("historyNote");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("historyTable");
        table.getColumns().add(column(messages.get("history.column.when"), HistoryRow::when, 130, true));
        table.getColumns().add(column(messages.get("history.column.who"), HistoryRow::who, 110, true));
        table.getColumns().add(column(messages.get("history.column.action"), HistoryRow::action, 90, true));
        table.getColumns().add(column(messages.get("history.column.what"), HistoryRow::what, 170, true));
        table.getColumns().add(column(messages.get("history.column.changes"), HistoryRow::changes, 300, true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.visibleProperty().bind(model.recordedProperty());
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox content = new VBox(10, note, table);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(860);
        content.setPrefHeight(460);
        dialog.getDialogPane().setContent(content);
        model.load(subject);
        if (!model.recordedProperty().get()) {
            content.setPrefHeight(-1);
            content.setPrefWidth(480);
        }
        dialog.showAndWait();
    }

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value,
                                                          double width, boolean wraps) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (wraps) {
            WrappingCells.apply(column);
        }
        return column;
    }
}
