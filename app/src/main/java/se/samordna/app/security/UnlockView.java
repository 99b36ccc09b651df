package se.samordna.app.security;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import se.samordna.app.i18n.Messages;

/**
 * What a protected data folder shows at start, in the main window before anything else: the
 * password, or the recovery code instead, and Avsluta.
 */
public final class UnlockView {
    private final VBox root;
    private final Timeline countdown;

    public UnlockView(UnlockViewModel model, Messages messages, Path dataFolder,
                      Consumer<UnlockViewModel.Unlocked> onUnlocked, Runnable onQuit) {
        Label title = new Label(messages.get("security.unlock.title"));
        title.getStyleClass().add("page-title");
        Label text = new Label(messages.get("security.unlock.text", dataFolder.toString()));
        text.setWrapText(true);
        text.setMaxWidth(520);

        PasswordField password = new PasswordField();
        password.setId("unlockPasswordField");
        password.setPromptText(messages.get("security.unlock.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        TextField code = new TextField();
        code.setId("unlockRecoveryCodeField");
        code.setPromptText(messages.get("security.unlock.code"));
        code.textProperty().bindBidirectional(model.recoveryCodeProperty());
        password.visibleProperty().bind(model.useRecoveryCodeProperty().not());
        password.managedProperty().bind(password.visibleProperty());
        code.visibleProperty().bind(model.useRecoveryCodeProperty());
        code.managedProperty().bind(code.visibleProperty());
        password.setMaxWidth(360);
        code.setMaxWidth(360);

        Hyperlink toggle = new Hyperlink();
        toggle.setId("useRecoveryCodeLink");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(model.useRecoveryCodeProperty())
                .then(messages.get("security.unlock.usePassword")).otherwise(messages.get("security.unlock.useCode")));
        toggle.setOnAction(event -> {
            model.useRecoveryCodeProperty().set(!model.useRecoveryCodeProperty().get());
            (model.useRecoveryCodeProperty().get() ? code : password).requestFocus();
        });

        Label error = new Label();
        error.setId("unlockError");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());

        Button open = new Button(messages.get("security.unlock.open"));
        open.setId("unlockButton");
        open.setDefaultButton(true);
        open.disableProperty().bind(model.canSubmit().not());
        open.setOnAction(event -> model.submit(onUnlocked));
        Button quit = new Button(messages.get("security.unlock.quit"));
        quit.setId("unlockQuitButton");
        quit.setCancelButton(true);
        quit.setOnAction(event -> onQuit.run());

        countdown = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.tick()));
        countdown.setCycleCount(Timeline.INDEFINITE);
        countdown.play();

        VBox box = new VBox(12, title, text, password, code, toggle, error, new HBox(10, open, quit));
        box.setMaxWidth(560);
        box.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(box);
        root.setAlignment(Pos.CENTER);
        root.setId("unlockPane");
        root.setStyle("-fx-padding: 32;");
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                countdown.stop();
            }
        });
        javafx.application.Platform.runLater(password::requestFocus);
    }

    public javafx.scene.Parent root() {
        return root;
    }
}
