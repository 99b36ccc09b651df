package se.samordna.app.reflection;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.common.FieldError;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.WorkshopDetails;

/** Sets up a workshop: the day, the year it concerns, how many take part (counted, never named), professions. */
final class WorkshopDialog {
    /** Saves the details; calls back with field errors if it cannot. */
    interface Saver {
        void save(WorkshopDetails details, Runnable saved, java.util.function.Consumer<List<FieldError>> invalid);
    }

    private final Dialog<Void> dialog = new Dialog<>();

    WorkshopDialog(Messages messages, Window owner, WorkshopDetails initial, boolean editing, Saver saver) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(editing ? "workshop.edit" : "workshop.new"));
        dialog.setHeaderText(editing ? null : messages.get("workshop.new.header"));
        ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(initial.heldOn());
        var dateText = new SimpleStringProperty("");
        ReadOnlyStringWrapper dayError = new ReadOnlyStringWrapper("");
        dateText.addListener((obs, old, text) -> dayError.set(text));
        var picker = DateFields.picker("workshopDate", day, dateText, messages.get("validation.date"));
        Spinner<Integer> year = new Spinner<>(2000, 2100, initial.year());
        year.setId("workshopYear");
        year.setEditable(true);
        Spinner<Integer> participants = new Spinner<>(1, WorkshopDetails.MAX_PARTICIPANTS, initial.participants());
        participants.setId("workshopParticipants");
        participants.setEditable(true);
        ReadOnlyStringWrapper participantsError = new ReadOnlyStringWrapper("");
        TextField professions = new TextField(initial.professions());
        professions.setId("workshopProfessions");
        professions.setPromptText(messages.get("workshop.professionsPrompt"));
        professions.setPrefColumnCount(30);

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("workshop.date") + " *", picker, dayError.getReadOnlyProperty());
        Forms.row(grid, messages.get("workshop.year"), year, null);
        Forms.row(grid, messages.get("workshop.participants") + " *", participants,
                participantsError.getReadOnlyProperty());
        Forms.row(grid, messages.get("workshop.professions"), professions, null);
        Label anonymity = new Label(messages.get("workshop.anonymity"));
        anonymity.getStyleClass().add("muted");
        anonymity.setWrapText(true);
        anonymity.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, grid, anonymity));

        ButtonType ok = new ButtonType(messages.get(editing ? "button.save" : "workshop.start"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("startWorkshopButton");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!dateText.get().isEmpty()) {
                return;
            }
            WorkshopDetails details = new WorkshopDetails(year.getValue(), day.get(), participants.getValue(),
                    professions.getText());
            saver.save(details, dialog::close, errors -> {
                participantsError.set("");
                for (FieldError error : errors) {
                    if (error.field().equals(ReflectionService.FIELD_PARTICIPANTS)) {
                        participantsError.set(messages.describe(error));
                    } else if (error.field().equals(ReflectionService.FIELD_HELD_ON)) {
                        dayError.set(messages.describe(error));
                    }
                }
            });
        });
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
