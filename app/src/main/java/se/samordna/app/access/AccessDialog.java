package se.samordna.app.access;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.access.AccessGroup;
import se.samordna.core.access.AccessService;
import se.samordna.core.access.AccessUser;
import se.samordna.core.centre.CentreSummary;

/**
 * Behörigheter: the users of the county server on the left; on the right the chosen user's group and, per
 * centre, whether they see it, see and edit it, or neither. Changes are saved at once.
 */
public final class AccessDialog {
    private final AccessViewModel model;
    private final Messages messages;
    private final Window owner;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<AccessGroup> group = new ComboBox<>();
    private final ListView<CentreSummary> centres = new ListView<>();
    private boolean updating;

    public AccessDialog(AccessViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("access.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        BorderPane content = new BorderPane();
        content.setId("accessPane");
        content.setLeft(usersPane());
        content.setCenter(userPane());
        Label message = new Label();
        message.setId("accessMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(8, 0, 0, 0));
        content.setBottom(message);
        content.setPrefSize(820, 520);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("accessCloseButton");
        model.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    private VBox usersPane() {
        ListView<AccessUser> users = new ListView<>(model.users());
        users.setId("accessUsers");
        users.setPrefWidth(260);
        users.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AccessUser user, boolean empty) {
                super.updateItem(user, empty);
                setText(empty || user == null ? null
                        : messages.get("access.userLine", user.name(), messages.label(user.group())));
            }
        });
        model.selectedProperty().addListener((obs, old, user) -> {
            if (users.getSelectionModel().getSelectedItem() != user) {
                users.getSelectionModel().select(user);
            }
        });
        users.getSelectionModel().selectedItemProperty().addListener((obs, old, user) -> {
            if (user != null && user != model.selectedProperty().get()) {
                model.selectedProperty().set(user);
            }
        });
        VBox.setVgrow(users, Priority.ALWAYS);

        Button add = new Button(messages.get("access.newUser"));
        add.setId("accessNewUser");
        add.setOnAction(e -> newUser());
        Button password = new Button(messages.get("access.newPassword"));
        password.setId("accessNewPassword");
        password.setOnAction(e -> newPassword());
        Button remove = new Button(messages.get("access.remove"));
        remove.setId("accessRemoveUser");
        remove.setOnAction(e -> remove());
        var notForMe = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedIsMe(), model.selectedProperty(), model.meProperty());
        password.disableProperty().bind(notForMe.or(model.busyProperty()));
        remove.disableProperty().bind(notForMe.or(model.busyProperty()));
        add.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(6, add, password, remove);
        VBox pane = new VBox(6, Forms.sectionTitle(messages.get("access.users")), users, buttons);
        pane.setPadding(new Insets(0, 12, 0, 0));
        return pane;
    }

    private VBox userPane() {
        group.setId("accessGroup");
        group.getItems().setAll(AccessGroup.values());
        group.setConverter(Labels.of(messages));
        group.valueProperty().addListener((obs, old, chosen) -> {
            if (!updating) {
                model.setGroup(chosen);
            }
        });
        Label hint = new Label();
        hint.setId("accessGroupHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMaxWidth(460);

        centres.setId("accessCentres");
        centres.setItems(model.centres());
        centres.setCellFactory(list -> new CentreCell());
        VBox.setVgrow(centres, Priority.ALWAYS);

        model.selectedProperty().addListener((obs, old, user) -> {
            updating = true;
            try {
                group.setValue(user == null ? null : user.group());
                hint.setText(user == null ? "" : model.selectedIsMe() ? messages.get("access.groupHint.me")
                        : groupHint(user.group()));
                centres.refresh();
            } finally {
                updating = false;
            }
        });
        var notForMe = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedIsMe(), model.selectedProperty(), model.meProperty());
        // An administrator sees and edits every centre: nothing to give them.
        var nothingToGive = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().group() == AccessGroup.ADMIN, model.selectedProperty());
        group.disableProperty().bind(notForMe.or(model.busyProperty()));
        centres.disableProperty().bind(notForMe.or(nothingToGive).or(model.busyProperty()));

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("access.group"), group, null);
        return new VBox(6, grid, hint, Forms.sectionTitle(messages.get("access.centres")), centres);
    }

    /** A centre with the chosen user's access to it. */
    private final class CentreCell extends ListCell<CentreSummary> {
        private final Label name = new Label();
        private final ChoiceBox<AccessLevel> level = new ChoiceBox<>();
        private final HBox row;
        private boolean filling;

        CentreCell() {
            level.getItems().setAll(AccessLevel.values());
            level.setConverter(Labels.of(messages));
            level.valueProperty().addListener((obs, old, chosen) -> {
                if (!filling && getItem() != null && chosen != null) {
                    model.setLevel(getItem().id(), chosen);
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, name, gap, level);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CentreSummary centre, boolean empty) {
            super.updateItem(centre, empty);
            if (empty || centre == null) {
                setGraphic(null);
                return;
            }
            filling = true;
            try {
                name.setText(messages.get("access.centreLine", centre.name(), centre.municipality()));
                level.setId("accessLevel" + centre.id());
                level.setValue(model.levelOf(centre.id()));
            } finally {
                filling = false;
            }
            setGraphic(row);
        }
    }

    private void newUser() {
        Dialog<Boolean> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle(messages.get("access.newUser.title"));
        ask.setHeaderText(null);
        TextField name = new TextField();
        name.setId("newUserName");
        PasswordField password = new PasswordField();
        password.setId("newUserPassword");
        ComboBox<AccessGroup> chosen = new ComboBox<>();
        chosen.setId("newUserGroup");
        chosen.getItems().setAll(AccessGroup.values());
        chosen.setConverter(Labels.of(messages));
        chosen.setValue(AccessGroup.COORDINATOR);
        javafx.beans.property.StringProperty nameError = new javafx.beans.property.SimpleStringProperty("");
        javafx.beans.property.StringProperty passwordError = new javafx.beans.property.SimpleStringProperty("");
        name.textProperty().addListener((obs, old, text) -> nameError.set(text.isBlank() ? ""
                : model.nameProblem(text).orElse("")));
        password.textProperty().addListener((obs, old, text) -> passwordError.set(
                text.isEmpty() || text.length() >= AccessService.PASSWORD_MIN ? ""
                        : messages.get("access.passwordTooShort", AccessService.PASSWORD_MIN)));
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("access.userName"), name, nameError);
        Forms.row(grid, messages.get("access.firstPassword"), password, passwordError);
        Forms.row(grid, messages.get("access.group"), chosen, null);
        Label hint = new Label(messages.get("access.newUser.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("muted");
        ask.getDialogPane().setContent(new VBox(10, grid, hint));
        ButtonType create = new ButtonType(messages.get("access.create"), ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().setAll(create,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var createButton = ask.getDialogPane().lookupButton(create);
        createButton.setId("createUserButton");
        createButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || model.nameProblem(name.getText()).isPresent()
                        || password.getText().length() < AccessService.PASSWORD_MIN,
                name.textProperty(), password.textProperty()));
        ask.setResultConverter(button -> button == create);
        if (ask.showAndWait().orElse(false)) {
            char[] secret = password.getText().toCharArray();
            model.createUser(name.getText(), secret, chosen.getValue());
        }
    }

    private void newPassword() {
        AccessUser user = model.selectedProperty().get();
        Dialog<Boolean> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle(messages.get("access.newPassword.title", user.name()));
        ask.setHeaderText(null);
        PasswordField password = new PasswordField();
        password.setId("resetPassword");
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("access.firstPassword"), password, null);
        ask.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> password.getText().length() < AccessService.PASSWORD_MIN, password.textProperty()));
        ask.setResultConverter(button -> button == save);
        if (ask.showAndWait().orElse(false)) {
            model.resetPassword(password.getText().toCharArray());
        }
    }

    private void remove() {
        AccessUser user = model.selectedProperty().get();
        if (Dialogs.confirm(owner, messages, messages.get("access.remove.title"),
                messages.get("access.remove.question", user.name()), messages.get("access.remove"))) {
            model.removeSelected();
        }
    }

    private String groupHint(AccessGroup chosen) {
        return switch (chosen) {
            case ADMIN -> messages.get("access.groupHint.ADMIN");
            case COUNTY -> messages.get("access.groupHint.COUNTY");
            case COORDINATOR -> messages.get("access.groupHint.COORDINATOR");
        };
    }
}
