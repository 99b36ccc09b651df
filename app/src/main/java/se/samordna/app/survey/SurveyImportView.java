package se.samordna.app.survey;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.survey.SurveyImport;

/** Importing answers from CSV or XLSX: choose the file, say what the columns hold, check, import. */
final class SurveyImportView {
    private final SurveyImportViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final VBox root = new VBox(8);

    SurveyImportView(SurveyViewModel survey, Messages messages, FileDialogs files) {
        this.model = new SurveyImportViewModel(survey);
        this.messages = messages;
        this.files = files;
        root.setId("surveyImport");
        root.setPadding(new Insets(8, 0, 0, 0));

        Label intro = wrapping(messages.get("survey.import.intro"));
        Button choose = new Button(messages.get("survey.import.choose"));
        choose.setId("importChoose");
        choose.setOnAction(event -> choose());
        Label fileInfo = wrapping("");
        fileInfo.setId("importFileInfo");
        fileInfo.textProperty().bind(model.fileInfoProperty());
        HBox fileRow = new HBox(12, choose, fileInfo);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(fileInfo, Priority.ALWAYS);

        TableView<SurveyImportViewModel.Column> columns = columnsTable();
        Label summary = wrapping("");
        summary.setId("importSummary");
        summary.getStyleClass().add("section-title");
        summary.textProperty().bind(model.summaryProperty());
        TableView<SurveyImport.RowError> errors = errorsTable();

        Button importButton = new Button();
        importButton.setId("importRun");
        importButton.textProperty().bind(Bindings.createStringBinding(() -> model.importable()
                ? messages.get("survey.import.run", model.previewProperty().get().drafts().size())
                : messages.get("survey.import.runNothing"), model.previewProperty()));
        importButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.importable(),
                model.previewProperty()));
        importButton.setOnAction(event -> model.importNow(count -> Dialogs.info(root.getScene().getWindow(), messages,
                messages.get("survey.import.title"), messages.get("survey.import.done", count))));
        Button cancel = new Button(messages.get("survey.import.reset"));
        cancel.setOnAction(event -> model.reset());
        cancel.disableProperty().bind(model.fileProperty().isNull());

        Label columnsTitle = Forms.sectionTitle(messages.get("survey.import.columns"));
        Label errorsTitle = Forms.sectionTitle(messages.get("survey.import.errors"));
        errors.visibleProperty().bind(Bindings.isNotEmpty(errors.getItems()));
        errors.managedProperty().bind(errors.visibleProperty());
        errorsTitle.visibleProperty().bind(errors.visibleProperty());
        errorsTitle.managedProperty().bind(errors.visibleProperty());
        root.getChildren().addAll(intro, fileRow, columnsTitle, columns, summary, errorsTitle, errors,
                new HBox(8, importButton, cancel));
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox.setVgrow(errors, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    SurveyImportViewModel model() {
        return model;
    }

    private void choose() {
        files.open(root.getScene().getWindow(), messages.get("survey.import.choose"),
                new ExtensionFilter(messages.get("survey.import.fileTypes"), "*.csv", "*.CSV", "*.xlsx", "*.XLSX",
                        "*.txt"),
                new ExtensionFilter(messages.get("survey.import.allFiles"), "*.*"))
                .ifPresent(model::open);
    }

    private TableView<SurveyImportViewModel.Column> columnsTable() {
        TableView<SurveyImportViewModel.Column> table = new TableView<>(model.columns());
        table.setId("importColumns");
        table.setEditable(true);
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(wrapping(messages.get("survey.import.noFile")));
        TableColumn<SurveyImportViewModel.Column, String> header = text(messages.get("survey.import.header"),
                SurveyImportViewModel.Column::header, 220);
        TableColumn<SurveyImportViewModel.Column, String> examples = text(messages.get("survey.import.examples"),
                SurveyImportViewModel.Column::examples, 220);
        TableColumn<SurveyImportViewModel.Column, SurveyImport.Target> meaning =
                new TableColumn<>(messages.get("survey.import.meaning"));
        meaning.setPrefWidth(340);
        meaning.setSortable(false);
        meaning.setCellValueFactory(cell -> cell.getValue().targetProperty());
        meaning.setCellFactory(column -> new TargetCell());
        table.getColumns().setAll(List.of(header, examples, meaning));
        return table;
    }

    /** A choice of what the column holds, bound to the column's target. */
    private final class TargetCell extends TableCell<SurveyImportViewModel.Column, SurveyImport.Target> {
        private final ComboBox<SurveyImport.Target> choice = new ComboBox<>();
        private ObjectProperty<SurveyImport.Target> bound;

        TargetCell() {
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(SurveyImport.Target target) {
                    return model.describe(target);
                }

                @Override
                public SurveyImport.Target fromString(String text) {
                    return null;
                }
            });
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(SurveyImport.Target item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                choice.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            SurveyImportViewModel.Column column = getTableRow().getItem();
            choice.setItems(FXCollections.observableArrayList(model.targets()));
            choice.setId("meaning-" + getIndex());
            bound = column.targetProperty();
            choice.valueProperty().bindBidirectional(bound);
            setGraphic(choice);
        }
    }

    private TableView<SurveyImport.RowError> errorsTable() {
        TableView<SurveyImport.RowError> table = new TableView<>();
        table.setId("importErrors");
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.previewProperty().addListener((obs, old, preview) -> table.getItems().setAll(
                preview == null ? List.of() : preview.errors()));
        TableColumn<SurveyImport.RowError, String> reason = text(messages.get("survey.import.reason"), model::describe,
                420);
        WrappingCells.apply(reason);
        table.getColumns().setAll(List.of(
                text(messages.get("survey.import.row"), e -> e.row() == 0 ? "" : String.valueOf(e.row()), 60),
                text(messages.get("survey.import.column"), SurveyImport.RowError::column, 160),
                text(messages.get("survey.import.value"), SurveyImport.RowError::value, 140),
                reason));
        return table;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
