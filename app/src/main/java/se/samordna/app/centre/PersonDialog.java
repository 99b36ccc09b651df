package se.samordna.app.centre;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;

/** Adds or edits one person; OK is possible only when every field is acceptable. */
final class PersonDialog {
    private final Dialog<PersonDetails> dialog = new Dialog<>();

    PersonDialog(PersonEditorViewModel editor, Messages messages, Window owner, boolean editing) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(editing ? "person.edit.title" : "person.add.title"));
        dialog.setHeaderText(null);

        ComboBox<Role> role = new ComboBox<>();
        role.setId("personRole");
        role.getItems().setAll(Role.values());
        role.setConverter(Labels.of(messages));
        role.valueProperty().bindBidirectional(editor.roleProperty());

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("person.role") + " *", role, editor.errorProperty(CentreService.FIELD_PERSON_ROLE));
        Forms.row(grid, messages.get("person.name") + " *", field("personName", editor.nameProperty()),
                editor.errorProperty(CentreService.FIELD_PERSON_NAME));
        Forms.row(grid, messages.get("person.title"), field("personTitle", editor.titleProperty()),
                editor.errorProperty(CentreService.FIELD_PERSON_TITLE));
        Forms.row(grid, messages.get("person.organisation"), field("personOrganisation", editor.organisationProperty()),
                editor.errorProperty(CentreService.FIELD_PERSON_ORGANISATION));
        Forms.row(grid, messages.get("person.email"), field("personEmail", editor.emailProperty()),
                editor.errorProperty(CentreService.FIELD_PERSON_EMAIL));
        Forms.row(grid, messages.get("person.phone"), field("personPhone", editor.phoneProperty()),
                editor.errorProperty(CentreService.FIELD_PERSON_PHONE));
        Label privacy = new Label(messages.get("person.staffOnly"));
        privacy.getStyleClass().add("muted");
        privacy.setWrapText(true);
        privacy.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, grid, privacy));

        ButtonType ok = new ButtonType(messages.get(editing ? "button.save" : "people.add.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("savePersonButton");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(editor.validProperty().not());
        dialog.setResultConverter(button -> button == ok ? editor.details() : null);
        dialog.setOnShown(event -> grid.lookup("#personName").requestFocus());
    }

    Optional<PersonDetails> showAndWait() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(26);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
