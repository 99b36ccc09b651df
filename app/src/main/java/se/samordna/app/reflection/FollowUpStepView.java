package se.samordna.app.reflection;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.reflection.FollowUpMethod;

/** Step V: when and how the goals are followed up; then the workshop is closed. */
final class FollowUpStepView {
    private final VBox root;

    FollowUpStepView(WorkshopViewModel model, Messages messages) {
        Label intro = ImprovementStepView.wrapping(messages.get("workshop.step5.intro"));
        StringProperty dateError = new SimpleStringProperty("");
        var date = DateFields.picker("followUpDate", model.followUpDateProperty(), dateError,
                messages.get("validation.date"));
        date.disableProperty().bind(model.editableProperty().not());
        FlowPane methods = new FlowPane(14, 8);
        for (FollowUpMethod method : FollowUpMethod.values()) {
            CheckBox box = new CheckBox(messages.label(method));
            box.setId("method-" + method.name());
            box.selectedProperty().bindBidirectional(model.followUpMethodProperty(method));
            box.disableProperty().bind(model.editableProperty().not());
            methods.getChildren().add(box);
        }
        TextArea note = new TextArea();
        note.setId("followUpNote");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.followUpNoteProperty());
        note.editableProperty().bind(model.editableProperty());
        AutoSave.attach(note, model::saveFollowUpNote);

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("workshop.step5.when"), date, dateError);
        Forms.row(grid, messages.get("workshop.step5.how"), methods, null);
        Forms.row(grid, messages.get("workshop.step5.note"), note, null);

        Button finish = new Button(messages.get("workshop.finish"));
        finish.setId("finishWorkshop");
        finish.visibleProperty().bind(model.editableProperty());
        finish.managedProperty().bind(finish.visibleProperty());
        finish.setOnAction(event -> {
            if (Dialogs.confirm(finish.getScene().getWindow(), messages, messages.get("workshop.finish"),
                    messages.get("workshop.finish.question"), messages.get("workshop.finish"))) {
                model.finish();
                model.goTo(WorkshopViewModel.Page.RESULT);
            }
        });
        Button reopen = new Button(messages.get("workshop.reopen"));
        reopen.setId("reopenWorkshop");
        reopen.visibleProperty().bind(model.editableProperty().not());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(event -> model.reopen());
        root = new VBox(10, intro, grid, finish, reopen);
        root.setPadding(new Insets(0, 8, 8, 0));
    }

    Node root() {
        return root;
    }
}
