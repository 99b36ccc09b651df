package se.samordna.app.reflection;

import java.util.Comparator;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import se.samordna.app.goal.GoalDialog;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.Statement;

/**
 * Step IV: choose areas to improve (lowest agreed ratings first) and write measurable goals; up to
 * two become the prioritised goals of next year's plan.
 */
final class ImprovementStepView {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final SplitPane root;

    ImprovementStepView(WorkshopViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root = new SplitPane(areas(), goals());
        root.setDividerPositions(0.45);
    }

    Node root() {
        return root;
    }

    private Node areas() {
        SortedList<AgreedRow> sorted = new SortedList<>(model.agreedRows(), Comparator.comparingInt(
                (AgreedRow row) -> row.ratingProperty().get().value() == null ? 99 : row.ratingProperty().get().value()));
        ListView<AgreedRow> list = new ListView<>(sorted);
        list.setId("improvementList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AgreedRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                CheckBox box = new CheckBox();
                box.selectedProperty().bindBidirectional(row.improvementProperty());
                box.disableProperty().bind(model.editableProperty().not());
                Integer value = row.ratingProperty().get().value();
                Label title = new Label(model.numberedTitle(row.statement()) + "  ("
                        + (value == null ? messages.get("workshop.notAgreed") : messages.get("workshop.agreedValue", value))
                        + ")");
                title.getStyleClass().add("statement-title");
                title.setWrapText(true);
                title.setMinWidth(0);
                HBox.setHgrow(title, Priority.ALWAYS);
                setGraphic(new HBox(8, box, title));
                setText(null);
                setPrefWidth(0);
            }
        });
        Label intro = wrapping(messages.get("workshop.step4.areasIntro"));
        VBox box = new VBox(8, intro, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private Node goals() {
        ListView<YearGoal> list = new ListView<>(model.goals());
        list.setId("goalList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(YearGoal goal, boolean empty) {
                super.updateItem(goal, empty);
                if (empty || goal == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = wrapping(goal.draft().goal());
                text.getStyleClass().add("statement-title");
                Label facts = wrapping(messages.get("goal.facts", blank(goal.draft().measure()),
                        blank(goal.draft().target()), blank(goal.draft().responsible()),
                        goal.draft().due() == null ? "–" : goal.draft().due().toString(), String.valueOf(goal.year())));
                facts.getStyleClass().add("muted");
                CheckBox prioritized = new CheckBox(messages.get("goal.prioritized"));
                prioritized.setSelected(goal.prioritized());
                prioritized.selectedProperty().addListener((obs, old, value) -> model.setPrioritized(goal, value));
                prioritized.disableProperty().bind(model.editableProperty().not());
                VBox box = new VBox(3, text, facts, prioritized);
                box.setMinWidth(0);
                setGraphic(box);
                setText(null);
                setPrefWidth(0);
            }
        });
        Button add = new Button(messages.get("goal.new"));
        add.setId("newGoalButton");
        add.setOnAction(event -> edit(null, list));
        add.disableProperty().bind(model.editableProperty().not());
        Button edit = new Button(messages.get("goal.edit"));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.editableProperty().not()));
        edit.setOnAction(event -> edit(list.getSelectionModel().getSelectedItem(), list));
        Button remove = new Button(messages.get("goal.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.editableProperty().not()));
        remove.setOnAction(event -> {
            YearGoal goal = list.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("goal.remove"),
                    messages.get("goal.remove.question", goal.draft().goal()), messages.get("goal.remove"))) {
                model.removeGoal(goal);
            }
        });
        Label intro = wrapping(messages.get("workshop.step4.goalsIntro", GoalService.MAX_PRIORITIZED));
        Label count = new Label();
        count.getStyleClass().add("muted");
        Runnable counter = () -> count.setText(messages.get("goal.prioritizedCount",
                model.goals().stream().filter(YearGoal::prioritized).count(), GoalService.MAX_PRIORITIZED));
        model.goals().addListener((ListChangeListener<YearGoal>) change -> counter.run());
        counter.run();
        VBox box = new VBox(8, intro, list, new HBox(8, add, edit, remove), count);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private void edit(YearGoal goal, Node anchor) {
        List<GoalDialog.Origin> areas = model.agreedRows().stream().filter(r -> r.improvementProperty().get())
                .map(AgreedRow::statement).map(s -> new GoalDialog.Origin(s.key(), s.title())).toList();
        int year = model.workshop().details().year() + 1;
        new GoalDialog(messages, anchor.getScene().getWindow(), goal, null, year, areas,
                areas.isEmpty() ? "" : areas.getFirst().key(), (result, saved, invalid) -> {
                    // The goal is checked at once; the dialog closes only when nothing is wrong.
                    boolean[] refused = {false};
                    java.util.function.Consumer<List<se.samordna.core.common.FieldError>> onInvalid = errors -> {
                        refused[0] = true;
                        invalid.accept(errors);
                    };
                    if (goal == null) {
                        model.addGoal(result.year(), result.originRef(), result.draft(), onInvalid);
                    } else {
                        model.updateGoal(goal, result.year(), result.draft(), onInvalid);
                    }
                    if (!refused[0]) {
                        saved.run();
                    }
                }).showAndWait();
    }

    private static String blank(String text) {
        return text.isBlank() ? "–" : text;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
