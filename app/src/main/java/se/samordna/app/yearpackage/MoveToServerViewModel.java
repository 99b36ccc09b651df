package se.samordna.app.yearpackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.LaptopData;

/**
 * Arkiv › Flytta till servern…: reads this computer's data folder, writes the chosen centres' years
 * as year packages (the laptop's file is only read), and hands them one by one to the ordinary import
 * preview on the server, so nothing there is overwritten without being shown.
 */
public final class MoveToServerViewModel {

    /** What to move: every centre's every year, or one centre's year. */
    public record Choice(Optional<Long> centre, OptionalInt year) {
        public static Choice all() {
            return new Choice(Optional.empty(), OptionalInt.empty());
        }

        public static Choice one(long centre, int year) {
            return new Choice(Optional.of(centre), OptionalInt.of(year));
        }
    }

    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;

    public MoveToServerViewModel(TaskRunner runner, Messages messages, Clock clock) {
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
    }

    /** The centres of the laptop's folder with their years. */
    public void read(Path folder, Consumer<List<LaptopData.CentreYears>> done) {
        runner.run(messages.get("move.reading", folder.toString()), p -> {
            try (LaptopData laptop = LaptopData.open(new DataDirectory(folder), clock)) {
                return laptop.centres();
            }
        }, done);
    }

    /** How many packages "all" makes. */
    public int packageCount(List<LaptopData.CentreYears> centres) {
        return centres.stream().mapToInt(c -> c.years().size()).sum();
    }

    /** Writes the chosen packages into a new temporary folder. */
    public void write(Path folder, Choice choice, Consumer<List<LaptopData.Written>> done) {
        runner.run(messages.get("move.writing"), p -> {
            Path packages;
            try {
                packages = Files.createTempDirectory("samordna-move");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (LaptopData laptop = LaptopData.open(new DataDirectory(folder), clock)) {
                return laptop.writePackages(choice.centre(), choice.year(), packages);
            }
        }, done);
    }

    /** The preview dialog's title for the package {@code index} (0-based) of {@code count}. */
    public String packageTitle(int index, int count, LaptopData.Written written) {
        return messages.get("move.packageOf", index + 1, count, written.centre().name(),
                String.valueOf(written.year()));
    }

    public String done(int count) {
        return messages.get("move.done", count);
    }

    public String stopped(int done, int count) {
        return messages.get("move.stopped", done, count);
    }
}
