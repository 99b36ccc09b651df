package se.samordna.app.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * File dialogs the test answers: every request is recorded, and each gets the next path the test
 * queued, or "cancelled" when none is left.
 */
public final class AnsweringFileDialogs implements FileDialogs {
    /** One dialog asked for: save or open, its title, the name it suggests and the file types offered. */
    public record Request(boolean save, Window owner, String title, String suggestedName,
                          List<ExtensionFilter> types) {
        /** Every pattern of every type offered, e.g. "*.pdf". */
        public List<String> patterns() {
            return types.stream().flatMap(type -> type.getExtensions().stream()).toList();
        }
    }

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    /** The next dialog is answered with {@code file}. */
    public AnsweringFileDialogs answer(Path file) {
        answers.add(file);
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request last() {
        if (requests.isEmpty()) {
            throw new AssertionError("no file dialog was asked for");
        }
        return requests.getLast();
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, ExtensionFilter... types) {
        requests.add(new Request(true, owner, title, suggestedName, List.of(types)));
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, ExtensionFilter... types) {
        requests.add(new Request(false, owner, title, null, List.of(types)));
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path start) {
        requests.add(new Request(false, owner, title, start == null ? null : start.toString(), List.of()));
        return Optional.ofNullable(answers.poll());
    }
}
