package se.samordna.app.task;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the UI runs database and document work: off the JavaFX thread, with callbacks back
 * on it. Tests use {@link SameThreadTaskRunner}, so asynchronous code is deterministic under test.
 */
public interface TaskRunner {

    /** Work that may report progress. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Lets long work say how far it has come. */
    @FunctionalInterface
    interface Progress {
        void update(long done, long total);
    }

    /**
     * Runs {@code work}; {@code onSuccess} or {@code onFailure} is then called on the UI thread.
     * {@code description} is shown while the work runs (already translated).
     */
    <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** As {@link #run(String, Work, Consumer, Consumer)}, failures going to the runner's default handler. */
    default <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess) {
        run(description, work, onSuccess, this::reportFailure);
    }

    /** Hands a failure to the default handler (an error dialog in the app). */
    void reportFailure(Throwable failure);

    /** What runs now, for the status bar ("" when idle). */
    ReadOnlyStringProperty messageProperty();

    /** How far the running work has come, 0..1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();
}
