package se.samordna.app.reflection;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.OwnStatement;

/** A centre's own statements, added to an area for its future workshops; the 30 stay as they are. */
final class OwnStatementsDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    OwnStatementsDialog(ReflectionViewModel model, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("workshop.own.title"));
        dialog.setHeaderText(messages.get("workshop.own.header"));
        ListView<OwnStatement> list = new ListView<>(model.ownStatements());
        list.setId("ownStatementList");
        list.setPrefSize(560, 200);
        list.setPlaceholder(new Label(messages.get("workshop.own.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OwnStatement item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Instrument.areaName(item.area()) + ": " + item.title() + " – "
                        + item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button remove = new Button(messages.get("workshop.own.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeOwnStatement(list.getSelectionModel().getSelectedItem()));

        ComboBox<Area> area = new ComboBox<>();
        area.setId("ownArea");
        area.getItems().setAll(Area.values());
        area.setValue(Area.GENERELLT);
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(Area value) {
                return value == null ? "" : Instrument.areaName(value);
            }

            @Override
            public Area fromString(String text) {
                return null;
            }
        });
        TextField title = new TextField();
        title.setId("ownTitle");
        TextField text = new TextField();
        text.setId("ownText");
        text.setPrefColumnCount(34);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Button add = new Button(messages.get("workshop.own.add"));
        add.setId("addOwnStatement");
        add.setOnAction(event -> {
            error.setText("");
            model.addOwnStatement(area.getValue(), title.getText(), text.getText(),
                    errors -> error.setText(messages.get("workshop.own.invalid")));
            if (error.getText().isEmpty()) {
                title.clear();
                text.clear();
            }
        });
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("workshop.own.area"), area, null);
        Forms.row(grid, messages.get("workshop.own.statementTitle"), title, null);
        Forms.row(grid, messages.get("workshop.own.statementText"), text, null);
        dialog.getDialogPane().setContent(new VBox(8, list, remove, Forms.sectionTitle(messages.get("workshop.own.new")),
                grid, add, error));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("button.ok"),
                ButtonBar.ButtonData.OK_DONE));
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
