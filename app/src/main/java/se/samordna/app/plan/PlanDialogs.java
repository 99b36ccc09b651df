package se.samordna.app.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.common.FieldError;
import se.samordna.core.plan.ActivityDraft;
import se.samordna.core.plan.CycleDecision;
import se.samordna.core.plan.IndicatorKind;
import se.samordna.core.plan.IndicatorLink;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.PlanRules;
import se.samordna.core.plan.PlannedActivity;
import se.samordna.core.reflection.Area;
import se.samordna.core.survey.SurveyArea;

/**
 * The plan's dialogs, each validated as {@code PersonDialog} is: the plan's own rules (PlanRules) run
 * as the coordinator types, the message under the field, OK only when everything is acceptable.
 */
final class PlanDialogs {
    private final Messages messages;
    private final Window owner;

    PlanDialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** A målområde: its name and övergripande målsättning. */
    Optional<String[]> area(String name, String overallGoal) {
        StringProperty nameText = new SimpleStringProperty(name);
        StringProperty goalText = new SimpleStringProperty(overallGoal);
        Form form = new Form(() -> PlanRules.validateArea(nameText.get(), goalText.get()));
        form.row("plan.area.name", field("planAreaName", nameText), PlanRules.FIELD_AREA_NAME, true);
        form.row("plan.area.overallGoal", area("planAreaGoal", goalText), PlanRules.FIELD_OVERALL_GOAL, false);
        return form.show(name.isEmpty() ? "plan.area.add" : "plan.area.edit", "planAreaSave",
                () -> new String[] {nameText.get(), goalText.get()});
    }

    Optional<String> subgoal(String text) {
        StringProperty value = new SimpleStringProperty(text);
        Form form = new Form(() -> PlanRules.validateSubgoal(value.get(), 1000));
        form.row("plan.subgoal.text", area("planSubgoalText", value), PlanRules.FIELD_SUBGOAL_TEXT, true);
        return form.show(text.isEmpty() ? "plan.subgoal.add" : "plan.subgoal.edit", "planSubgoalSave", value::get);
    }

    /** An activity with every column of seed 004, its indicator (maybe linked) and its dates. */
    Optional<ActivityDraft> activity(ActivityDraft draft) {
        return activity(draft, "");
    }

