package se.samordna.app.backup;

import java.nio.file.Path;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.db.Backup;

/** Lets the user pick a backup to put back: from the list, or a file from elsewhere. */
public final class RestoreDialog {
    /** The file to restore and how to name it to the user. */
    public record Choice(Path file, String label) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    public RestoreDialog(BackupViewModel model, Messages messages, Window owner, FileDialogs files) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("restore.title"));
        dialog.setHeaderText(messages.get("restore.header"));

        TableView<Backup> table = new TableView<>();
        table.setId("backupTable");
        table.setPrefSize(560, 300);
        table.setPlaceholder(new Label(messages.get("restore.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Backup, String> when = new TableColumn<>(messages.get("restore.when"));
        when.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.when(cell.getValue())));
        when.setPrefWidth(180);
        TableColumn<Backup, String> why = new TableColumn<>(messages.get("restore.reason"));
        why.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.reason(cell.getValue())));
        why.setPrefWidth(220);
        TableColumn<Backup, String> size = new TableColumn<>(messages.get("restore.size"));
        size.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.size(cell.getValue())));
        TableColumn<Backup, String> contents = new TableColumn<>(messages.get("restore.contents"));
        contents.setCellValueFactory(cell -> new ReadOnlyStringWrapper(model.contents(cell.getValue())));
        table.getColumns().setAll(java.util.List.of(when, why, contents, size));
        model.loadBackups(list -> {
            table.getItems().setAll(list);
            if (!list.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });

        Label folder = new Label(messages.get("restore.folder", model.folder().toString()));
        folder.getStyleClass().add("muted");
        folder.setWrapText(true);
        Button otherFile = new Button(messages.get("restore.otherFile"));
        otherFile.setId("restoreOtherFileButton");
        otherFile.setOnAction(event -> files.open(dialog.getDialogPane().getScene().getWindow(),
                        messages.get("restore.otherFile"),
                        new javafx.stage.FileChooser.ExtensionFilter(messages.get("restore.fileType"), "*.zip"))
                .ifPresent(file -> {
                    dialog.setResult(new Choice(file, file.getFileName().toString()));
                    dialog.close();
                }));
        dialog.getDialogPane().setContent(new VBox(10, table, folder, otherFile));

        ButtonType restore = new ButtonType(messages.get("restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, cancel);
        dialog.getDialogPane().lookupButton(restore).setId("restoreButton");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> {
            Backup selected = table.getSelectionModel().getSelectedItem();
            return button == restore && selected != null ? new Choice(selected.file(), model.describe(selected))
                    : null;
        });
    }

    public Optional<Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
