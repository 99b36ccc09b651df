package se.samordna.app.survey;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.Pages;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.common.FieldError;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyGoal;
import se.samordna.core.survey.SurveyItem;

/**
 * The year's questionnaire: its statements, each with a goal of the report template, a target area
 * and a target share. Editable until the first form is in; then fixed for the year.
 */
final class QuestionsView {
    private final SurveyViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final javafx.scene.control.ScrollPane page = Pages.fillOrScroll(root);
    private final TableView<SurveyItem> table = new TableView<>();
    private final TextArea text = new TextArea();
    private final ComboBox<SurveyArea> area = new ComboBox<>();
    private final ComboBox<SurveyGoal> goal = new ComboBox<>();
    private final Spinner<Integer> target = new Spinner<>(1, 100, SurveyArea.DEFAULT_TARGET);
    private final StringProperty textError = new SimpleStringProperty("");
    private boolean showing;
    private boolean selectAdded;

    QuestionsView(SurveyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("surveyQuestions");
        root.setPadding(new Insets(8, 0, 0, 0));
        Label frozen = wrapping("");
        frozen.setId("questionsFrozen");
        frozen.getStyleClass().add("notice-info");
        frozen.textProperty().bind(Bindings.createStringBinding(() -> model.survey() == null ? ""
                : model.survey().frozen() ? messages.get("survey.questions.frozen", model.survey().year(),
                model.survey().responses()) : messages.get("survey.questions.editable", model.survey().year()),
                model.surveyProperty()));
        buildTable();
        GridPane editor = editor();
        Button add = new Button(messages.get("survey.questions.add"));
        add.setId("addItem");
        add.setOnAction(event -> {
            selectAdded = true;
            model.addItem(SurveyGoal.MOTESPLATS, SurveyArea.TILLGANGLIGHET,
                messages.get("survey.questions.newText"), errors -> { });
        });
        Button up = new Button(messages.get("survey.questions.up"));
        up.setOnAction(event -> move(-1));
        Button down = new Button(messages.get("survey.questions.down"));
        down.setOnAction(event -> move(1));
        Button remove = new Button(messages.get("survey.questions.remove"));
        remove.setId("removeItem");
        remove.setOnAction(event -> remove());
        var noItem = table.getSelectionModel().selectedItemProperty().isNull();
        var locked = Bindings.createBooleanBinding(() -> model.survey() == null || model.survey().frozen(),
                model.surveyProperty());
        add.disableProperty().bind(locked);
        up.disableProperty().bind(locked.or(noItem));
        down.disableProperty().bind(locked.or(noItem));
        remove.disableProperty().bind(locked.or(noItem));
        editor.disableProperty().bind(locked.or(noItem));
        root.getChildren().addAll(frozen, table, new HBox(8, add, up, down, remove),
                Forms.sectionTitle(messages.get("survey.questions.editor")), editor);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(160); // a few statements in view however low the window
        model.surveyProperty().addListener((obs, old, survey) -> refresh(survey));
        refresh(model.survey());
    }

    Node root() {
        return page;
    }

    private void buildTable() {
        table.setId("itemTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SurveyItem, String> statement = column(messages.get("survey.questions.text"), SurveyItem::text, 420);
        WrappingCells.apply(statement);
        table.getColumns().setAll(List.of(
                column(messages.get("survey.questions.number"), i -> String.valueOf(i.position()), 50),
                statement,
                column(messages.get("survey.questions.area"), i -> messages.label(i.area()), 130),
                column(messages.get("survey.questions.goal"), i -> messages.get("survey.goalShort", i.goal().number()), 80),
                column(messages.get("survey.questions.target"), i -> i.targetPercent() + " %", 80)));
        ColumnWidths.fitToContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> show(item));
    }

    private GridPane editor() {
        text.setId("itemText");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        AutoSave.attach(text, this::save);
        area.setId("itemArea");
        area.getItems().setAll(SurveyArea.values());
        area.setConverter(Labels.of(messages));
        area.valueProperty().addListener((obs, old, value) -> save());
        goal.setId("itemGoal");
        goal.getItems().setAll(SurveyGoal.values());
        goal.setConverter(Labels.of(value -> value.number() + ". " + value.text()));
        goal.valueProperty().addListener((obs, old, value) -> save());
        target.setId("itemTarget");
        target.setEditable(true);
        target.valueProperty().addListener((obs, old, value) -> save());
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("survey.questions.text"), text, textError);
        Forms.row(grid, messages.get("survey.questions.area"), area, null);
        Forms.row(grid, messages.get("survey.questions.goalLong"), goal, null);
        Forms.row(grid, messages.get("survey.questions.targetLong"), target, null);
        return grid;
    }

    private void refresh(Survey survey) {
        SurveyItem selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(survey == null ? List.of() : survey.items());
        if (selectAdded && survey != null && !survey.items().isEmpty()) {
            selectAdded = false;
            table.getSelectionModel().select(survey.items().getLast());
            table.scrollTo(survey.items().size() - 1);
            text.requestFocus();
            text.selectAll();
        } else if (selected != null && survey != null) {
            survey.items().stream().filter(i -> i.key().equals(selected.key())).findFirst()
                    .ifPresent(i -> table.getSelectionModel().select(i));
        }
    }

    private void show(SurveyItem item) {
        showing = true;
        try {
            textError.set("");
            text.setText(item == null ? "" : item.text());
            area.setValue(item == null ? null : item.area());
            goal.setValue(item == null ? null : item.goal());
            target.getValueFactory().setValue(item == null ? SurveyArea.DEFAULT_TARGET : item.targetPercent());
        } finally {
            showing = false;
        }
    }

    private void save() {
        SurveyItem item = table.getSelectionModel().getSelectedItem();
        if (showing || item == null || model.survey() == null || model.survey().frozen()) {
            return;
        }
        SurveyItem changed = new SurveyItem(item.key(), item.position(), goal.getValue(), area.getValue(),
                target.getValue(), text.getText());
        if (changed.equals(item)) {
            return;
        }
        textError.set("");
        model.updateItem(changed, errors -> {
            for (FieldError error : errors) {
                textError.set(messages.describe(error));
            }
        });
    }

    private void move(int delta) {
        SurveyItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            model.moveItem(item, delta);
        }
    }

    private void remove() {
        SurveyItem item = table.getSelectionModel().getSelectedItem();
        if (item != null && Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("survey.questions.remove"), messages.get("survey.questions.removeQuestion", item.text()),
                messages.get("survey.questions.remove"))) {
            model.removeItem(item);
        }
    }

    private static TableColumn<SurveyItem, String> column(String title, Function<SurveyItem, String> value,
                                                          double width) {
        TableColumn<SurveyItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
