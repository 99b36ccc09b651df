package se.samordna.app.ui;

import javafx.stage.Stage;

import org.testfx.framework.junit5.Start;

/** Every page at 1366 × 768 in Swedish, the language the coordinators work in. */
class PageLayoutSwedishUiTest extends PageLayoutUiTest {
    @Start
    void start(Stage stage) {
        open(stage, "sv");
    }
}
