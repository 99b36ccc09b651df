package se.samordna.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.BackupManifest;
import se.samordna.core.db.BackupService;
import se.samordna.core.db.Database;
import se.samordna.core.db.DatabaseCheck;

/**
 * {@code Samordna --verify-data}: checks a data folder's database and every backup in it without
 * opening a window or writing anything, and reports what it found, for IT support; the caller words it.
 */
public final class DataFolderCheck {

    /** One line of the report: what was checked, and the problem's message key and arguments if any. */
    public record Finding(String what, Optional<UserFacingException> problem, Map<String, Long> rows) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private DataFolderCheck() {
    }

    /** Everything checked in {@code directory}, the database first; the lock must be free. */
    public static List<Finding> run(DataDirectory directory) {
        java.util.ArrayList<Finding> findings = new java.util.ArrayList<>();
        List<Path> zips = backupFiles(directory.backups());
        try {
            // A protected database cannot be opened without its password: its header is checked, no more.
            Map<String, Long> rows = DatabaseCheck.isEncrypted(directory.databaseBase())
                    ? headerOnly(directory) : DatabaseCheck.inspect(directory.databaseBase(), !zips.isEmpty());
            findings.add(new Finding(Database.fileOf(directory.databaseBase()).toString(), Optional.empty(), rows));
        } catch (UserFacingException e) {
            findings.add(new Finding(Database.fileOf(directory.databaseBase()).toString(), Optional.of(e), Map.of()));
        }
        for (Path zip : zips) {
            try {
                BackupManifest manifest = BackupService.keysOf(zip).isPresent() ? BackupService.manifestOf(zip)
                        : BackupService.verify(zip, directory.root().resolve("tmp"));
                findings.add(new Finding(zip.toString(), Optional.empty(), manifest.rows()));
            } catch (UserFacingException e) {
                findings.add(new Finding(zip.toString(), Optional.of(e), Map.of()));
            }
        }
        return findings;
    }

    private static Map<String, Long> headerOnly(DataDirectory directory) {
        DatabaseCheck.beforeOpen(directory.databaseBase(), true);
        se.samordna.core.db.ProtectionService.keysNeeded(directory.databaseBase());
        return Map.of();
    }

    private static List<Path> backupFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
