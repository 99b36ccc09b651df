package se.samordna.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import se.samordna.app.settings.AppPreferences;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Real workspaces (H2 files migrated by Flyway) in temporary folders, and throw-away preferences. */
public final class TestWorkspaces {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private TestWorkspaces() {
    }

    public static Workspace open(Path folder) {
        return Workspace.open(new DataDirectory(folder), CLOCK);
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

    public static void forget(AppPreferences preferences) {
        try {
            Preferences.userRoot().node("se/samordna-test").removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone.
        }
    }
}
