package se.samordna.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.samordna.core.common.UserFacingException;

/**
 * Backups of the whole database as H2 SQL scripts in zip files. A script (not a copy of the file)
 * can be read back by any later H2 version, so an old backup restores into a newer Samordna.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("samordna-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.zip");

    private final Database database;
    private final Path directory;
    private final Clock clock;
    private final int keepPerReason;

    public BackupService(Database database, Path directory, Clock clock, int keepPerReason) {
        this.database = database;
        this.directory = directory;
        this.clock = clock;
        this.keepPerReason = keepPerReason;
    }

    public Path directory() {
        return directory;
    }

    /** Writes a backup now and prunes old ones of the same reason beyond the number kept. */
    public Backup create(Backup.Reason reason) {
        Path file = uniqueFile(reason);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserFacingException("backup.folderNotWritable", e, directory);
        }
        database.execute("SCRIPT TO " + quote(file) + " COMPRESSION ZIP");
        Backup created = describe(file).orElseThrow();
        prune(created);
        return created;
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(BackupService::describe)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UserFacingException("backup.folderNotReadable", e, directory);
        }
    }

    /**
     * Puts back {@code backup}. The present state is backed up first, so a restore can itself be
     * undone; the restored data is then migrated to the current schema.
     */
    public Backup restore(Path backupFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserFacingException("backup.missing", backupFile);
        }
        Backup safety = create(Backup.Reason.BEFORE_RESTORE);
        database.replaceContents(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + quote(backupFile) + " COMPRESSION ZIP");
            } catch (SQLException e) {
                throw new UserFacingException("backup.unreadable", e, backupFile.getFileName());
            }
        });
        Schema.migrate(database, () -> { });
        return safety;
    }

    private Path uniqueFile(Backup.Reason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path file = directory.resolve(fileName(now, reason));
        while (Files.exists(file)) {
            now = now.plusNanos(1_000_000);
            file = directory.resolve(fileName(now, reason));
        }
        return file;
    }

    private static String fileName(LocalDateTime time, Backup.Reason reason) {
        return "samordna-" + STAMP.format(time) + "-" + reason.fileTag() + ".zip";
    }

    /** Keeps the newest backups of {@code created}'s reason, and always {@code created} itself. */
    private void prune(Backup created) {
        List<Backup> sameReason = new ArrayList<>(list().stream()
                .filter(b -> b.reason() == created.reason() && !b.file().equals(created.file())).toList());
        int keepOthers = Math.max(0, keepPerReason - 1);
        for (Backup old : sameReason.subList(Math.min(keepOthers, sameReason.size()), sameReason.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old backup that cannot be removed does no harm; try again next time.
            }
        }
    }

    private static Optional<Backup> describe(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Backup.Reason reason = Backup.Reason.fromFileTag(matcher.group(2));
        if (reason == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime created = LocalDateTime.parse(matcher.group(1), STAMP);
            return Optional.of(new Backup(file, created, reason, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    private static String quote(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
