package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.workspace.Workspace;

/** Typing in at 1366 × 768: the own words fit on screen, and one message is shown at a time. */
@ExtendWith(ApplicationExtension.class)
class SurveyEntryUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;
    private AppPreferences preferences;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir);
        stage.setWidth(1366);
        stage.setHeight(768);
        context = new AppContext(workspace, new SameThreadTaskRunner(), preferences, Messages.forLanguage("sv"),
                TestWorkspaces.CLOCK);
        new Shell(stage, context, () -> { }).show();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    @Test
    void theOwnWordsFitOnScreenAndWrapInTheList(FxRobot robot) {
        showEntry(robot, "Familjecentralen Solsidan");

        TextField open = robot.lookup("#entryOpenAnswer").queryAs(TextField.class);
        Bounds field = open.localToScene(open.getBoundsInLocal());
        assertThat(field.getMaxX()).as("the own words end inside the window")
                .isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(field.getWidth()).as("room to read what is typed").isGreaterThan(400);

        TableCell<?, ?> quote = robot.lookup("#responseTable .table-cell")
                .match((TableCell<?, ?> cell) -> cell.getTableColumn() != null
                        && "openColumn".equals(cell.getTableColumn().getId()) && cell.getItem() != null
                        && !cell.getItem().toString().isEmpty())
                .queryAs(TableCell.class);
        Text text = (Text) quote.getGraphic();
        assertThat(text.getWrappingWidth()).as("wraps to the column").isPositive();
        Bounds cell = quote.localToScene(quote.getBoundsInLocal());
        assertThat(cell.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    @Test
    void aRepeatedNumberIsTheOnlyMessageNotBesideTheSavedOne(FxRobot robot) {
        showEntry(robot, "Familjecentralen Fyrklövern");
        robot.clickOn("#entryNumber").type(KeyCode.TAB).write("4444").type(KeyCode.ENTER);
        Label feedback = robot.lookup("#entryFeedback").queryAs(Label.class);
        assertThat(feedback.isVisible()).isTrue();
        assertThat(feedback.getText()).isEqualTo("Formulär 1 sparat. Nästa formulär:");

        robot.doubleClickOn("#entryNumber").write("1");

        assertThat(robot.lookup("#entryNumberError").queryAs(Label.class).getText())
                .startsWith("Formulär nummer 1 är redan inmatat");
        assertThat(feedback.isVisible() && !feedback.getText().isEmpty()).as("no green line beside the red").isFalse();
    }

    private void showEntry(FxRobot robot, String centre) {
        long id = workspace.centres().list().stream().filter(c -> c.name().equals(centre)).findFirst()
                .orElseThrow().id();
        robot.interact(() -> context.work().selectCentre(id));
        robot.clickOn("#nav-SURVEY");
        robot.clickOn("#tab-entry");
    }
}
