package se.samordna.app.ui;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;

/**
 * "Ändrat av någon annan (namn, tid)": the fields that differ, the user's version beside the stored
 * one, and the two ways on. Closing the dialog without choosing takes theirs: nothing is overwritten
 * unless the user says so.
 */
public final class ConflictDialog {
    private ConflictDialog() {
    }

    /** Shows each conflict {@code conflict} comes to hold, on the window {@code owner} gives at the time. */
    public static void follow(ObservableValue<EditConflict> conflict, java.util.function.Supplier<Window> owner,
                              Messages messages) {
        conflict.addListener((obs, old, value) -> {
            if (value != null) {
                Platform.runLater(() -> show(owner.get(), messages, value));
            }
        });
    }

    public static void show(Window owner, Messages messages, EditConflict conflict) {
        ButtonType theirs = new ButtonType(messages.get("conflict.takeTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType mine = new ButtonType(messages.get("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", theirs, mine);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("conflict.title"));
        alert.setHeaderText(conflict.heading());
        alert.getDialogPane().setId("conflictDialog");
        alert.getDialogPane().lookupButton(theirs).setId("conflictTakeTheirs");
        alert.getDialogPane().lookupButton(mine).setId("conflictKeepMine");
        // Overwriting someone's work is never what Enter does.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(theirs)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(mine)).setDefaultButton(false);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.add(bold(messages.get("conflict.field")), 0, 0);
        grid.add(bold(messages.get("conflict.mine")), 1, 0);
        grid.add(bold(messages.get("conflict.theirs")), 2, 0);
        int row = 1;
        for (EditConflict.Difference difference : conflict.differences()) {
            grid.add(new Label(difference.field()), 0, row);
            grid.add(wrapping(difference.mine()), 1, row);
            grid.add(wrapping(difference.theirs()), 2, row);
            row++;
        }
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints(120, 240, 320);
        grid.getColumnConstraints().addAll(label, value, new ColumnConstraints(120, 240, 320));
        Label hint = new Label(messages.get("conflict.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        VBox content = new VBox(12, grid, hint);
        content.setPadding(new Insets(4, 8, 0, 8));
        alert.getDialogPane().setContent(content);

        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == mine) {
            conflict.keepMine().run();
        } else {
            conflict.takeTheirs().run();
        }
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text == null || text.isEmpty() ? "–" : text);
        label.setWrapText(true);
        return label;
    }
}
