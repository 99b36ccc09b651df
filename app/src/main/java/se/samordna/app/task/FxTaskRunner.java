package se.samordna.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work one piece at a time on a single background thread (H2 work is serial anyway, and the
 * order of saves is then the order of edits). Exposes what runs now for the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "samordna-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private Consumer<Throwable> failureHandler = failure -> LOG.log(Level.SEVERE, "Unhandled failure", failure);
    private int running;

    public void setFailureHandler(Consumer<Throwable> handler) {
        this.failureHandler = handler;
    }

    @Override
    public <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                long started = System.nanoTime();
                try {
                    return work.call((done, total) -> updateProgress(done, total));
                } finally {
                    LOG.fine(() -> description + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            }
        };
        running++;
        busy.set(true);
        message.set(description);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished(task);
            if (task.getException() instanceof se.samordna.core.common.UserFacingException expected
                    && expected.getCause() == null) {
                // A refusal told to the user in words; the log needs no stack trace for it.
                LOG.info("Background work refused: " + description + ": " + expected.messageKey());
            } else {
                // Unexpected, or a failure (database, file, printer) whose own detail the dialog leaves
                // out on purpose: it belongs here, with the stack trace.
                LOG.log(Level.WARNING, "Background work failed: " + description, task.getException());
            }
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    @Override
    public void reportFailure(Throwable failure) {
        failureHandler.accept(failure);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void finished(Task<?> task) {
        running--;
        if (running == 0) {
            progress.unbind();
            progress.set(0);
            busy.set(false);
            message.set("");
        }
    }

    /** Lets queued work (pending saves) finish, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
