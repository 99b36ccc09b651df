package se.samordna.app.ui;

import javafx.stage.Stage;

import org.testfx.framework.junit5.Start;

/** Every page at 1366 × 768 in English, whose words are often longer than the Swedish ones. */
class PageLayoutEnglishUiTest extends PageLayoutUiTest {
    @Start
    void start(Stage stage) {
        open(stage, "en");
    }
}