    /** As {@link #activity(ActivityDraft)}, saying first where the activity is ({@code place}: its delmål). */
    Optional<ActivityDraft> activity(ActivityDraft draft, String place) {
        StringProperty description = new SimpleStringProperty(draft.description());
        StringProperty targetGroup = new SimpleStringProperty(draft.targetGroup());
        StringProperty responsible = new SimpleStringProperty(draft.responsible());
        StringProperty effect = new SimpleStringProperty(draft.expectedEffect());
        StringProperty indicator = new SimpleStringProperty(draft.indicator());
        StringProperty target = new SimpleStringProperty(draft.indicatorTarget());
        StringProperty method = new SimpleStringProperty(draft.indicatorMethod());
        ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(draft.link() == null ? null : draft.link().kind());
        ObjectProperty<String> key = new SimpleObjectProperty<>(draft.link() == null ? null : draft.link().key());
        StringProperty linkTarget = new SimpleStringProperty(draft.link() == null || draft.link().target() == null ? ""
                : draft.link().target().toPlainString());
        ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(draft.start());
        ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(draft.end());
        StringProperty startError = new SimpleStringProperty("");
        StringProperty endError = new SimpleStringProperty("");
        Supplier<ActivityDraft> built = () -> new ActivityDraft(description.get(), targetGroup.get(), responsible.get(),
                effect.get(), indicator.get(), target.get(), method.get(),
                kind.get() == null ? null : new IndicatorLink(kind.get(), key.get(), number(linkTarget.get())),
                start.get(), end.get());
        Form form = new Form(() -> {
            List<FieldError> errors = new ArrayList<>(PlanRules.validate(built.get()));
            if (kind.get() != null && !linkTarget.get().isBlank() && number(linkTarget.get()) == null) {
                errors.add(FieldError.of(PlanRules.FIELD_LINK_TARGET, "plan.validation.number"));
            }
            return errors;
        });
        form.extra(startError, endError);
        if (!place.isBlank()) {
            form.heading(messages.get("plan.activity.place", place));
        }
        form.note("plan.activity.responsibleNote");
        form.row("plan.activity.description", area("planActivityDescription", description), PlanRules.FIELD_DESCRIPTION, true);
        form.row("plan.activity.targetGroup", field("planActivityTargetGroup", targetGroup), PlanRules.FIELD_TARGET_GROUP, false);
        form.row("plan.activity.responsible", field("planActivityResponsible", responsible), PlanRules.FIELD_RESPONSIBLE, false);
        form.row("plan.activity.effect", area("planActivityEffect", effect), PlanRules.FIELD_EXPECTED_EFFECT, false);
        form.row("plan.activity.indicator", field("planActivityIndicator", indicator), PlanRules.FIELD_INDICATOR, false);
        form.row("plan.activity.indicatorTarget", field("planActivityIndicatorTarget", target), PlanRules.FIELD_INDICATOR_TARGET, false);
        form.row("plan.activity.indicatorMethod", field("planActivityIndicatorMethod", method), PlanRules.FIELD_INDICATOR_METHOD, false);

        ComboBox<IndicatorKind> kinds = new ComboBox<>();
        kinds.setId("planActivityLinkKind");
        kinds.getItems().add(null);
        kinds.getItems().addAll(IndicatorKind.values());
        kinds.setConverter(converter(k -> k == null ? messages.get("plan.link.none") : messages.label(k)));
        kinds.valueProperty().bindBidirectional(kind);
        ComboBox<String> keys = new ComboBox<>();
        keys.setId("planActivityLinkKey");
        keys.setEditable(false);
        keys.setConverter(converter(k -> keyLabel(kind.get(), k)));
        Runnable fillKeys = () -> {
            String kept = key.get();
            keys.getItems().setAll(keysOf(kind.get()));
            keys.setDisable(kind.get() == null);
            keys.setVisible(kind.get() != null); // an empty, disabled box under "Ingen koppling" only puzzles
            keys.setManaged(keys.isVisible());
            key.set(keys.getItems().contains(kept) ? kept : keys.getItems().isEmpty() ? null : keys.getItems().getFirst());
            keys.setValue(key.get());
        };
        fillKeys.run();
        kind.addListener((obs, old, now) -> fillKeys.run());
        keys.valueProperty().addListener((obs, old, now) -> key.set(now));
        TextField linkTargetField = field("planActivityLinkTarget", linkTarget);
        linkTargetField.disableProperty().bind(kind.isNull());
        form.row("plan.activity.link", new VBox(4, kinds, keys), PlanRules.FIELD_LINK, false);
        form.row("plan.activity.linkTarget", linkTargetField, PlanRules.FIELD_LINK_TARGET, false);
        form.row("plan.activity.start", DateFields.picker("planActivityStart", start, startError,
                messages.get("validation.date")), PlanRules.FIELD_START, false);
        form.row("plan.activity.end", DateFields.picker("planActivityEnd", end, endError,
                messages.get("validation.date")), PlanRules.FIELD_END, false);
        return form.show(draft.description().isEmpty() ? "plan.activity.add" : "plan.activity.edit",
                "planActivitySave", built);
    }

    /** A checkpoint to record: the stage now, a note and the indicator's value (and the date, when it is new). */
    Optional<CheckpointAnswer> checkpoint(LocalDate date, PdsaStage stage, boolean dateFixed, boolean recording) {
        return checkpoint(date, stage, dateFixed, recording, "");
    }

    /** As above, saying first which activity ({@code about}) the checkpoint is of. */
    Optional<CheckpointAnswer> checkpoint(LocalDate date, PdsaStage stage, boolean dateFixed, boolean recording,
                                          String about) {
        ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(date);
        ObjectProperty<PdsaStage> chosen = new SimpleObjectProperty<>(stage);
        StringProperty note = new SimpleStringProperty("");
        StringProperty value = new SimpleStringProperty("");
        StringProperty dayError = new SimpleStringProperty("");
        Form form = new Form(() -> PlanRules.validateCheckpoint(day.get(), chosen.get(), note.get(), value.get(),
                recording));
        form.extra(dayError);
        if (!about.isBlank()) {
            form.heading(about);
        }
        var picker = DateFields.picker("planCheckpointDate", day, dayError, messages.get("validation.date"));
        picker.setDisable(dateFixed);
        form.row("plan.checkpoint.date", picker, PlanRules.FIELD_CHECKPOINT_DATE, true);
        if (recording) {
            ComboBox<PdsaStage> stages = new ComboBox<>();
            stages.setId("planCheckpointStage");
            stages.getItems().setAll(PdsaStage.values());
            stages.setConverter(converter(s -> s == null ? "" : messages.get(s.messageKey())));
            stages.valueProperty().bindBidirectional(chosen);
            form.row("plan.checkpoint.stage", stages, PlanRules.FIELD_STAGE, true);
            form.row("plan.checkpoint.note", area("planCheckpointNote", note), PlanRules.FIELD_NOTE, false);
            form.row("plan.checkpoint.value", field("planCheckpointValue", value), PlanRules.FIELD_VALUE, false);
        }
        return form.show(recording ? "plan.checkpoint.record" : "plan.checkpoint.plan", "planCheckpointSave",
                () -> new CheckpointAnswer(day.get(), chosen.get(), note.get(), value.get()));
    }

