package se.samordna.app.yearpackage;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.WrappingCells;

/** Earlier imports of year packages, newest first: when, who, which file, what it did and the backup before it. */
public final class ImportLogDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public ImportLogDialog(YearPackageViewModel model, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("yearPackage.log.title"));
        ListView<String> list = new ListView<>();
        list.setId("importLog");
        list.setPrefSize(720, 360);
        list.setPlaceholder(new Label(messages.get("yearPackage.log.none")));
        // A line names the file, the centre and the backup: it wraps to the list's width instead of running off it.
        list.setCellFactory(v -> new ListCell<>() {
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
                if (WrappingCells.wrapsSafely(shown)) {
                    text.wrappingWidthProperty().bind(list.widthProperty().subtract(52));
                    setTooltip(null);
                } else {
                    setTooltip(new Tooltip(shown));
                }
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        model.loadLog(lines -> list.getItems().setAll(lines));
        dialog.getDialogPane().setContent(list);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("importLogCloseButton");
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
