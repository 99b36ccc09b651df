package se.samordna.app.ui;

import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The application style sheet and the user's chosen text size, for the main window and every
 * dialog that opens, so enlarged text is enlarged everywhere.
 */
public final class Styles {
    private static final String SHEET = "/se/samordna/app/ui/samordna.css";

    private Styles() {
    }

    public static void apply(Scene scene, int fontSize) {
        String sheet = Styles.class.getResource(SHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        setFontSize(scene.getRoot(), fontSize);
    }

    public static void setFontSize(Parent root, int fontSize) {
        if (root != null) {
            root.setStyle("-fx-font-size: " + fontSize + "px;");
        }
    }

    /** Styles every window that opens from now on (dialogs, pickers) with the current text size. */
    public static void followInNewWindows(ObservableIntegerValue fontSize) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window.getScene() != null && isDialog(window)) {
                        apply(window.getScene(), fontSize.get());
                        buttonsShowTheirWholeText(window.getScene().getRoot());
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                                event -> buttonsShowTheirWholeText(window.getScene().getRoot()));
                    }
                }
            }
        });
    }

    /** Dialog buttons never shrink below their text ("Ta bort familjecentr…" is not an answer). */
    private static void buttonsShowTheirWholeText(Parent root) {
        if (root instanceof javafx.scene.control.DialogPane pane) {
            for (javafx.scene.control.ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
                    button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }
        }
        root.lookupAll(".button").forEach(node -> {
            if (node instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
    }

    private static boolean isDialog(Window window) {
        // Popups (menus, combo lists) follow their owner's font through CSS inheritance already.
        return window instanceof javafx.stage.Stage;
    }
}
