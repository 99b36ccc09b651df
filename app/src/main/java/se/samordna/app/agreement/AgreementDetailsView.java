package se.samordna.app.agreement;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.texts.CorrectionsDialog;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.agreement.CoordinatorTask;
import se.samordna.core.agreement.CostYear;
import se.samordna.core.agreement.Placeholder;
import se.samordna.core.centre.Person;
import se.samordna.core.texts.BuiltInText;

/** The Uppgifter tab: the blanks' values and, for a coordinator agreement, its terms, payers and tasks. */
final class AgreementDetailsView {
    private final AgreementDetailsViewModel model;
    private final Messages messages;
    private final ScrollPane root;

    AgreementDetailsView(AgreementDetailsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        VBox coordinatorPart = new VBox(6, Forms.sectionTitle(messages.get("agreement.coordinator")), terms(),
                Forms.sectionTitle(messages.get("agreement.costs")), costs(),
                Forms.sectionTitle(messages.get("agreement.tasks")), tasks());
        coordinatorPart.visibleProperty().bind(model.coordinatorAgreementProperty());
        coordinatorPart.managedProperty().bind(coordinatorPart.visibleProperty());
        Label intro = new Label(messages.get("agreement.values.intro"));
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);
        VBox page = new VBox(6, Forms.sectionTitle(messages.get("agreement.values")), intro, values(), coordinatorPart);
        page.setPadding(new Insets(8, 12, 16, 8));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        se.samordna.app.ui.ScrollFollowsFocus.attach(root);
    }

    Node root() {
        return root;
    }

    private Node values() {
        GridPane grid = Forms.grid();
        for (Placeholder placeholder : AgreementDetailsViewModel.EDITABLE_VALUES) {
            TextField field = new TextField();
            field.setId("value-" + placeholder.key());
            field.textProperty().bindBidirectional(model.overrideProperty(placeholder));
            field.promptTextProperty().bind(model.fromCentreProperty(placeholder));
            field.disableProperty().bind(model.editableProperty().not());
            AutoSave.attach(field, () -> model.saveValue(placeholder));
            Label hint = new Label(messages.get("agreement.value.hint." + placeholder.key()));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            Forms.row(grid, messages.get("agreement.value." + placeholder.key()), new VBox(2, field, hint), null);
        }
        Spinner<Integer> notice = new Spinner<>(1, 24, 12);
        notice.setId("collaborationNoticeField");
        notice.getValueFactory().valueProperty().bindBidirectional(model.collaborationNoticeProperty());
        notice.disableProperty().bind(model.editableProperty().not());
        Label noticeHint = new Label(messages.get("agreement.noticeHint"));
        noticeHint.getStyleClass().add("muted");
        noticeHint.setWrapText(true);
        GridPane noticeGrid = Forms.grid();
        Forms.row(noticeGrid, messages.get("agreement.noticeMonths"), new VBox(2, notice, noticeHint), null);
        noticeGrid.visibleProperty().bind(model.coordinatorAgreementProperty().not());
        noticeGrid.managedProperty().bind(noticeGrid.visibleProperty());
        return new VBox(grid, noticeGrid);
    }

    private Node terms() {
        ComboBox<Person> coordinator = new ComboBox<>(model.people());
        coordinator.setId("coordinatorChoice");
        coordinator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : person.details().title().isBlank() ? person.name()
                        : messages.get("home.nameWithTitle", person.name(), person.details().title());
            }

            @Override
            public Person fromString(String text) {
                return null;
            }
        });
        coordinator.valueProperty().bindBidirectional(model.coordinatorProperty());
        coordinator.disableProperty().bind(model.editableProperty().not());

        TextField scope = new TextField();
        scope.setId("scopeField");
        scope.setPrefColumnCount(6);
        scope.setPromptText("20");
        scope.textProperty().bindBidirectional(model.scopeProperty());
        scope.disableProperty().bind(model.editableProperty().not());
        AutoSave.attach(scope, model::saveTerms);

        StringProperty dateError = new SimpleStringProperty("");
        var start = DateFields.picker("startDateField", model.startProperty(), dateError,
                messages.get("validation.date"));
        start.disableProperty().bind(model.editableProperty().not());
        Spinner<Integer> years = new Spinner<>(1, 10, 3);
        years.setId("termYearsField");
        years.getValueFactory().valueProperty().bindBidirectional(model.termYearsProperty());
        years.disableProperty().bind(model.editableProperty().not());
        Spinner<Integer> notice = new Spinner<>(1, 24, 3);
        notice.setId("noticeMonthsField");
        notice.getValueFactory().valueProperty().bindBidirectional(model.noticeMonthsProperty());
        notice.disableProperty().bind(model.editableProperty().not());

        Label period = new Label();
        period.textProperty().bind(model.periodTextProperty());
        period.getStyleClass().add("muted");

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("agreement.coordinatorPerson"), coordinator, null);
        Forms.row(grid, messages.get("agreement.scope"), new HBox(6, scope, new Label(messages.get("agreement.scopeUnit"))),
                model.termsErrorProperty());
        Forms.row(grid, messages.get("agreement.start"), new VBox(2, start, period), dateError);
        Forms.row(grid, messages.get("agreement.termYears"), years, null);
        Forms.row(grid, messages.get("agreement.noticeMonths"), notice, null);
        return grid;
    }

    private Node costs() {
        VBox rows = new VBox(6);
        rows.setId("costRows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (CostYear cost : model.costYears()) {
                ComboBox<String> payer = new ComboBox<>(model.payerChoices());
                payer.setId("payer-" + cost.year());
                payer.setValue(cost.payer());
                payer.setMaxWidth(Double.MAX_VALUE); // a long organisation name is shown whole
                HBox.setHgrow(payer, Priority.ALWAYS);
                payer.disableProperty().bind(model.editableProperty().not());
                payer.valueProperty().addListener((obs, old, value) -> {
                    if (value != null && !value.equals(cost.payer())) {
                        model.setPayer(cost.year(), value);
                    }
                });
                Label year = new Label(String.valueOf(cost.year()));
                year.setMinWidth(60);
                rows.getChildren().add(new HBox(10, year, payer));
            }
            if (model.costYears().isEmpty()) {
                Label none = new Label(messages.get("agreement.costs.none"));
                none.getStyleClass().add("muted");
                rows.getChildren().add(none);
            }
        };
        model.costYears().addListener((ListChangeListener<CostYear>) change -> fill.run());
        fill.run();
        return rows;
    }

    private Node tasks() {
        ListView<CoordinatorTask> list = new ListView<>(model.tasks());
        list.setId("taskList");
        list.setPrefHeight(360);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CoordinatorTask task, boolean empty) {
                super.updateItem(task, empty);
                if (empty || task == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                CheckBox box = new CheckBox();
                box.setSelected(task.included());
                box.disableProperty().bind(model.editableProperty().not());
                box.selectedProperty().addListener((obs, old, value) -> model.setTaskIncluded(task, value));
                Label text = new Label(task.text() + originNote(task));
                text.setWrapText(true);
                text.setMinWidth(0);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Region indent = new Region();
                indent.setMinWidth(task.level() * 26);
                HBox row = new HBox(6, indent, box, text);
                if (task.origin() == CoordinatorTask.Origin.EGEN) {
                    Button remove = new Button(messages.get("people.remove"));
                    remove.disableProperty().bind(model.editableProperty().not());
                    remove.setOnAction(event -> model.removeTask(task));
                    row.getChildren().add(remove);
                }
                setGraphic(row);
                setText(null);
                setPrefWidth(0);
            }
        });

        TextField own = new TextField();
        own.setId("newTaskField");
        own.setPromptText(messages.get("agreement.tasks.newPrompt"));
        HBox.setHgrow(own, Priority.ALWAYS);
        CheckBox under = new CheckBox(messages.get("agreement.tasks.underSelected"));
        under.setId("taskUnderSelected");
        Button add = new Button(messages.get("agreement.tasks.add"));
        add.setId("addTaskButton");
        add.setOnAction(event -> {
            CoordinatorTask selected = list.getSelectionModel().getSelectedItem();
            model.addTask(under.isSelected() && selected != null ? topLevelOf(selected) : null, own.getText());
            own.clear();
        });
        add.disableProperty().bind(model.editableProperty().not().or(own.textProperty().isEmpty()));
        Label heading = new Label();
        heading.setId("taskListHeading");
        heading.textProperty().bind(model.taskListHeadingProperty());
        heading.getStyleClass().add("template-heading");
        heading.setWrapText(true);
        Label intro = new Label(model.taskListIntro());
        intro.setId("taskListIntro");
        intro.getStyleClass().add("template-text");
        intro.setWrapText(true);
        Label hint = new Label(messages.get("agreement.tasks.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Hyperlink corrections = new Hyperlink(messages.get("corrections.open"));
        corrections.setId("taskListCorrections");
        corrections.setOnAction(event -> CorrectionsDialog.show(corrections.getScene().getWindow(), messages,
                BuiltInText.SAMORDNARUPPGIFTER));
        return new VBox(6, heading, intro, hint, corrections, list, new HBox(8, own, add), under);
    }

    private CoordinatorTask topLevelOf(CoordinatorTask task) {
        CoordinatorTask parent = task;
        for (CoordinatorTask candidate : model.tasks()) {
            if (candidate.level() == 0) {
                parent = candidate;
            }
            if (candidate.id() == task.id()) {
                return parent;
            }
        }
        return task;
    }

    private String originNote(CoordinatorTask task) {
        return switch (task.origin()) {
            case MALL -> "";
            case REKOMMENDERAD -> "  " + messages.get("agreement.tasks.recommended");
            case EGEN -> "  " + messages.get("agreement.tasks.own");
        };
    }
}
