package se.samordna.app.agreement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;

/** Asks for one date (signing, notice), with a line saying what the date means. */
final class DateDialog {
    private final Dialog<LocalDate> dialog = new Dialog<>();

    DateDialog(Messages messages, Window owner, String title, String text, String dateLabel, LocalDate initial,
               Function<LocalDate, String> consequence, Function<LocalDate, String> problem, String confirmText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(initial);
        StringProperty error = new SimpleStringProperty("");
        DatePicker picker = DateFields.picker("dateField", date, error, messages.get("validation.date"));
        Label intro = AgreementsView.wrapping(text);
        intro.setMaxWidth(460);
        Label effect = AgreementsView.wrapping("");
        effect.setId("dateConsequence");
        effect.getStyleClass().add("muted");
        effect.textProperty().bind(Bindings.createStringBinding(() -> consequence.apply(date.get()), date));
        StringProperty shownError = new SimpleStringProperty("");
        shownError.bind(Bindings.createStringBinding(() -> !error.get().isEmpty() ? error.get()
                : date.get() == null ? "" : problem.apply(date.get()), error, date));
        GridPane grid = Forms.grid();
        Forms.row(grid, dateLabel, picker, shownError);
        dialog.getDialogPane().setContent(new VBox(12, intro, grid, effect));
        ButtonType ok = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        javafx.scene.control.Button okButton = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("saveDateButton");
        okButton.setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        okButton.disableProperty().bind(date.isNull().or(shownError.isNotEmpty()));
        dialog.setResultConverter(button -> button == ok ? date.get() : null);
    }

    Optional<LocalDate> showAndWait() {
        return dialog.showAndWait();
    }
}
