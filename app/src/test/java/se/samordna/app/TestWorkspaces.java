package se.samordna.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import se.samordna.app.feature.Feature;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.shell.Section;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Real workspaces (H2 files migrated by Flyway) in temporary folders, and throw-away preferences. */
public final class TestWorkspaces {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private TestWorkspaces() {
    }

    public static Workspace open(Path folder) {
        return se.samordna.core.TestDatabases.workspace(folder, CLOCK);
    }

    public static Workspace withExamples(Path folder) {
        Workspace workspace = open(folder);
        workspace.exampleData().create();
        return workspace;
    }

    /** Preferences in a node of their own, so tests never touch the user's settings. */
    public static AppPreferences preferences() {
        return new AppPreferences(Preferences.userRoot().node("se/samordna-test/" + UUID.randomUUID()));
    }

    /** The sections of the window in the sidebar's order, as a window over a new, empty workspace has them. */
    public static List<Section> sections() {
        try {
            Path folder = Files.createTempDirectory("samordna-sections");
            AppPreferences preferences = preferences();
            try (Workspace workspace = open(folder)) {
                return new AppContext(workspace, new SameThreadTaskRunner(), preferences,
                        Messages.forLanguage("sv"), CLOCK).features().stream().map(Feature::section).toList();
            } finally {
                forget(preferences);
                try (var paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The section of that name among {@link #sections()}. */
    public static Section section(String name) {
        return sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public static void forget(AppPreferences preferences) {
        try {
            Preferences.userRoot().node("se/samordna-test").removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
        }
    }
}
