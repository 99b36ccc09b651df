package se.samordna.app.settings;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.db.ServerSettings;

/** The Databas section of Inställningar: bound to {@link DatabaseSettingsViewModel}. */
public final class DatabaseSettingsView {
    private final VBox root;

    public DatabaseSettingsView(DatabaseSettingsViewModel model, Messages messages, FileDialogs files,
                                java.util.function.Supplier<Window> owner) {
        ToggleGroup where = new ToggleGroup();
        RadioButton local = new RadioButton(messages.get("settings.database.local"));
        local.setId("databaseLocal");
        local.setToggleGroup(where);
        local.setUserData(DatabaseSettingsViewModel.Kind.LOCAL);
        RadioButton server = new RadioButton(messages.get("settings.database.server"));
        server.setId("databaseServer");
        server.setToggleGroup(where);
        server.setUserData(DatabaseSettingsViewModel.Kind.SERVER);
        where.selectToggle(model.kindProperty().get() == DatabaseSettingsViewModel.Kind.SERVER ? server : local);
        where.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.kindProperty().set((DatabaseSettingsViewModel.Kind) now.getUserData());
            }
        });

        TextField host = text("serverHost", model.hostProperty(), 24);
        TextField port = text("serverPort", model.portProperty(), 6);
        TextField database = text("serverDatabase", model.databaseProperty(), 16);
        TextField user = text("serverUser", model.userProperty(), 16);
        ComboBox<ServerSettings.Tls> tls = new ComboBox<>();
        tls.setId("serverTls");
        tls.getItems().setAll(ServerSettings.Tls.values());
        tls.valueProperty().bindBidirectional(model.tlsProperty());
        tls.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ServerSettings.Tls value) {
                return value == null ? "" : switch (value) {
                    case VERIFY_FULL -> messages.get("settings.database.tls.VERIFY_FULL");
                    case REQUIRE -> messages.get("settings.database.tls.REQUIRE");
                    case OFF -> messages.get("settings.database.tls.OFF");
                };
            }

            @Override
            public ServerSettings.Tls fromString(String string) {
                return null;
            }
        });

        Label certificate = new Label();
        certificate.setId("serverRootCertificate");
        certificate.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.rootCertificateProperty().get().isEmpty() ? messages.get("settings.database.rootCertificate.none")
                        : model.rootCertificateProperty().get(), model.rootCertificateProperty()));
        certificate.setWrapText(true);
        certificate.setMaxWidth(260);
        Button choose = new Button(messages.get("settings.database.chooseCertificate"));
        choose.setId("chooseRootCertificate");
        choose.setOnAction(e -> files.open(owner.get(), messages.get("settings.database.chooseCertificate.title"),
                FileDialogs.CERTIFICATE).map(Path::toString).ifPresent(model.rootCertificateProperty()::set));
        Button clear = new Button(messages.get("settings.database.clearCertificate"));
        clear.setId("clearRootCertificate");
        clear.setOnAction(e -> model.rootCertificateProperty().set(""));
        clear.disableProperty().bind(model.rootCertificateProperty().isEmpty());
        HBox certificateRow = new HBox(8, certificate, choose, clear);
        certificateRow.disableProperty().bind(model.tlsProperty().isNotEqualTo(ServerSettings.Tls.VERIFY_FULL));

        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.setPrefColumnCount(16);
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button test = new Button(messages.get("settings.database.test"));
        test.setId("testConnectionButton");
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.testingProperty());
        Label result = new Label();
        result.setId("testConnectionResult");
        result.setWrapText(true);
        result.setMaxWidth(480);
        result.textProperty().bind(model.resultProperty());
        model.resultProperty().addListener((obs, old, text) -> {
            result.getStyleClass().remove("error-text");
            if (!text.isEmpty() && !model.succeededProperty().get() && !model.testingProperty().get()) {
                result.getStyleClass().add("error-text");
            }
        });

        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("settings.database.host"), host, null);
        Forms.row(grid, messages.get("settings.database.port"), port, null);
        Forms.row(grid, messages.get("settings.database.name"), database, null);
        Forms.row(grid, messages.get("settings.database.user"), user, null);
        Forms.row(grid, messages.get("settings.database.tls"), tls, null);
        Forms.row(grid, messages.get("settings.database.rootCertificate"), certificateRow, null);
        Forms.row(grid, messages.get("settings.database.password"), new HBox(8, password, test), null);
        VBox serverBox = new VBox(8, grid, result);
        serverBox.disableProperty().bind(model.serverChosen().not());

        Label note = new Label(messages.get("settings.database.restart") + " "
                + messages.get("settings.database.passwordNote"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(480);
        // Wrapped texts keep their lines: the dialog grows rather than cutting them short at 1366 × 768.
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new VBox(8, Forms.sectionTitle(messages.get("settings.database")), new HBox(24, local, server),
                serverBox, note);
        root.setId("databaseSettings");
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public Node root() {
        return root;
    }
}
