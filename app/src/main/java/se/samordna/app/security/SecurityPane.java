package se.samordna.app.security;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;

/**
 * The Säkerhet part of the settings: "Skydda databasen med lösenord", and changing the password. The
 * check box shows the state; clicking it asks what is needed (a new password, or the present one) and
 * does the work in the background.
 */
public final class SecurityPane {
    private final VBox root;

    public SecurityPane(SecurityViewModel model, Messages messages, Window owner) {
        Label title = Forms.sectionTitle(messages.get("security.title"));
        CheckBox protect = new CheckBox(messages.get("security.protect"));
        protect.setId("protectDatabaseCheck");
        protect.setSelected(model.enabledProperty().get());
        model.enabledProperty().addListener((obs, was, now) -> protect.setSelected(now));
        protect.disableProperty().bind(model.workingProperty());
        Label status = new Label();
        status.setId("securityStatus");
        status.setWrapText(true);
        status.setMaxWidth(460);
        status.getStyleClass().add("muted");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(model.workingProperty())
                .then(messages.get("security.status.working"))
                .otherwise(javafx.beans.binding.Bindings.when(model.enabledProperty())
                        .then(messages.get("security.status.on")).otherwise(messages.get("security.status.off"))));
        Button change = new Button(messages.get("security.change"));
        change.setId("changePasswordButton");
        change.visibleProperty().bind(model.enabledProperty());
        change.managedProperty().bind(change.visibleProperty());
        change.disableProperty().bind(model.workingProperty());

        protect.setOnAction(event -> {
            boolean wanted = protect.isSelected();
            protect.setSelected(model.enabledProperty().get()); // the state changes when the work is done
            if (wanted) {
                new PasswordDialog(messages, model, owner, PasswordDialog.Mode.NEW, messages.get("security.enable.title"),
                        messages.get("security.enable.text"), messages.get("security.enable.ok")).showAndWait()
                        .ifPresent(entered -> model.enable(entered.newPassword(),
                                code -> new RecoveryCodeDialog(messages, owner, code).showAndWait()));
            } else {
                new PasswordDialog(messages, model, owner, PasswordDialog.Mode.CURRENT,
                        messages.get("security.disable.title"), messages.get("security.disable.text"),
                        messages.get("security.disable.ok")).showAndWait()
                        .ifPresent(entered -> model.disable(entered.current(), () -> Dialogs.info(owner, messages,
                                messages.get("security.disable.title"), messages.get("security.disable.done"))));
            }
        });
        change.setOnAction(event -> new PasswordDialog(messages, model, owner, PasswordDialog.Mode.CHANGE,
                messages.get("security.change.title"), messages.get("security.change.text"),
                messages.get("security.change.ok")).showAndWait()
                .ifPresent(entered -> model.changePassword(entered.current(), entered.newPassword(),
                        () -> Dialogs.info(owner, messages, messages.get("security.change.title"),
                                messages.get("security.change.done")))));

        Label covers = new Label(messages.get("security.covers"));
        covers.setWrapText(true);
        covers.setMaxWidth(460);
        covers.getStyleClass().add("muted");
        root = new VBox(8, title, protect, status, change, covers);
        root.setId("securityPane");
    }

    public Node root() {
        return root;
    }
}
