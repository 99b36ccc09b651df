package se.samordna.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;

/** On the very first start: example data to try things with, or an empty start. */
public final class FirstStartDialog {
    private final Dialog<Boolean> dialog = new Dialog<>();

    public FirstStartDialog(Messages messages, Window owner, Path dataFolder) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("firstStart.title"));
        dialog.setHeaderText(messages.get("firstStart.header"));
        Label intro = new Label(messages.get("firstStart.text"));
        intro.setWrapText(true);
        Label where = new Label(messages.get("firstStart.where", dataFolder.toString()));
        where.setWrapText(true);
        where.getStyleClass().add("muted");
        VBox content = new VBox(12, intro, where);
        content.setMaxWidth(520);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("firstStartDialog");

        ButtonType examples = new ButtonType(messages.get("firstStart.examples"), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(messages.get("firstStart.empty"), ButtonBar.ButtonData.NO);
        dialog.getDialogPane().getButtonTypes().setAll(examples, empty);
        dialog.getDialogPane().lookupButton(examples).setId("createExamplesButton");
        dialog.getDialogPane().lookupButton(empty).setId("startEmptyButton");
        // This dialog opens before the main window styles new windows: its buttons must show their whole text.
        // ButtonBar's uniform size can squeeze the longer text; each button keeps its own width.
        for (ButtonType type : List.of(examples, empty)) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        dialog.setResultConverter(button -> button == examples);
    }

    /** True when the user wants example data. Closing the dialog counts as an empty start. */
    public boolean ask() {
        Optional<Boolean> answer = dialog.showAndWait();
        return answer.orElse(false);
    }

    public Dialog<Boolean> dialog() {
        return dialog;
    }
}
