package se.samordna.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import se.samordna.app.startup.StartupReport;
import se.samordna.app.task.FxTaskRunner;
import se.samordna.core.workspace.Workspace;

/**
 * {@code --startup-probe}: the start-up benchmark's view of a start. Once the main window shows
 * the centre with its data (nothing left loading), prints one line with the time since the process
 * started and the resident memory, then exits. A first start gets the example data without asking,
 * so later probes measure an ordinary start.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void report(Workspace workspace, FxTaskRunner runner, Shell shell, long shownAt, Runnable quit) {
        if (workspace.meta().firstStartPending()) {
            runner.run("examples", p -> {
                workspace.exampleData().create();
                return true;
            }, done -> {
                shell.context().start();
                whenIdle(runner, shownAt, quit);
            });
            return;
        }
        whenIdle(runner, shownAt, quit);
    }

    /** Waits until no background work is left (the first page has its data), then reports. */
    private static void whenIdle(FxTaskRunner runner, long shownAt, Runnable quit) {
        Platform.runLater(() -> {
            if (runner.busyProperty().get()) {
                PauseTransition again = new PauseTransition(Duration.millis(5));
                again.setOnFinished(event -> whenIdle(runner, shownAt, quit));
                again.play();
                return;
            }
            SamordnaApp.logSince("home page with its data shown");
            StartupReport.print("app", shownAt);
            quit.run();
        });
    }
}
