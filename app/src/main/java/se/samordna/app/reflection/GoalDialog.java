package se.samordna.app.reflection;

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
import se.samordna.core.reflection.Statement;

/** A measurable goal: goal, how it is measured, target value, responsible, date; and the year it is for. */
final class GoalDialog {

    /** What was written: the year, the statement it improves (key or ""), and the goal. */
    record Result(int year, String originRef, GoalDraft draft) {
    }

    /** Saves what was written; calls back with field errors if it could not. */
    interface Saver {
        void save(Result result, Runnable saved, java.util.function.Consumer<List<FieldError>> invalid);
    }

    private final Dialog<Void> dialog = new Dialog<>();
    private final ReadOnlyStringWrapper goalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper("");

    GoalDialog(Messages messages, Window owner, YearGoal existing, int defaultYear, List<Statement> areas,
               String selectedArea, Saver saver) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(existing == null ? "goal.new" : "goal.edit"));
        dialog.setHeaderText(messages.get("goal.header"));
        TextArea goal = new TextArea(existing == null ? "" : existing.draft().goal());
        goal.setId("goalText");
        goal.setPrefRowCount(2);
        goal.setWrapText(true);
        goal.setPrefColumnCount(36);
        TextField measure = field("goalMeasure", existing == null ? "" : existing.draft().measure());
        TextField target = field("goalTarget", existing == null ? "" : existing.draft().target());
        TextField responsible = field("goalResponsible", existing == null ? "" : existing.draft().responsible());
        ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(existing == null ? null : existing.draft().due());
        var dueText = new SimpleStringProperty("");
        var duePicker = DateFields.picker("goalDue", due, dueText, messages.get("validation.date"));
        dueText.addListener((obs, old, text) -> dueError.set(text));
        Spinner<Integer> year = new Spinner<>(2000, 2100, existing == null ? defaultYear : existing.year());
        year.setId("goalYear");
        year.setEditable(true);
        ComboBox<Statement> area = new ComboBox<>();
        area.setId("goalArea");
        area.getItems().add(null);
        area.getItems().addAll(areas);
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(Statement statement) {
                return statement == null ? messages.get("goal.noArea") : statement.title();
            }

            @Override
            public Statement fromString(String text) {
                return null;
            }
        });
        String wanted = existing != null ? existing.originRef() : selectedArea;
        area.setValue(areas.stream().filter(s -> s.key().equals(wanted)).findFirst().orElse(null));
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

    void show() {
        dialog.show();
    }

    Optional<Void> showAndWait() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }
}
