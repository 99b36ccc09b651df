package se.samordna.app.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.PartUsed;
import se.samordna.core.survey.Response;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.SurveyItem;

/**
 * Typing in returned paper forms: one row, one keystroke per answer, Enter for the next form; the
 * forms already in below, newest first, to correct or remove.
 */
final class FormEntryView {
    private final SurveyViewModel survey;
    private final FormEntryViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final GridPane grid = new GridPane();
    private final TextField number = new TextField();
    private final TextField openAnswer = new TextField();
    private final Label help = new Label();
    private final List<TextField> keyCells = new ArrayList<>();
    private final TableView<Response> table = new TableView<>(null);

    FormEntryView(SurveyViewModel survey, Messages messages) {
        this.survey = survey;
        this.model = new FormEntryViewModel(survey);
        this.messages = messages;
        root.setId("formEntry");
        root.setPadding(new Insets(8, 0, 0, 0));

        ComboBox<String> language = new ComboBox<>();
        language.setId("entryLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : survey.languageName(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        language.getItems().setAll(survey.languages());
        language.setValue(model.languageProperty().get());
        language.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.languageProperty().set(value);
            }
        });
        model.languageProperty().addListener((obs, old, value) -> language.setValue(value));
        survey.surveyProperty().addListener((obs, old, value) -> {
            String keep = model.languageProperty().get();
            language.getItems().setAll(survey.languages());
            language.setValue(keep);
        });
        Label languageLabel = new Label(messages.get("survey.entry.language"));
        languageLabel.setLabelFor(language);
        Label count = new Label();
        count.setId("entryCount");
        count.getStyleClass().add("section-title");
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, languageLabel, language, spacer, count);
        top.setAlignment(Pos.CENTER_LEFT);

        help.setId("entryHelp");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("entry-help");
        help.setText(messages.get("survey.entry.numberHelp"));

        number.setId("entryNumber");
        number.setPrefColumnCount(4);
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,6}") ? change
                : null));
        number.textProperty().bindBidirectional(model.numberProperty());
        number.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean forward = event.getCode() == KeyCode.ENTER
                    || event.getCode() == KeyCode.TAB && !event.isShiftDown();
            if (forward && !model.numberErrorProperty().get().isEmpty()) {
                event.consume(); // a taken or missing number is put right before the answers
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                if (!keyCells.isEmpty()) {
                    keyCells.getFirst().requestFocus();
                }
            }
        });
        number.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                help.setText(messages.get("survey.entry.numberHelp"));
                Platform.runLater(number::selectAll);
            }
        });
        openAnswer.setId("entryOpenAnswer");
        openAnswer.setPrefColumnCount(14);
        openAnswer.setMinWidth(0);
        openAnswer.textProperty().bindBidirectional(model.openAnswerProperty());
        openAnswer.setOnAction(event -> save());
        openAnswer.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                help.setText(messages.get("survey.entry.openHelp"));
            }
        });

        grid.setId("entryGrid");
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setPadding(new Insets(4));
        model.onCellsChangedProperty().set(this::buildRow);
        buildRow();
        // Wide questionnaires scroll sideways; the row itself is never cut in height.
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(true);
        gridScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        gridScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        gridScroll.minViewportHeightProperty().bind(grid.heightProperty());
        gridScroll.getStyleClass().add("edge-to-edge");

        // The parent's own words get a line of their own below the key cells: they fit at any window width
        // instead of being pushed off the right edge by a long questionnaire.
        Label openLabel = heading(messages.get("survey.entry.open"));
        openLabel.setLabelFor(openAnswer);
        HBox.setHgrow(openAnswer, Priority.ALWAYS);
        HBox openRow = new HBox(8, openLabel, openAnswer);
        openRow.setAlignment(Pos.CENTER_LEFT);
        openRow.setPadding(new Insets(0, 4, 0, 4));

        Label numberError = Forms.errorLabel(model.numberErrorProperty(), "entryNumber");
        Label openError = Forms.errorLabel(model.openAnswerErrorProperty(), "entryOpenAnswer");
        Label feedback = new Label();
        feedback.setId("entryFeedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedbackProperty());
        feedback.getStyleClass().add("entry-feedback");
        // One message at a time: the number's or the own words' error line speaks instead.
        feedback.visibleProperty().bind(model.numberErrorProperty().isEmpty()
                .and(model.openAnswerErrorProperty().isEmpty()));
        feedback.managedProperty().bind(feedback.visibleProperty());
        model.feedbackIsErrorProperty().addListener((obs, was, error) -> {
            feedback.getStyleClass().remove("field-error");
            if (error) {
                feedback.getStyleClass().add("field-error");
            }
        });

        Button saveButton = new Button(messages.get("survey.entry.save"));
        saveButton.setId("entrySave");
        saveButton.setOnAction(event -> save());
        Button cancel = new Button(messages.get("survey.entry.cancelEdit"));
        cancel.setId("entryCancel");
        cancel.visibleProperty().bind(model.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> {
            model.cancelEdit();
            focusNumber();
        });
        Label legend = new Label(messages.get("survey.entry.legend"));
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        legend.getStyleClass().add("muted");

        buildTable();
        Button edit = new Button(messages.get("survey.entry.edit"));
        edit.setId("entryEdit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> {
            model.edit(table.getSelectionModel().getSelectedItem());
            focusFirstCell();
        });
        Button remove = new Button(messages.get("survey.entry.remove"));
        remove.setId("entryRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeSelected());
        Label listTitle = Forms.sectionTitle(messages.get("survey.entry.listTitle"));

        root.getChildren().addAll(top, help, gridScroll, openRow, numberError, openError, feedback,
                new HBox(8, saveButton, cancel), legend, listTitle, table, new HBox(8, edit, remove));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusNumber);
            }
        });
    }

    Node root() {
        return root;
    }

    FormEntryViewModel model() {
        return model;
    }

    private void buildRow() {
        grid.getChildren().clear();
        keyCells.clear();
        grid.add(heading(messages.get("survey.entry.number")), 0, 0);
        grid.add(number, 0, 1);
        int column = 1;
        List<FormEntryViewModel.Cell> cells = model.cells();
        for (int i = 0; i < cells.size(); i++) {
            FormEntryViewModel.Cell cell = cells.get(i);
            Label heading = heading(cell.label());
            if (cell.kind() != FormEntryViewModel.Kind.ANSWER && (i == 0
                    || cells.get(i - 1).kind() == FormEntryViewModel.Kind.ANSWER)) {
                heading.getStyleClass().add("entry-group-start");
            }
            TextField field = keyCell(cell, i);
            grid.add(heading, column, 0);
            grid.add(field, column, 1);
            column++;
        }
    }

    private TextField keyCell(FormEntryViewModel.Cell cell, int index) {
        TextField field = new TextField();
        field.setId("cell-" + cell.key());
        field.getStyleClass().add("key-cell");
        field.setEditable(false);
        field.setPrefWidth(cell.kind() == FormEntryViewModel.Kind.ANSWER ? 32 : 38);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setAlignment(Pos.CENTER);
        field.textProperty().bind(cell.valueProperty());
        field.setTooltip(new Tooltip(cell.help()));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                help.setText(cell.help());
            }
        });
        field.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            event.consume();
            if (typed.isEmpty() || typed.charAt(0) < ' ' || event.isControlDown() || event.isMetaDown()) {
                return; // Enter, Tab, Backspace come as key presses
            }
            if (model.type(cell, typed.charAt(0))) {
                focusCell(index + 1);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case ENTER -> {
                    event.consume();
                    save();
                }
                case BACK_SPACE, DELETE -> {
                    event.consume();
                    if (cell.valueProperty().get().isEmpty() && event.getCode() == KeyCode.BACK_SPACE && index > 0) {
                        model.cells().get(index - 1).valueProperty().set("");
                        focusCell(index - 1);
                    } else {
                        cell.valueProperty().set("");
                    }
                }
                case LEFT -> {
                    event.consume();
                    focusCell(index - 1);
                }
                case RIGHT -> {
                    event.consume();
                    focusCell(index + 1);
                }
                default -> { }
            }
        });
        keyCells.add(field);
        return field;
    }

    private void focusCell(int index) {
        if (index < 0) {
            number.requestFocus();
        } else if (index >= keyCells.size()) {
            openAnswer.requestFocus();
        } else {
            keyCells.get(index).requestFocus();
        }
    }

    private void focusNumber() {
        number.requestFocus();
        number.selectAll();
    }

    private void focusFirstCell() {
        focusCell(0);
    }

    private void save() {
        model.save(() -> {
            table.getSelectionModel().clearSelection();
            table.scrollTo(0);
            focusNumber();
        });
    }

    private void removeSelected() {
        Response response = table.getSelectionModel().getSelectedItem();
        if (response != null && Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("survey.entry.remove"), messages.get("survey.entry.removeQuestion",
                        response.draft().formNumber()), messages.get("survey.entry.removeConfirm"))) {
            survey.deleteResponse(response);
            table.getSelectionModel().clearSelection();
            model.forget();
        }
    }

    private void buildTable() {
        table.setId("responseTable");
        table.setItems(survey.responses());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("survey.entry.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                column(messages.get("survey.entry.number"), r -> String.valueOf(r.draft().formNumber()), 70),
                column(messages.get("survey.entry.answers"), this::answers, 260),
                column(messages.get("survey.entry.genderColumn"),
                        r -> r.draft().gender() == null ? "–" : messages.label(r.draft().gender()), 100),
                column(messages.get("survey.entry.relationColumn"),
                        r -> r.draft().relation() == null ? "–" : messages.label(r.draft().relation()), 130),
                column(messages.get("survey.entry.partsColumn"), this::parts, 150),
                column(messages.get("survey.entry.languageColumn"), r -> survey.languageName(r.draft().language()), 90),
                openColumn()));
        ColumnWidths.fitToContent(table);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                removeSelected();
            }
        });
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Response> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(row.getItem());
                    focusFirstCell();
                }
            });
            return row;
        });
    }

    /** The parent's own words, wrapped in the row rather than cut off at the table's right edge. */
    private TableColumn<Response, String> openColumn() {
        TableColumn<Response, String> open = column(messages.get("survey.entry.openColumn"),
                r -> r.draft().openAnswer(), 220);
        open.setId("openColumn");
        WrappingCells.apply(open);
        return open;
    }

    /** The answers in item order, e.g. "4 3 – 0 2": the paper form at a glance. */
    private String answers(Response response) {
        ResponseDraft draft = response.draft();
        if (survey.survey() == null) {
            return "";
        }
        return survey.survey().items().stream().map(SurveyItem::key).map(key -> {
            Answer answer = draft.answers().get(key);
            return answer == null ? "–" : String.valueOf(answer.code());
        }).collect(Collectors.joining(" "));
    }

    private String parts(Response response) {
        List<String> names = new ArrayList<>();
        for (PartUsed part : PartUsed.values()) {
            if (response.draft().parts().contains(part)) {
                names.add(messages.get("survey.entry.part." + part.name()));
            }
        }
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("entry-heading");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TableColumn<Response, String> column(String title, Function<Response, String> value, double width) {
        TableColumn<Response, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
