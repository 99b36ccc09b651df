package se.samordna.app.wheel;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.wheel.ActivityDraft;
import se.samordna.core.wheel.AutoSource;
import se.samordna.core.wheel.WheelRule;
import se.samordna.core.wheel.WheelService;

/** Adds or changes an activity of the wheel: what, who (a role), when (a rule), reminder, note, what ticks it. */
final class ActivityDialog {
    private final Dialog<ActivityDraft> dialog = new Dialog<>();

    ActivityDialog(ActivityEditorViewModel editor, Messages messages, List<String> roles, Window owner,
                   boolean editing) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(editing ? "wheel.edit.title" : "wheel.add.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        TextField name = new TextField();
        name.setId("activityName");
        name.setPrefColumnCount(36);
        name.textProperty().bindBidirectional(editor.nameProperty());

        ComboBox<String> responsible = new ComboBox<>(FXCollections.observableArrayList(roles));
        responsible.setId("activityResponsible");
        responsible.setEditable(true);
        responsible.setMaxWidth(Double.MAX_VALUE);
        responsible.setValue(editor.responsibleProperty().get());
        responsible.valueProperty().addListener((obs, old, value) -> editor.responsibleProperty().set(value));
        responsible.getEditor().textProperty().addListener((obs, old, value) -> editor.responsibleProperty()
                .set(value));

        ComboBox<ActivityEditorViewModel.RuleKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                ActivityEditorViewModel.RuleKind.values()));
        kind.setId("activityRuleKind");
        kind.setConverter(Labels.of(value -> messages.get("wheel.ruleKind." + value.name())));
        kind.valueProperty().bindBidirectional(editor.kindProperty());

        ComboBox<Month> month = new ComboBox<>(FXCollections.observableArrayList(Month.values()));
        month.setId("activityMonth");
        month.setConverter(Labels.of(value -> WheelTexts.monthTitle(messages, value)));
        month.valueProperty().bindBidirectional(editor.monthProperty());
        month.setVisibleRowCount(12);

        Spinner<Integer> day = spinner("activityDay", 1, 31, editor.dayProperty());
        Spinner<Integer> fromWeek = spinner("activityFromWeek", 1, 53, editor.fromWeekProperty());
        Spinner<Integer> toWeek = spinner("activityToWeek", 1, 53, editor.toWeekProperty());
        fromWeek.valueProperty().addListener((obs, old, value) -> {
            if (value != null && toWeek.getValue() != null && toWeek.getValue() < value) {
                toWeek.getValueFactory().setValue(value);
            }
        });

        ObservableList<Integer> nths = FXCollections.observableArrayList(1, 2, 3, 4, WheelRule.NthWeekday.LAST);
        ComboBox<Integer> nth = new ComboBox<>(nths);
        nth.setId("activityNth");
        nth.setConverter(Labels.of(value -> messages.get("wheel.nth." + (value == WheelRule.NthWeekday.LAST ? "last"
                : value))));
        nth.setValue(editor.nthProperty().get());
        nth.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                editor.nthProperty().set(value);
            }
        });
        ComboBox<DayOfWeek> weekday = new ComboBox<>(FXCollections.observableArrayList(DayOfWeek.values()));
        weekday.setId("activityWeekday");
        weekday.setConverter(Labels.of(value -> WheelTexts.weekday(messages, value)));
        weekday.valueProperty().bindBidirectional(editor.weekdayProperty());

        Label dayLabel = new Label(messages.get("wheel.field.day"));
        Label weeksLabel = new Label(messages.get("wheel.field.weeks"));
        Label dash = new Label("–");
        Label monthLabel = new Label(messages.get("wheel.field.month"));
        HBox when = new HBox(8);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Runnable showRule = () -> {
            ActivityEditorViewModel.RuleKind chosen = editor.kindProperty().get();
            List<Node> parts = switch (chosen) {
                case DATE -> List.of(dayLabel, day, monthLabel, month);
                case WEEKS -> List.of(weeksLabel, fromWeek, dash, toWeek);
                case MONTH -> List.of(month);
                case NTH_WEEKDAY -> List.of(nth, weekday, monthLabel, month);
            };
            when.getChildren().setAll(parts);
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        editor.kindProperty().addListener((obs, old, value) -> showRule.run());
        showRule.run();
        Label preview = new Label();
        preview.setId("activityRulePreview");
        preview.getStyleClass().add("muted");
        preview.textProperty().bind(editor.previewProperty());

        Spinner<Integer> lead = spinner("activityLeadDays", 0, ActivityDraft.LEAD_DAYS_MAX, editor.leadDaysProperty());
        Label leadHint = new Label(messages.get("wheel.field.leadDaysHint"));
        leadHint.getStyleClass().add("muted");
        leadHint.setWrapText(true);

        TextArea note = new TextArea();
        note.setId("activityNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(editor.noteProperty());

        ObservableList<AutoSource> sources = FXCollections.observableArrayList();
        sources.add(null);
        sources.addAll(AutoSource.values());
        ComboBox<AutoSource> source = new ComboBox<>(sources);
        source.setId("activitySource");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(AutoSource value) {
                return value == null ? messages.get("wheel.source.none") : messages.label(value);
            }

            @Override
            public AutoSource fromString(String string) {
                return null;
            }
        });
        source.valueProperty().bindBidirectional(editor.autoSourceProperty());

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("wheel.field.name") + " *", name, editor.errorProperty(WheelService.FIELD_NAME));
        Forms.row(grid, messages.get("wheel.field.responsible") + " *", responsible,
                editor.errorProperty(WheelService.FIELD_RESPONSIBLE));
        Forms.row(grid, messages.get("wheel.field.ruleKind"), kind, null);
        Forms.row(grid, messages.get("wheel.field.when"), new VBox(4, when, preview),
                editor.errorProperty(WheelService.FIELD_RULE));
        Forms.row(grid, messages.get("wheel.field.leadDays"), new VBox(4, lead, leadHint),
                editor.errorProperty(WheelService.FIELD_LEAD_DAYS));
        Forms.row(grid, messages.get("wheel.field.note"), note, editor.errorProperty(WheelService.FIELD_NOTE));
        Forms.row(grid, messages.get("wheel.field.source"), source, null);
        Label roleOnly = new Label(messages.get("wheel.roleNotPerson"));
        roleOnly.getStyleClass().add("muted");
        roleOnly.setWrapText(true);
        roleOnly.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(10, grid, roleOnly));

        ButtonType ok = new ButtonType(messages.get(editing ? "button.save" : "wheel.add.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("saveActivityButton");
        OccurrenceDialogs.keepWhole(dialog);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(editor.validProperty().not());
        dialog.setResultConverter(button -> button == ok ? editor.draft() : null);
        dialog.setOnShown(event -> name.requestFocus());
    }

    Optional<ActivityDraft> showAndWait() {
        return dialog.showAndWait();
    }

    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.max(min, Math.min(max, property.get()))));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                property.set(value);
            }
        });
        // A number typed and not yet confirmed with Enter still counts when the field is left.
        spinner.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
        spinner.getEditor().textProperty().addListener((obs, old, text) -> {
            if (spinner.getEditor().isFocused()) {
                commit(spinner);
            }
        });
        return spinner;
    }

    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText().strip();
        if (!text.matches("\\d{1,3}")) {
            return;
        }
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        int value = Integer.parseInt(text);
        if (value >= factory.getMin() && value <= factory.getMax()) {
            factory.setValue(value);
        }
    }
}
