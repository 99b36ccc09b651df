package se.samordna.app.centre;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Part;
import se.samordna.core.common.FieldError;

/** Asks for the three things a centre cannot be without, then creates it. */
final class NewCentreDialog {
    private final CentresViewModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextField municipality = new TextField();
    private final ComboBox<CentreKind> kind = new ComboBox<>();
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper municipalityError = new ReadOnlyStringWrapper("");

    NewCentreDialog(CentresViewModel model, Messages messages, Window owner, String suggestedMunicipality) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("centres.new.title"));
        dialog.setHeaderText(messages.get("centres.new.header"));
        name.setId("newCentreName");
        name.setPrefColumnCount(28);
        municipality.setId("newCentreMunicipality");
        municipality.setText(suggestedMunicipality == null ? "" : suggestedMunicipality);
        kind.setId("newCentreKind");
        kind.getItems().setAll(CentreKind.values());
        kind.setValue(CentreKind.FAMILJECENTRAL);
        kind.setConverter(Labels.of(messages));
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("centre.name") + " *", name, nameError.getReadOnlyProperty());
        Forms.row(grid, messages.get("centre.municipality") + " *", municipality,
                municipalityError.getReadOnlyProperty());
        Forms.row(grid, messages.get("centre.kind") + " *", kind, null);
        dialog.getDialogPane().setContent(grid);

        ButtonType create = new ButtonType(messages.get("centres.new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("createCentreButton");
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes only when the centre is saved
            submit();
        });
        dialog.setOnShown(event -> name.requestFocus());
    }

    void show() {
        dialog.show();
    }

    private void submit() {
        CentreDetails details = new CentreDetails(name.getText(), kind.getValue(), municipality.getText(), "", "",
                java.util.Set.copyOf(Part.coreParts()), "");
        model.create(details, () -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        }, this::showErrors);
    }

    private void showErrors(List<FieldError> errors) {
        nameError.set("");
        municipalityError.set("");
        for (FieldError error : errors) {
            if (error.field().equals(CentreService.FIELD_NAME) && nameError.get().isEmpty()) {
                nameError.set(messages.describe(error));
            } else if (error.field().equals(CentreService.FIELD_MUNICIPALITY) && municipalityError.get().isEmpty()) {
                municipalityError.set(messages.describe(error));
            }
        }
    }
}
