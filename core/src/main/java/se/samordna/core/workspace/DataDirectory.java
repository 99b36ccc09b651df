package se.samordna.core.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's Samordna data lives: Windows %APPDATA%\Samordna, macOS
 * ~/Library/Application Support/Samordna, elsewhere $XDG_DATA_HOME/samordna or
 * ~/.local/share/samordna. A --data-dir option overrides it.
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** The platform's default folder, resolved from the OS name, the environment and the home folder. */
    public static DataDirectory platformDefault(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return new DataDirectory(base.resolve("Samordna"));
        }
        if (os.startsWith("mac")) {
            return new DataDirectory(userHome.resolve("Library").resolve("Application Support").resolve("Samordna"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? userHome.resolve(".local").resolve("share") : Path.of(xdg);
        return new DataDirectory(base.resolve("samordna"));
    }

    /** The default folder of the machine this runs on. */
    public static DataDirectory forThisMachine() {
        return platformDefault(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** The database's base path; H2 adds ".mv.db". */
    public Path databaseBase() {
        return root.resolve("db").resolve("samordna");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve("samordna.lock");
    }
}
