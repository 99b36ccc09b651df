package se.samordna.app.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Saves a text field shortly after typing pauses, and at once when the field loses focus or Enter
 * is pressed, so what the user typed is kept without a Save button.
 */
public final class AutoSave {
    /** Within half a second of the last key (issue 12), long enough not to save on every letter. */
    static final Duration PAUSE = Duration.millis(400);

    private AutoSave() {
    }

    public static void attach(TextInputControl field, Runnable save) {
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(event -> save.run());
        field.textProperty().addListener((obs, old, value) -> {
            if (field.isFocused()) {
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pause.stop();
                save.run();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !(field instanceof javafx.scene.control.TextArea)) {
                pause.stop();
                save.run();
            }
        });
    }
}