    record CheckpointAnswer(LocalDate date, PdsaStage stage, String note, String value) {
    }

    /** The decision at the end of a cycle, with a note on why. */
    Optional<Object[]> decision() {
        return decision("");
    }

    /** As above, saying first which activity ({@code about}) the cycle is of. */
    Optional<Object[]> decision(String about) {
        ObjectProperty<CycleDecision> chosen = new SimpleObjectProperty<>();
        StringProperty note = new SimpleStringProperty("");
        Form form = new Form(() -> PlanRules.validateDecision(chosen.get(), note.get()));
        if (!about.isBlank()) {
            form.heading(about);
        }
        ComboBox<CycleDecision> decisions = new ComboBox<>();
        decisions.setMinWidth(200); // not a sliver before anything is chosen
        decisions.setId("planDecision");
        decisions.getItems().setAll(CycleDecision.values());
        decisions.setConverter(converter(d -> d == null ? "" : messages.get(d.messageKey())));
        decisions.valueProperty().bindBidirectional(chosen);
        form.row("plan.decision.choose", decisions, PlanRules.FIELD_DECISION, true);
        form.row("plan.decision.note", area("planDecisionNote", note), PlanRules.FIELD_NOTE, false);
        return form.show("plan.decision.title", "planDecisionSave", () -> new Object[] {chosen.get(), note.get()});
    }

