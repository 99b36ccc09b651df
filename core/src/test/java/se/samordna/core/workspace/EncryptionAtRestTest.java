package se.samordna.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;
import se.samordna.core.db.Database;
import se.samordna.core.db.DatabaseProblem;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.PrivateFiles;
import se.samordna.core.security.Progress;
import se.samordna.core.security.RecoveryCode;

/** Issue 18 on real H2 files and real backups: the whole life of a protected data folder. */
class EncryptionAtRestTest {
    private static final char[] PASSWORD = "Blåbärssoppa 2026".toCharArray();
    private static final char[] NEW_PASSWORD = "Lingonsylt och pannkaka".toCharArray();
    /** People, e-mail addresses and free text of the example data. */
    private static final List<String> PERSONAL = List.of("Anna Lindqvist", "Karin Holmberg", "Ida Persson",
            "Göran Olsson", "ida.persson@krokom.example.se", "goran.olsson@krokom.example.se", "Fyrklövern",
            "Bibliotekarie med barnboksprat");

    @TempDir
    Path dir;

    @Test
    void aProtectedFolderGivesNothingAwayAndOpensWithThePasswordOrTheRecoveryCode() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            workspace.exampleData().create();
            workspace.backups().create(Backup.Reason.MANUAL);
        }
        // Sanity: the plain file shows the names (so the test below would see them if they were there).
        assertThat(leaks(Database.fileOf(data.databaseBase()))).isNotEmpty();
        assertThat(Workspace.keysNeeded(data)).isEmpty();

        RecoveryCode code;
        List<Long> progress = new ArrayList<>();
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            code = workspace.protection().enable(PASSWORD, (done, total) -> progress.add(done * 100 / total));
            assertThat(workspace.protection().enabled()).isTrue();
            assertThat(workspace.centres().list()).hasSize(3); // in use at once, on the encrypted file
            workspace.backups().create(Backup.Reason.MANUAL);
            workspace.closeWithBackup();
        }
        assertThat(progress).contains(100L);

        assertNothingLeaks(data);
        KeyFile keys = Workspace.keysNeeded(data).orElseThrow();
        assertThatThrownBy(() -> keys.unlockWithPassword("fel lösenord!".toCharArray()))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone()))
                .isInstanceOf(DatabaseProblem.class); // without its key the file is not a database one can read
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone(), keys.unlockWithPassword(PASSWORD))) {
            assertThat(workspace.centres().list()).hasSize(3);
        }
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone(), keys.unlockWithRecoveryCode(code))) {
            assertThat(workspace.centres().list()).hasSize(3);
            // Changing the password rewrites the key file only: the database file stays byte for byte.
            String before = sha(Database.fileOf(data.databaseBase()));
            workspace.protection().changePassword(PASSWORD, NEW_PASSWORD);
            assertThat(sha(Database.fileOf(data.databaseBase()))).isEqualTo(before);
            assertThatThrownBy(() -> workspace.protection().changePassword(PASSWORD, NEW_PASSWORD))
                    .isInstanceOf(UserFacingException.class);
        }
        KeyFile changed = Workspace.keysNeeded(data).orElseThrow();
        assertThatThrownBy(() -> changed.unlockWithPassword(PASSWORD)).isInstanceOf(UserFacingException.class);
        assertThat(changed.unlockWithPassword(NEW_PASSWORD)).isEqualTo(changed.unlockWithRecoveryCode(code));

        if (PrivateFiles.posix()) {
            try (Stream<Path> files = Files.walk(data.root())) {
                for (Path path : files.toList()) {
                    assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
                            .isEqualTo(Files.isDirectory(path) ? folderPermissions() : filePermissions());
                }
            }
        }
    }

    @Test
    void aBackupOfAProtectedFolderIsRestoredOnAnotherFolderWithTheRecoveryCode() {
        DataDirectory first = new DataDirectory(dir.resolve("first"));
        RecoveryCode code;
        Backup backup;
        try (Workspace workspace = Workspace.open(first, Clock.systemDefaultZone())) {
            workspace.exampleData().create();
            code = workspace.protection().enable(PASSWORD, Progress.NONE);
            backup = workspace.backups().create(Backup.Reason.MANUAL);
        }
        DataDirectory second = new DataDirectory(dir.resolve("second"));
        try (Workspace workspace = Workspace.open(second, Clock.systemDefaultZone())) {
            workspace.exampleData().declineExamples();
            BackupService backups = workspace.backups();
            assertThat(backups.needsKey(backup.file())).isTrue();
            assertThatThrownBy(() -> backups.restore(backup.file())).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("backup.locked");
            assertThat(workspace.centres().list()).isEmpty(); // a refused restore changed nothing

            KeyFile keys = BackupService.keysOf(backup.file()).orElseThrow();
            DataKey key = keys.unlockWithRecoveryCode(RecoveryCode.parse(code.grouped().toLowerCase()).orElseThrow());
            backups.restore(backup.file(), key);
            assertThat(workspace.centres().list()).hasSize(3);
            // The second folder was not protected, and stays so: its data is now plain, as it was.
            assertThat(workspace.protection().enabled()).isFalse();
        }
    }

    @Test
    void turningProtectionOffAsksForThePasswordAndLeavesPlainFiles() throws IOException {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            workspace.exampleData().create();
            workspace.protection().enable(PASSWORD, Progress.NONE);
            assertThatThrownBy(() -> workspace.protection().disable("inte rätt lösenord".toCharArray(), Progress.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("security.wrongPassword");
            assertThat(workspace.protection().enabled()).isTrue();
            workspace.protection().disable(PASSWORD, Progress.NONE);
            assertThat(workspace.protection().enabled()).isFalse();
            assertThat(workspace.centres().list()).hasSize(3);
            for (Backup backup : workspace.backups().list()) {
                assertThat(BackupService.keysOf(backup.file())).isEmpty();
                BackupService.verify(backup.file(), dir.resolve("tmp"));
            }
        }
        assertThat(Workspace.keysNeeded(data)).isEmpty();
        assertThat(KeyFile.beside(data.databaseBase())).doesNotExist();
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.centres().list()).hasSize(3);
        }
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefusedAndNothingChanges() {
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> workspace.protection().enable("kort".toCharArray(), Progress.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("security.passwordTooShort");
            assertThat(workspace.protection().enabled()).isFalse();
        }
        assertThat(Workspace.keysNeeded(data)).isEmpty();
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> folderPermissions() {
        return java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> filePermissions() {
        return java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    }

    /** Every file of the folder, and every entry of every backup zip, free of the example's names. */
    private static void assertNothingLeaks(DataDirectory data) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(data.root())) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".mv.db"));
        assertThat(files.stream().filter(f -> f.toString().endsWith(".zip")).count()).isGreaterThanOrEqualTo(3);
        for (Path file : files) {
            assertThat(leaks(file)).as(file.toString()).isEmpty();
            if (file.toString().endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        assertThat(leaks(zip.readAllBytes())).as(file + "!" + entry.getName()).isEmpty();
                    }
                }
            }
        }
    }

    private static List<String> leaks(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return leaks(in.readAllBytes());
        }
    }

    /** Which of the example's personal data the bytes hold, in UTF-8 or UTF-16 (either byte order). */
    private static List<String> leaks(byte[] bytes) {
        String[] readings = {new String(bytes, StandardCharsets.ISO_8859_1)};
        List<String> found = new ArrayList<>();
        for (String text : PERSONAL) {
            for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                    StandardCharsets.UTF_16LE)) {
                String needle = new String(text.getBytes(charset), StandardCharsets.ISO_8859_1);
                if (readings[0].contains(needle)) {
                    found.add(text + " (" + charset + ")");
                }
            }
        }
        return found;
    }

    private static String sha(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
