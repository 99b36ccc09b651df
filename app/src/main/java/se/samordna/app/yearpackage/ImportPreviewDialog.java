package se.samordna.app.yearpackage;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.core.yearpackage.ImportPreview;
import se.samordna.core.yearpackage.ImportPreview.FieldChange;
import se.samordna.core.yearpackage.ImportPreview.RecordPreview;

/**
 * What an import would do, before it does it: per kind of record how many are new, the same and changed;
 * each changed record field by field, here and in the package, with a box to take the package's version.
 * Returns the UUIDs of the changed records to take, or empty on Avbryt.
 */
public final class ImportPreviewDialog {
    private final Dialog<Set<UUID>> dialog = new Dialog<>();
    private final Set<UUID> taken = new HashSet<>();

    public ImportPreviewDialog(YearPackageViewModel model, Messages messages, Window owner, ImportPreview preview) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("yearPackage.import.title"));
        dialog.setHeaderText(model.header(preview));
        dialog.setResizable(true);

        VBox body = new VBox(8);
        body.setPadding(new Insets(8));
        Label centre = new Label(model.centreLine(preview));
        centre.setId("packageCentreLine");
        centre.setWrapText(true);
        body.getChildren().add(centre);
        if (preview.changesNothing()) {
            Label nothing = new Label(messages.get("yearPackage.preview.nothing"));
            nothing.setId("packageNothing");
            nothing.setWrapText(true);
            body.getChildren().add(nothing);
        }
        for (YearPackageViewModel.KindGroup group : model.groups(preview)) {
            VBox records = new VBox(6);
            for (RecordPreview record : group.changed()) {
                records.getChildren().add(changed(model, messages, record));
            }
            if (records.getChildren().isEmpty()) {
                Label counts = new Label(group.kind() + ": " + model.counts(group));
                counts.setId("packageKind-" + group.table());
                counts.setWrapText(true);
                body.getChildren().add(counts);
            } else {
                TitledPane pane = new TitledPane(group.kind() + ": " + model.counts(group), records);
                pane.setId("packageKind-" + group.table());
                pane.setExpanded(true);
                body.getChildren().add(pane);
            }
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 480);
        scroll.setId("packagePreview");
        dialog.getDialogPane().setContent(scroll);

        ButtonType importButton = new ButtonType(messages.get("yearPackage.preview.import"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, cancel);
        Button importing = (Button) dialog.getDialogPane().lookupButton(importButton);
        importing.setId("packageImportButton");
        importing.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(importing, false);
        Button cancelling = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelling.setId("packageCancelButton");
        cancelling.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(cancelling, false);
        dialog.setResultConverter(button -> button == importButton ? Set.copyOf(taken) : null);
    }

    private VBox changed(YearPackageViewModel model, Messages messages, RecordPreview record) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        grid.addRow(0, bold(messages.get("yearPackage.preview.field")), bold(messages.get("yearPackage.preview.here")),
                bold(messages.get("yearPackage.preview.inPackage")));
        int row = 1;
        for (FieldChange change : record.changes()) {
            Label here = new Label(model.value(change.here()));
            Label there = new Label(model.value(change.inPackage()));
            here.setWrapText(true);
            there.setWrapText(true);
            here.setMaxWidth(280);
            there.setMaxWidth(280);
            Label field = new Label(model.fieldName(change.field()));
            field.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, field, here, there);
        }
        CheckBox take = new CheckBox(messages.get("yearPackage.preview.take"));
        take.setId("take-" + record.uuid());
        take.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                taken.add(record.uuid());
            } else {
                taken.remove(record.uuid());
            }
        });
        Label title = bold(record.label().isBlank() ? record.uuid().toString() : record.label());
        title.setWrapText(true);
        grid.setId("changes-" + record.uuid());
        return new VBox(4, title, grid, take);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    /** The same preview under another title (one package of several when moving to the server). */
    public ImportPreviewDialog titled(String title) {
        dialog.setTitle(title);
        return this;
    }

    public Optional<Set<UUID>> showAndWait() {
        return dialog.showAndWait();
    }
}
