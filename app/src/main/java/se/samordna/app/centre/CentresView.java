package se.samordna.app.centre;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

import se.samordna.app.ui.Labels;
import se.samordna.app.history.History;
import se.samordna.app.history.HistoryDialog;
import se.samordna.app.history.HistorySubject;
import se.samordna.app.i18n.Messages;
import se.samordna.core.audit.AuditedRecord;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.ConflictDialog;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.ScrollFollowsFocus;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;

/** The Familjecentraler page: the list of centres on the left, the selected one's editor on the right. */
public final class CentresView {
    private final CentresViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private ListView<CentreSummary> list;
    private TableView<Person> peopleTable;
    private final History history;

    public CentresView(CentresViewModel model, Messages messages, History history) {
        this.model = model;
        this.messages = messages;
        this.history = history;
        root.setId("centresPage");
        root.setLeft(buildList());
        root.setCenter(buildEditor());
        ConflictDialog.follow(model.conflictProperty(),
                () -> root.getScene() == null ? null : root.getScene().getWindow(), messages);
    }

    public Node root() {
        return root;
    }

    /** Opens the dialog for a new centre (also reached from the menu). */
    public void newCentre() {
        new NewCentreDialog(model, messages, root.getScene() == null ? null : root.getScene().getWindow(),
                model.municipalityProperty().get()).show();
    }

    private Node buildList() {
        list = new ListView<>(model.centres());
        list.setId("centreList");
        list.getStyleClass().add("centre-list");
        list.setPrefWidth(200); // names wrap; the people table beside needs the room
        list.setCellFactory(view -> new CentreCell());
        Label empty = new Label(messages.get("centres.empty"));
        empty.setWrapText(true); // the list is narrow: the whole hint, on several lines, not "Ska…"
        empty.setPadding(new javafx.geometry.Insets(8));
        list.setPlaceholder(empty);
        syncListSelection();

        Button add = new Button(messages.get("centres.new"));
        add.setId("newCentreButton");
        add.setOnAction(event -> newCentre());
        // On the server only administrators create and remove centres (the database refuses the rest).
        javafx.beans.binding.BooleanBinding mayNotCreate = Bindings.createBooleanBinding(
                () -> !model.accessProperty().get().createsCentres(), model.accessProperty());
        add.disableProperty().bind(mayNotCreate);
        Button remove = new Button(messages.get("centres.remove"));
        remove.setId("removeCentreButton");
        remove.disableProperty().bind(model.selectedProperty().isNull().or(mayNotCreate));
        remove.setOnAction(event -> confirmRemoval());
        HBox buttons = new HBox(8, add, remove);

        Label title = new Label(messages.get("section.CENTRES"));
        title.getStyleClass().add("page-title");
        VBox box = new VBox(10, title, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(16, 12, 16, 16));
        return box;
    }

