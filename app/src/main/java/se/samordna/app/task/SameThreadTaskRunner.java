package se.samordna.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread: for tests of view models. Failures are collected. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    public <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call((done, total) -> { });
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void reportFailure(Throwable failure) {
        failures.add(failure);
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
    }

    /** Failures that went to the default handler. */
    public List<Throwable> failures() {
        return failures;
    }
}
