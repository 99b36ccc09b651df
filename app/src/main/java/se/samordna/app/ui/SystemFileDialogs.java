package se.samordna.app.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

import se.samordna.core.common.FileNames;

/**
 * The operating system's file dialogs, opening in the user's documents folder ("Dokument" on a
 * Swedish system, "Documents" otherwise, else the home folder), not wherever the program happened to
 * be started.
 */
public final class SystemFileDialogs implements FileDialogs {
    private final Path home;

    public SystemFileDialogs() {
        this(Path.of(System.getProperty("user.home", ".")));
    }

    /** Dialogs that start below {@code home} instead of the user's home folder. */
    public SystemFileDialogs(Path home) {
        this.home = home;
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, ExtensionFilter... types) {
        FileChooser chooser = chooser(title, types);
        // Safe again here too: whatever a caller passes, the native dialog gets a name it can create.
        chooser.setInitialFileName(FileNames.safe(suggestedName));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> open(Window owner, String title, ExtensionFilter... types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path start) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        } else {
            startFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /** The chooser as it will be shown; separate so that a test can look at it without a screen. */
    FileChooser chooser(String title, ExtensionFilter... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(types);
        if (types.length > 0) {
            chooser.setSelectedExtensionFilter(types[0]);
        }
        startFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    /** The documents folder, else the home folder; empty when not even that exists (the system decides). */
    Optional<Path> startFolder() {
        return List.of(home.resolve("Dokument"), home.resolve("Documents"), home).stream()
                .filter(Files::isDirectory)
                .findFirst();
    }
}
