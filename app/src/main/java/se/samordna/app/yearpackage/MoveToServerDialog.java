package se.samordna.app.yearpackage;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Forms;
import se.samordna.core.workspace.LaptopData;

/** What to move to the server: everything, or one centre's year. */
public final class MoveToServerDialog {
    private final Dialog<MoveToServerViewModel.Choice> dialog = new Dialog<>();

    public MoveToServerDialog(Messages messages, Window owner, String server, List<LaptopData.CentreYears> centres,
                              int packages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("move.title"));
        dialog.setHeaderText(messages.get("move.choose", server));
        ToggleGroup what = new ToggleGroup();
        RadioButton all = new RadioButton(messages.get("move.all", packages));
        all.setId("moveAll");
        all.setToggleGroup(what);
        RadioButton one = new RadioButton(messages.get("move.one"));
        one.setId("moveOne");
        one.setToggleGroup(what);
        what.selectToggle(all);

        ComboBox<LaptopData.CentreYears> centre = new ComboBox<>();
        centre.setId("moveCentre");
        centre.getItems().setAll(centres);
        centre.setConverter(Labels.of(value -> value.centre().name() + " (" + value.centre().municipality() + ")"));
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("moveYear");
        year.setConverter(Labels.of(String::valueOf));
        centre.valueProperty().addListener((obs, old, chosen) -> {
            year.getItems().setAll(chosen == null ? List.of() : List.copyOf(chosen.years()));
            if (!year.getItems().isEmpty()) {
                year.setValue(year.getItems().getLast());
            }
        });
        centre.getSelectionModel().selectFirst();
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("move.centre"), centre, null);
        Forms.row(grid, messages.get("move.year"), year, null);
        grid.disableProperty().bind(one.selectedProperty().not());
        dialog.getDialogPane().setContent(new VBox(10, all, one, grid));

        ButtonType start = new ButtonType(messages.get("move.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(start,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(start).setId("moveStartButton");
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(start), false);
        dialog.getDialogPane().lookupButton(start).disableProperty().bind(one.selectedProperty()
                .and(centre.valueProperty().isNull().or(year.valueProperty().isNull())));
        dialog.setResultConverter(button -> button != start ? null
                : all.isSelected() ? MoveToServerViewModel.Choice.all()
                : MoveToServerViewModel.Choice.one(centre.getValue().centre().id(), year.getValue()));
    }

    public Optional<MoveToServerViewModel.Choice> showAndWait() {
        return dialog.showAndWait();
    }
}
