package se.samordna.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported files are written whole, and a file that cannot be written is named in the failure. */
class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsWrittenAndReplacedWithNothingLeftBehind() throws Exception {
        Path target = dir.resolve("Avtal 🌻 مركز.pdf");
        SafeFiles.write(target, new byte[] {1, 2, 3});
        SafeFiles.write(target, new byte[] {4, 5});

        assertThat(Files.readAllBytes(target)).containsExactly(4, 5);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderThatIsGoneIsAFailureTheUserCanActOn() {
        Path target = dir.resolve("borttagen mapp").resolve("avtal.pdf");

        assertThatThrownBy(() -> SafeFiles.write(target, new byte[] {1}))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(SafeFiles.UNWRITABLE);
                    assertThat(e.arguments()).containsExactly(target.toAbsolutePath().toString());
                });
    }

    @Test
    void aFolderInTheWayOfTheFileIsAFailureTooAndTheFolderIsLeftAlone() throws Exception {
        Path target = Files.createDirectories(dir.resolve("avtal.pdf"));
        Files.writeString(target.resolve("inuti.txt"), "kvar");

        assertThatThrownBy(() -> SafeFiles.write(target, new byte[] {1}))
                .isInstanceOf(UserFacingException.class);
        assertThat(Files.readString(target.resolve("inuti.txt"))).isEqualTo("kvar");
    }
}
