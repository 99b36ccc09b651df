package se.samordna.app.durability;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.SamordnaApp;

/**
 * The process {@link UiCrashTest} kills: the real Samordna (its start-up check, its background task
 * runner, its window) on a data folder, driven from the keyboard as a workshop participant would.
 * After each rating it waits until the window confirms it ("N av 30 påståenden besvarade") and
 * prints "CONFIRMED N", then waits to be killed.
 */
public final class UiCrashChild {
    private UiCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        int ratings = Integer.parseInt(args[1]);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(SamordnaApp.class, "--data-dir", dataDir);
        FxRobot robot = new FxRobot();
        try {
            run(robot, ratings);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            describeWindows(robot);
            System.exit(1);
        }
        Thread.sleep(600_000);
    }

    private static void run(FxRobot robot, int ratings) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#nav-REFLECTION").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#nav-REFLECTION");
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        // The new workshop is saved and loaded in the background; the form is ready when its list holds
        // the 30 statements and takes the keyboard.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ratingList").tryQuery()
                .map(list -> list.isVisible() && ((ListView<?>) list).getItems().size() == 30).orElse(false));
        // The view is built again as the workshop loads: look the list up afresh until it keeps the keyboard.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                ListView<?> list = robot.lookup("#ratingList").queryListView();
                list.getSelectionModel().select(0);
                list.requestFocus();
            });
            Thread.sleep(300);
            ListView<?> list = robot.lookup("#ratingList").queryListView();
            return list.getScene() != null && list.getScene().getFocusOwner() == list;
        });
        for (int i = 1; i <= ratings; i++) {
            robot.type(KeyCode.valueOf("DIGIT" + UiCrashTest.ratingFor(i)));
            String confirmed = i + " av 30 ";
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#participantProgress")
                    .queryAs(Label.class).getText().startsWith(confirmed));
            System.out.println("CONFIRMED " + i);
            System.out.flush();
        }
    }

    /** What was on screen when the script could not go on, for the test's failure message. */
    private static void describeWindows(FxRobot robot) {
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                System.err.println("Window " + window + " showing=" + window.isShowing()
                        + " " + window.getWidth() + "x" + window.getHeight());
                if (window.getScene() != null) {
                    window.getScene().getRoot().lookupAll(".label").forEach(node -> System.err.println(
                            "  label " + node.getId() + ": " + ((Label) node).getText()));
                }
            }
            Node focused = Window.getWindows().isEmpty() || Window.getWindows().getFirst().getScene() == null ? null
                    : Window.getWindows().getFirst().getScene().getFocusOwner();
            System.err.println("focus: " + focused);
        });
    }
}
