package se.samordna.app.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.common.FieldError;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.YearGoal;

/**
 * A measurable goal: goal, how it is measured, target value, responsible, date; the year it is for and
 * what it improves (a workshop statement, a survey area). Used by every capability that sets goals.
 */
public final class GoalDialog {

    /** What a goal can improve: a key stored with the goal and the label shown. */
    public record Origin(String key, String label) {
    }

    /** What was written: the year, what it improves (key or ""), and the goal. */
    public record Result(int year, String originRef, GoalDraft draft) {
    }

    /** Saves what was written; calls back with field errors if it could not. */
    public interface Saver {
        void save(Result result, Runnable saved, java.util.function.Consumer<List<FieldError>> invalid);
    }

    private final Dialog<Void> dialog = new Dialog<>();
    private final ReadOnlyStringWrapper goalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper("");

    /**
     * Edits {@code existing}, or writes a new goal starting from {@code proposal} (may be null);
     * {@code selectedOrigin} is what a new goal improves.
     */
    public GoalDialog(Messages messages, Window owner, YearGoal existing, GoalDraft proposal, int defaultYear,
                      List<Origin> origins, String selectedOrigin, Saver saver) {
        GoalDraft start = existing != null ? existing.draft() : proposal;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(existing == null ? "goal.new" : "goal.edit"));
        dialog.setHeaderText(messages.get("goal.header"));
        TextArea goal = new TextArea(start == null ? "" : start.goal());
        goal.setId("goalText");
        goal.setPrefRowCount(2);
        goal.setWrapText(true);
        goal.setPrefColumnCount(36);
        TextField measure = field("goalMeasure", start == null ? "" : start.measure());
        TextField target = field("goalTarget", start == null ? "" : start.target());
        TextField responsible = field("goalResponsible", start == null ? "" : start.responsible());
        ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(start == null ? null : start.due());
        var dueText = new SimpleStringProperty("");
        var duePicker = DateFields.picker("goalDue", due, dueText, messages.get("validation.date"));
        dueText.addListener((obs, old, text) -> dueError.set(text));
        Spinner<Integer> year = new Spinner<>(2000, 2100, existing == null ? defaultYear : existing.year());
        year.setId("goalYear");
        year.setEditable(true);
        ComboBox<Origin> area = new ComboBox<>();
        area.setId("goalArea");
        area.getItems().add(null);
        area.getItems().addAll(origins);
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(Origin origin) {
                return origin == null ? messages.get("goal.noArea") : origin.label();
            }

            @Override
            public Origin fromString(String text) {
                return null;
            }
        });
        String wanted = existing != null ? existing.originRef() : selectedOrigin;
        area.setValue(origins.stream().filter(o -> o.key().equals(wanted)).findFirst().orElse(null));
        area.setDisable(existing != null);

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("goal.area"), area, null);
        Forms.row(grid, messages.get("goal.goal") + " *", goal, goalError.getReadOnlyProperty());
        Forms.row(grid, messages.get("goal.measure"), measure, null);
        Forms.row(grid, messages.get("goal.target"), target, null);
        Forms.row(grid, messages.get("goal.responsible"), responsible, null);
        Forms.row(grid, messages.get("goal.due"), duePicker, dueError.getReadOnlyProperty());
        Forms.row(grid, messages.get("goal.year"), year, null);
        dialog.getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveGoalButton");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!dueError.get().isEmpty()) {
                return;
            }
            Result result = new Result(year.getValue(), area.getValue() == null ? "" : area.getValue().key(),
                    new GoalDraft(goal.getText(), measure.getText(), target.getText(), responsible.getText(), due.get()));
            saver.save(result, dialog::close, errors -> {
                goalError.set("");
                for (FieldError error : errors) {
                    if (error.field().equals(GoalService.FIELD_GOAL)) {
                        goalError.set(messages.describe(error));
                    } else if (error.field().equals(GoalService.FIELD_DUE)) {
                        dueError.set(messages.describe(error));
                    }
                }
            });
        });
    }

    public void show() {
        dialog.show();
    }

    public Optional<Void> showAndWait() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }
}
