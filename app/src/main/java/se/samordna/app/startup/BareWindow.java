package se.samordna.app.startup;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window with one label, of the size Samordna's window
 * opens at the first time (1200 × 780), packaged the same way as
 * Samordna. It prints the same line as {@code --startup-probe} once the window is shown, then exits.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        StartupReport.mainStarted();
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Samordna")), 1200, 780));
            stage.setTitle("Bare window");
            stage.show();
            Platform.runLater(() -> {
                StartupReport.print("bare", System.currentTimeMillis());
                Platform.exit();
            });
        }
    }
}