    Optional<LocalDate> sent(LocalDate today) {
        ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today);
        StringProperty error = new SimpleStringProperty("");
        Form form = new Form(() -> PlanRules.validateSent(day.get()));
        form.extra(error);
        form.row("plan.sent.date", DateFields.picker("planSentDate", day, error, messages.get("validation.date")),
                PlanRules.FIELD_SENT, true);
        return form.show("plan.sent.title", "planSentSave", day::get);
    }

    /** Chooses some of {@code items} with check boxes; {@code checked} are ticked at the start. */
    <T> Optional<List<T>> choose(String titleKey, String introKey, List<T> items, Function<T, String> text,
                                 Set<T> checked, String okKey) {
        Dialog<List<T>> dialog = dialog(titleKey);
        VBox boxes = new VBox(6);
        List<CheckBox> checks = new ArrayList<>();
        for (T item : items) {
            CheckBox check = new CheckBox(text.apply(item));
            check.setWrapText(true);
            check.setMaxWidth(560);
            check.setSelected(checked.contains(item));
            checks.add(check);
            boxes.getChildren().add(check);
        }
        Label intro = new Label(messages.get(introKey));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 34 * Math.max(1, items.size())));
        dialog.getDialogPane().setContent(new VBox(10, intro, scroll));
        ButtonType ok = buttons(dialog, okKey, "planChooseOk");
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            List<T> chosen = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (checks.get(i).isSelected()) {
                    chosen.add(items.get(i));
                }
            }
            return chosen;
        });
        return dialog.showAndWait();
    }

    /**
     * Chooses one of {@code items} in a list whose lines wrap: a delmål is a sentence or two, and a drop-down
     * would cut it to its first words.
     */
    <T> Optional<T> pick(String titleKey, String labelKey, List<T> items, Function<T, String> text, String okKey) {
        Dialog<T> dialog = dialog(titleKey);
        javafx.scene.control.ListView<T> list = new javafx.scene.control.ListView<>();
        list.setId("planPick");
        list.getItems().setAll(items);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setPrefWidth(560);
        list.setPrefHeight(Math.min(6, Math.max(2, items.size())) * 46 + 4);
        if (!items.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Label label = new Label(messages.get(labelKey));
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.setLabelFor(list);
        dialog.getDialogPane().setContent(new VBox(8, label, list));
        ButtonType ok = buttons(dialog, okKey, "planPickOk");
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == ok ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    String carryOverText(PlannedActivity row) {
        return row.subgoalText() + " → " + row.activity().draft().description() + " ("
                + messages.get(row.activity().stage().messageKey()) + ")";
    }

    // --- parts ---

    private List<String> keysOf(IndicatorKind kind) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case SURVEY_AREA -> java.util.Arrays.stream(SurveyArea.values()).map(Enum::name).toList();
            case REFLECTION_AREA -> java.util.Arrays.stream(Area.values()).map(Enum::name).toList();
            case REFLECTION_STATEMENT -> java.util.stream.IntStream.rangeClosed(1, 30)
                    .mapToObj(i -> String.format("S%02d", i)).toList();
        };
    }

    private String keyLabel(IndicatorKind kind, String key) {
        if (kind == null || key == null) {
            return "";
        }
        return switch (kind) {
            case SURVEY_AREA -> messages.label(SurveyArea.valueOf(key));
            case REFLECTION_AREA -> messages.label(Area.valueOf(key));
            case REFLECTION_STATEMENT -> messages.get("plan.link.statement", key);
        };
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private <T> Dialog<T> dialog(String titleKey) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        return dialog;
    }

    private ButtonType buttons(Dialog<?> dialog, String okKey, String okId) {
        ButtonType ok = new ButtonType(messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId(okId);
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            if (dialog.getDialogPane().lookupButton(type) instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole word, never "Kopiera delm…"
            }
        }
        return ok;
    }

    private static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(34);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(34);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A form whose fields are checked by {@code rules} on every change; OK only when they pass. */
    private final class Form {
        private final Supplier<List<FieldError>> rules;
        private final GridPane grid = Forms.grid();
        private final VBox content = new VBox(10, grid);
        private final List<javafx.beans.Observable> watched = new ArrayList<>();
        private final List<StringProperty> extra = new ArrayList<>();
        private final java.util.Map<String, StringProperty> errors = new java.util.HashMap<>();
        private final javafx.beans.property.BooleanProperty valid = new javafx.beans.property.SimpleBooleanProperty();

        Form(Supplier<List<FieldError>> rules) {
            this.rules = rules;
        }

        void extra(StringProperty... dateErrors) {
            extra.addAll(List.of(dateErrors));
            watched.addAll(List.of(dateErrors));
        }

        void row(String labelKey, Node field, String fieldName, boolean required) {
            StringProperty error = errors.computeIfAbsent(fieldName, f -> new SimpleStringProperty(""));
            ObservableStringValue shown = error;
            Forms.row(grid, messages.get(labelKey) + (required ? " *" : ""), field, shown);
            if (field instanceof javafx.scene.control.TextInputControl text) {
                watched.add(text.textProperty());
            } else if (field instanceof ComboBox<?> box) {
                watched.add(box.valueProperty());
            } else if (field instanceof javafx.scene.control.DatePicker picker) {
                watched.add(picker.valueProperty());
            } else if (field instanceof VBox box) {
                box.getChildren().forEach(child -> {
                    if (child instanceof ComboBox<?> combo) {
                        watched.add(combo.valueProperty());
                    }
                });
            }
        }

        /** A hint above the fields, where it is read before typing rather than found after scrolling. */
        void note(String key) {
            Label note = new Label(messages.get(key));
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            note.setMaxWidth(600);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().add(content.getChildren().indexOf(grid), note);
        }

        /** Where the new part goes, above everything else. */
        void heading(String text) {
            Label heading = new Label(text);
            heading.setId("planDialogPlace");
            heading.setStyle("-fx-font-weight: bold;");
            heading.setWrapText(true);
            heading.setMaxWidth(600);
            heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().addFirst(heading);
        }

        private void check() {
            errors.values().forEach(e -> e.set(""));
            List<FieldError> found = rules.get();
            for (FieldError error : found) {
                StringProperty shown = errors.get(error.field());
                if (shown != null && shown.get().isEmpty()) {
                    shown.set(messages.describe(error));
                }
            }
            valid.set(found.isEmpty() && extra.stream().allMatch(e -> e.get().isEmpty()));
        }

        <T> Optional<T> show(String titleKey, String okId, Supplier<T> result) {
            Dialog<T> dialog = dialog(titleKey);
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportWidth(640);
            scroll.setPrefViewportHeight(Math.min(560, 60 + 58 * grid.getRowCount()));
            dialog.getDialogPane().setContent(scroll);
            ButtonType ok = buttons(dialog, "button.save", okId);
            watched.forEach(o -> o.addListener(x -> check()));
            check();
            dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.not(valid));
            dialog.setResultConverter(button -> button == ok ? result.get() : null);
            return dialog.showAndWait();
        }
    }
}
