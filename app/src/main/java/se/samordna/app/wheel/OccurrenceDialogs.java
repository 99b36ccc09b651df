package se.samordna.app.wheel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.wheel.DateRange;
import se.samordna.core.wheel.ManualTick;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceChange;

/** The dialogs about one year's occurrence: tick it done, move it, cancel it. The rule stays as it is. */
final class OccurrenceDialogs {
    private OccurrenceDialogs() {
    }

    /** Done on a day, by a role. */
    record Tick(LocalDate on, String role, String note) {
    }

    /** Moved to other days this year. */
    record Move(DateRange to, String note) {
    }

    static Optional<Tick> tick(Window owner, Messages messages, Occurrence occurrence, List<String> roles,
                               LocalDate today) {
        Dialog<Tick> dialog = dialog(owner, messages.get("wheel.tick.title"), occurrence);
        ObjectProperty<LocalDate> on = new SimpleObjectProperty<>(today);
        StringProperty dateError = new SimpleStringProperty("");
        DatePicker date = DateFields.picker("tickDate", on, dateError, messages.get("validation.date"));
        ComboBox<String> role = new ComboBox<>(FXCollections.observableArrayList(roles));
        role.setId("tickRole");
        role.setEditable(true);
        role.setValue(occurrence.activity().responsible());
        TextArea note = note("tickNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("wheel.tick.on") + " *", date, dateError);
        Forms.row(grid, messages.get("wheel.tick.by") + " *", role, null);
        Forms.row(grid, messages.get("wheel.field.note"), note, null);
        Label roleOnly = new Label(messages.get("wheel.roleNotPerson"));
        roleOnly.getStyleClass().add("muted");
        roleOnly.setWrapText(true);
        roleOnly.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, heading(occurrence), grid, roleOnly));
        ButtonType ok = ok(dialog, messages, messages.get("wheel.tick.confirm"), "confirmTickButton");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> on.get() == null || on.get().isAfter(today) || role.getEditor().getText().isBlank()
                        || role.getEditor().getText().strip().length() > ManualTick.DONE_BY_MAX,
                on, role.getEditor().textProperty()));
        dialog.setResultConverter(button -> button == ok
                ? new Tick(on.get(), role.getEditor().getText().strip(), note.getText()) : null);
        return dialog.showAndWait();
    }

    static Optional<Move> move(Window owner, Messages messages, Occurrence occurrence) {
        Dialog<Move> dialog = dialog(owner, messages.get("wheel.move.title"), occurrence);
        ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(occurrence.dates().start());
        ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(occurrence.dates().end());
        StringProperty fromError = new SimpleStringProperty("");
        StringProperty toError = new SimpleStringProperty("");
        DatePicker start = DateFields.picker("moveFrom", from, fromError, messages.get("validation.date"));
        DatePicker end = DateFields.picker("moveTo", to, toError, messages.get("validation.date"));
        from.addListener((obs, old, value) -> {
            if (value != null && (to.get() == null || to.get().isBefore(value))) {
                to.set(value);
            }
        });
        TextArea note = note("moveNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("wheel.move.from") + " *", start, fromError);
        Forms.row(grid, messages.get("wheel.move.to") + " *", end, toError);
        Forms.row(grid, messages.get("wheel.field.note"), note, null);
        Label hint = new Label(messages.get("wheel.move.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, heading(occurrence), grid, hint));
        ButtonType ok = ok(dialog, messages, messages.get("wheel.move.confirm"), "confirmMoveButton");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> from.get() == null || to.get() == null || to.get().isBefore(from.get())
                        || note.getText().length() > OccurrenceChange.NOTE_MAX,
                from, to, note.textProperty()));
        dialog.setResultConverter(button -> button == ok
                ? new Move(new DateRange(from.get(), to.get()), note.getText()) : null);
        return dialog.showAndWait();
    }

    /** Asks for the reason; empty when the user thinks again. */
    static Optional<String> cancel(Window owner, Messages messages, Occurrence occurrence) {
        Dialog<String> dialog = dialog(owner, messages.get("wheel.cancel.title"), occurrence);
        TextArea note = note("cancelNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("wheel.cancel.why"), note, null);
        Label hint = new Label(messages.get("wheel.cancel.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, heading(occurrence), grid, hint));
        ButtonType ok = ok(dialog, messages, messages.get("wheel.cancel.confirm"), "confirmCancelButton");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> note.getText().length() > OccurrenceChange.NOTE_MAX, note.textProperty()));
        dialog.setResultConverter(button -> button == ok ? note.getText() : null);
        return dialog.showAndWait();
    }

    private static <T> Dialog<T> dialog(Window owner, String title, Occurrence occurrence) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        return dialog;
    }

    private static Label heading(Occurrence occurrence) {
        Label label = new Label(occurrence.number() + ". " + occurrence.activity().name());
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.setMaxWidth(460);
        return label;
    }

    private static TextArea note(String id) {
        TextArea note = new TextArea();
        note.setId(id);
        note.setPrefRowCount(3);
        note.setPrefColumnCount(30);
        note.setWrapText(true);
        return note;
    }

    private static <T> ButtonType ok(Dialog<T> dialog, Messages messages, String text, String id) {
        ButtonType ok = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId(id);
        keepWhole(dialog);
        return ok;
    }

    /** Buttons as wide as their words ("Markera klar"), never cut to "Markera ...". */
    static void keepWhole(Dialog<?> dialog) {
        dialog.getDialogPane().getButtonTypes().forEach(type -> {
            if (dialog.getDialogPane().lookupButton(type) instanceof javafx.scene.layout.Region button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
    }
}
