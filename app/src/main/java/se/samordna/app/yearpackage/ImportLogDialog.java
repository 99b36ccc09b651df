package se.samordna.app.yearpackage;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
        WrappingCells.apply(list);
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