    private void syncListSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            CentreSummary current = model.selectedProperty().get();
            if (chosen != null && (current == null || current.id() != chosen.id())) {
                model.selectedProperty().set(chosen);
            }
        });
        Runnable showSelection = () -> {
            CentreSummary current = model.selectedProperty().get();
            if (current == null) {
                list.getSelectionModel().clearSelection();
            } else if (!current.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(current);
            }
        };
        model.selectedProperty().addListener((obs, old, value) -> showSelection.run());
        model.centres().addListener((ListChangeListener<CentreSummary>) change -> showSelection.run());
        showSelection.run();
    }

    private Node buildEditor() {
        VBox form = new VBox(6);
        form.getStyleClass().add("page");

        Label saveState = new Label();
        saveState.setId("saveState");
        saveState.getStyleClass().add("save-state");
        saveState.textProperty().bind(model.saveStateProperty());

        Label heading = new Label();
        heading.getStyleClass().add("page-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.nameProperty().get().isBlank()
                ? messages.get("centres.noneSelected") : model.nameProperty().get(), model.nameProperty()));
        heading.setWrapText(true);

        Button showHistory = HistoryDialog.button(history, "centreHistoryButton", () -> {
            CentreSummary selected = model.selectedProperty().get();
            return selected == null ? null : new HistorySubject(AuditedRecord.CENTRE, selected.id(), selected.name());
        });
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        showHistory.setMinWidth(Region.USE_PREF_SIZE);
        HBox headingLine = new HBox(12, heading, showHistory);
        headingLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        // The fields, not the heading: a centre the user may only see keeps its Historik button.
        VBox fields = new VBox(6, Forms.sectionTitle(messages.get("centre.basics")),
                basics(), Forms.sectionTitle(messages.get("centre.parts")), parts(),
                Forms.sectionTitle(messages.get("centre.people")), people());
        fields.disableProperty().bind(model.editableProperty().not());
        form.getChildren().addAll(headingLine, saveState, fields);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId("centreEditor");
        model.selectedProperty().addListener((obs, old, centre) -> scroll.setVvalue(0));
        ScrollFollowsFocus.attach(scroll);
        return scroll;
    }

    private GridPane basics() {
        GridPane grid = Forms.grid();
        TextField name = textField("centreName", model.nameProperty());
        Forms.row(grid, messages.get("centre.name") + " *", name, model.errorProperty(CentreService.FIELD_NAME));

        ComboBox<CentreKind> kind = new ComboBox<>();
        kind.setId("centreKind");
        kind.getItems().setAll(CentreKind.values());
        kind.setConverter(Labels.of(messages));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.valueProperty().addListener((obs, old, value) -> model.save());
        Forms.row(grid, messages.get("centre.kind") + " *", kind, model.errorProperty(CentreService.FIELD_KIND));

        Forms.row(grid, messages.get("centre.municipality") + " *",
                textField("centreMunicipality", model.municipalityProperty()),
                model.errorProperty(CentreService.FIELD_MUNICIPALITY));
        Forms.row(grid, messages.get("centre.region"), textField("centreRegion", model.regionProperty()),
                model.errorProperty(CentreService.FIELD_REGION));

        TextArea catchment = new TextArea();
        catchment.setId("centreCatchmentArea");
        catchment.setPrefRowCount(3);
        catchment.setWrapText(true);
        catchment.textProperty().bindBidirectional(model.catchmentAreaProperty());
        AutoSave.attach(catchment, model::save);
        tabMovesFocus(catchment);
        Forms.row(grid, messages.get("centre.catchmentArea"), catchment,
                model.errorProperty(CentreService.FIELD_CATCHMENT_AREA));
        return grid;
    }

    private Node parts() {
        FlowPane coreParts = new FlowPane(16, 8);
        FlowPane otherParts = new FlowPane(16, 8);
        for (Part part : Part.values()) {
            CheckBox box = new CheckBox(messages.label(part));
            box.setId("part-" + part.name());
            box.selectedProperty().bindBidirectional(model.partProperty(part));
            box.selectedProperty().addListener((obs, old, value) -> model.save());
            (part.isCore() ? coreParts : otherParts).getChildren().add(box);
        }
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("centre.coreParts"), coreParts, null);
        Forms.row(grid, messages.get("centre.otherParts"), otherParts, null);
        Forms.row(grid, messages.get("centre.otherProfessions"),
                textField("centreOtherProfessions", model.otherProfessionsProperty()),
                model.errorProperty(CentreService.FIELD_OTHER_PROFESSIONS));
        return grid;
    }

    private Node people() {
        peopleTable = new TableView<>(model.people());
        peopleTable.setId("peopleTable");
        peopleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        peopleTable.setPrefHeight(300);
        peopleTable.setPlaceholder(new Label(messages.get("people.empty")));
        peopleTable.getColumns().setAll(List.of(
                column(messages.get("person.role"), p -> messages.label(p.role()), 120),
                column(messages.get("people.nameAndTitle"), p -> lines(p.name(), p.details().title()), 190),
                column(messages.get("person.organisation"), p -> p.details().organisation(), 190),
                column(messages.get("people.contact"),
                        p -> lines(p.details().email(), p.details().phone()), 210)));
        ColumnWidths.fitToContent(peopleTable);
        peopleTable.setRowFactory(table -> {
            javafx.scene.control.TableRow<Person> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    editPerson(row.getItem());
                }
            });
            return row;
        });
        peopleTable.setOnKeyPressed(event -> {
            Person selected = peopleTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                editPerson(selected);
            } else if (event.getCode() == KeyCode.DELETE && selected != null) {
                removePerson(selected);
            }
        });

        Button add = new Button(messages.get("people.add"));
        add.setId("addPersonButton");
        add.setOnAction(event -> editPerson(null));
        Button edit = new Button(messages.get("people.edit"));
        edit.setId("editPersonButton");
        edit.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> editPerson(peopleTable.getSelectionModel().getSelectedItem()));
        Button remove = new Button(messages.get("people.remove"));
        remove.setId("removePersonButton");
        remove.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removePerson(peopleTable.getSelectionModel().getSelectedItem()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(messages.get("people.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return new VBox(8, peopleTable, new HBox(8, add, edit, remove, spacer), hint);
    }

    private static TableColumn<Person, String> column(String title, java.util.function.Function<Person, String> value,
                                                     double width) {
        TableColumn<Person, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        WrappingCells.apply(column);
        return column;
    }

    private static String lines(String first, String second) {
        return second.isEmpty() ? first : first.isEmpty() ? second : first + "\n" + second;
    }

    private void editPerson(Person existing) {
        PersonEditorViewModel editor = model.personEditor(existing);
        new PersonDialog(editor, messages, root.getScene().getWindow(), existing != null).showAndWait()
                .ifPresent(details -> {
                    if (existing == null) {
                        model.addPerson(details);
                    } else {
                        model.updatePerson(existing, details);
                    }
                });
    }

    private void removePerson(Person person) {
        if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("people.remove.title"),
                messages.get("people.remove.question", person.name(), messages.label(person.role())),
                messages.get("button.remove"))) {
            model.removePerson(person);
        }
    }

    private void confirmRemoval() {
        model.contentsOfSelected(contents -> {
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("centre.remove.title"),
                    model.describeRemoval(contents), messages.get("centre.remove.confirm"))) {
                model.removeSelected();
            }
        });
    }

    private TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        AutoSave.attach(field, model::save);
        return field;
    }

    /** Tab leaves a text area (as in any other field) instead of typing a tab character. */
    private static void tabMovesFocus(TextInputControl area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // Ctrl+Tab is the text area's own "move focus" key: pass that on instead.
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
    }

    private static final class CentreCell extends ListCell<CentreSummary> {
        @Override
        protected void updateItem(CentreSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name());
            name.setStyle("-fx-font-weight: bold;");
            name.setWrapText(true);
            Label municipality = new Label(item.municipality());
            municipality.getStyleClass().add("secondary");
            name.setMinWidth(0);
            setGraphic(new VBox(2, name, municipality));
            setText(null);
            setPrefWidth(0); // follow the list's width: long names wrap, no sideways scrolling
        }
    }
}
