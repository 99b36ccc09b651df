package se.samordna.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private final Path home = Path.of("/home/anna");

    @Test
    void windowsUsesAppData() {
        DataDirectory dir = DataDirectory.platformDefault("Windows 11", Map.of("APPDATA", "/C/Users/anna/AppData/Roaming"),
                home);
        assertThat(dir.root()).isEqualTo(Path.of("/C/Users/anna/AppData/Roaming/Samordna"));
    }

    @Test
    void macUsesApplicationSupport() {
        DataDirectory dir = DataDirectory.platformDefault("Mac OS X", Map.of(), home);
        assertThat(dir.root()).isEqualTo(home.resolve("Library/Application Support/Samordna"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.platformDefault("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home).root())
                .isEqualTo(Path.of("/data/xdg/samordna"));
        assertThat(DataDirectory.platformDefault("Linux", Map.of(), home).root())
                .isEqualTo(home.resolve(".local/share/samordna"));
    }

    @Test
    void everythingLivesUnderTheRoot() {
        DataDirectory dir = new DataDirectory(Path.of("/x"));
        assertThat(dir.databaseBase()).isEqualTo(Path.of("/x/db/samordna"));
        assertThat(dir.backups()).isEqualTo(Path.of("/x/backups"));
        assertThat(dir.lockFile()).isEqualTo(Path.of("/x/samordna.lock"));
    }
}
