package se.samordna.app.agreement;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.agreement.Party;

/** The parties and their signatories; place and date are filled in at signing. */
final class PartiesView {
    private final AgreementDetailsViewModel model;
    private final Messages messages;
    private final VBox root;

    PartiesView(AgreementDetailsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ListView<Party> list = new ListView<>(model.parties());
        list.setId("partyList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Party party, boolean empty) {
                super.updateItem(party, empty);
                if (empty || party == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label heading = new Label(model.filled(party.heading()) + (party.organisation().isBlank() ? ""
                        : ", " + party.organisation()));
                heading.setStyle("-fx-font-weight: bold;");
                heading.setMinWidth(0);
                String signer = party.signatoryName().isBlank() ? messages.get("party.noSignatory")
                        : party.signatoryTitle().isBlank() ? party.signatoryName()
                        : messages.get("home.nameWithTitle", party.signatoryName(), party.signatoryTitle());
                String where = party.place().isBlank() && party.signedDate() == null ? ""
                        : " · " + (party.place() + " " + (party.signedDate() == null ? "" : party.signedDate())).strip();
                Label second = new Label(signer + where);
                second.getStyleClass().add("secondary");
                second.setMinWidth(0);
                setGraphic(new VBox(2, heading, second));
                setText(null);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit(list.getSelectionModel().getSelectedItem(), list);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                edit(list.getSelectionModel().getSelectedItem(), list);
            }
        });

        Button edit = new Button(messages.get("party.edit"));
        edit.setId("editPartyButton");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> edit(list.getSelectionModel().getSelectedItem(), list));
        Button add = new Button(messages.get("party.add"));
        add.setId("addPartyButton");
        add.disableProperty().bind(model.editableProperty().not());
        add.setOnAction(event -> model.addParty());
        Button remove = new Button(messages.get("party.remove"));
        remove.setId("removePartyButton");
        remove.disableProperty().bind(model.editableProperty().not()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        remove.setOnAction(event -> {
            Party party = list.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(window(list), messages, messages.get("party.remove"),
                    messages.get("party.remove.question", model.filled(party.heading())), messages.get("party.remove"))) {
                model.removeParty(party);
            }
        });
        Label hint = new Label(messages.get("party.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, edit, add, remove);
        buttons.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(8, hint, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(8, 12, 12, 8));
    }

    Node root() {
        return root;
    }

    private void edit(Party party, Node anchor) {
        new PartyDialog(party, window(anchor)).showAndWait().ifPresent(model::saveParty);
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** All fields of a party while a draft; only place and date once ready for signing. */
    private final class PartyDialog {
        private final Dialog<Party> dialog = new Dialog<>();

        PartyDialog(Party party, Window owner) {
            boolean draft = model.editableProperty().get();
            dialog.initOwner(owner);
            dialog.setTitle(messages.get("party.edit"));
            dialog.setHeaderText(draft ? null : messages.get("party.signingOnly"));
            String filledHeading = model.filled(party.heading());
            TextField heading = field("partyHeading", filledHeading, draft);
            TextField organisation = field("partyOrganisation", party.organisation(), draft);
            ComboBox<String> signatory = new ComboBox<>();
            signatory.setId("partySignatory");
            signatory.setEditable(true);
            signatory.setDisable(!draft);
            signatory.setPrefWidth(320);
            model.people().forEach(p -> signatory.getItems().add(p.name()));
            signatory.setValue(party.signatoryName());
            TextField title = field("partySignatoryTitle", party.signatoryTitle(), draft);
            signatory.valueProperty().addListener((obs, old, name) -> model.people().stream()
                    .filter(p -> p.name().equals(name)).findFirst()
                    .ifPresent(p -> title.setText(p.details().title())));
            TextField place = field("partyPlace", party.place(), true);
            ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(party.signedDate());
            StringProperty dateError = new SimpleStringProperty("");
            var datePicker = DateFields.picker("partyDate", date, dateError, messages.get("validation.date"));

            GridPane grid = Forms.grid();
            Forms.row(grid, messages.get("party.heading"), heading, null);
            Forms.row(grid, messages.get("party.organisation"), organisation, null);
            Forms.row(grid, messages.get("party.signatory"), signatory, null);
            Forms.row(grid, messages.get("party.signatoryTitle"), title, null);
            Forms.row(grid, messages.get("party.place"), place, null);
            Forms.row(grid, messages.get("party.date"), datePicker, dateError);
            Label hint = new Label(messages.get("party.headingHint"));
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            hint.setMaxWidth(480);
            dialog.getDialogPane().setContent(new VBox(10, grid, hint));
            ButtonType ok = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().setAll(ok,
                    new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.getDialogPane().lookupButton(ok).setId("savePartyButton");
            dialog.getDialogPane().lookupButton(ok).disableProperty().bind(dateError.isNotEmpty()
                    .or(heading.textProperty().isEmpty()));
            // An unchanged heading keeps its blanks, so it still follows the centre's facts.
            dialog.setResultConverter(button -> button == ok ? new Party(party.id(), party.position(),
                    heading.getText().equals(filledHeading) ? party.heading() : heading.getText(), organisation.getText(), Optional.ofNullable(signatory.getValue()).orElse(""),
                    title.getText(), place.getText(), date.get()) : null);
        }

        Optional<Party> showAndWait() {
            return dialog.showAndWait();
        }

        private TextField field(String id, String value, boolean editable) {
            TextField field = new TextField(value);
            field.setId(id);
            field.setEditable(editable);
            field.setPrefColumnCount(28);
            return field;
        }
    }

}
