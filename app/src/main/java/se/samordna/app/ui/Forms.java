package se.samordna.app.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Form layout: a label column, a field column, and an error line under a field when it is wrong. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        labels.setPrefWidth(190);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Adds a row; {@code error} (may be null) is shown in red under the field while non-empty. */
    public static void row(GridPane grid, String labelText, Node field, ObservableStringValue error) {
        int row = grid.getRowCount();
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        label.setWrapText(true);
        label.setMaxWidth(190);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a wrapped label keeps all its lines
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(4, 0, 0, 0));
        VBox box = new VBox(2, field);
        if (error != null) {
            box.getChildren().add(errorLabel(error, field.getId()));
        }
        grid.addRow(row, label, box);
    }

    /** A red message line bound to {@code error}; it takes no room while empty. */
    public static Label errorLabel(ObservableStringValue error, String fieldId) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        if (fieldId != null) {
            label.setId(fieldId + "Error");
        }
        // A message appearing in a dialog makes it taller; let the dialog grow instead of cutting it.
        label.textProperty().addListener((obs, old, text) -> javafx.application.Platform.runLater(() -> {
            if (label.getScene() != null && label.getScene().getRoot() instanceof javafx.scene.control.DialogPane
                    && label.getScene().getWindow() != null) {
                label.getScene().getWindow().sizeToScene();
            }
        }));
        return label;
    }

    /**
     * A wrapping label that never gets narrower than its longest word, so a word is never broken in
     * the middle ("Barnmorskemottag / ning"); measured again when the text size changes.
     */
    public static Label keepWordsWhole(Label label) {
        Runnable measure = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(label.getFont());
            double widest = 0;
            for (String word : ColumnWidths.BREAKS.split(label.getText() == null ? "" : label.getText())) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(widest + label.snappedLeftInset() + label.snappedRightInset() + 1));
        };
        label.fontProperty().addListener((obs, old, font) -> measure.run());
        label.textProperty().addListener((obs, old, text) -> measure.run());
        measure.run();
        return label;
    }

    public static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
