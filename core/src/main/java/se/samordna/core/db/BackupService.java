package se.samordna.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.PrivateFiles;

/**
 * Backups of the whole database: a zip with H2's SQL script of the data and a manifest (see
 * decision record 0008). Each is restored into a scratch database and its rows compared before it
 * is listed; one that fails is deleted. An unchanged database makes no new exit backup. The ten
 * newest are kept, and the newest of each month for a year.
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("samordna-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.zip");
    private static final int MONTHS_KEPT = 12;
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final H2Database database;
    private final boolean local;
    private final Path directory;
    private final Clock clock;
    private final int keepNewest;
    private final String appVersion;

    public BackupService(H2Database database, Path directory, Clock clock, int keepNewest) {
        this(database, directory, clock, keepNewest, "");
    }

    public BackupService(H2Database database, Path directory, Clock clock, int keepNewest, String appVersion) {
        this(database, true, directory, clock, keepNewest, appVersion);
    }

    private BackupService(H2Database database, boolean local, Path directory, Clock clock, int keepNewest,
            String appVersion) {
        this.database = database;
        this.local = local;
        this.directory = directory;
        this.clock = clock;
        this.keepNewest = keepNewest;
        this.appVersion = appVersion == null ? "" : appVersion;
    }

    /**
     * On the shared server backups are the server's business (its administrators run pg_dump or
     * their own backup): this service then makes none and lists none, and says so.
     */
    public static BackupService onServer(Path directory, Clock clock) {
        return new BackupService(null, false, directory, clock, 0, "");
    }

    /** Whether backups are made here, of the database file on this computer. */
    public boolean isLocal() {
        return local;
    }

    public Path directory() {
        return directory;
    }

    /** Writes and verifies a backup now, then prunes old ones. */
    public Backup create(Backup.Reason reason) {
        return write(reason, false).orElseThrow();
    }

    /**
     * As {@link #create}, but makes none when the data is the same as in the newest backup (the
     * usual exit after only looking at things). Returns the backup made, or empty.
     */
    public Optional<Backup> createIfChanged(Backup.Reason reason) {
        return write(reason, true);
    }

    /**
     * The last backup that failed, while no backup has succeeded since: shown to the coordinator
     * (the exit backup fails after the window has closed, so this is how they hear of it).
     */
    public Optional<BackupFailure> lastFailure() {
        return BackupFailure.readFrom(directory);
    }

    private Optional<Backup> write(Backup.Reason reason, boolean onlyIfChanged) {
        if (!local) {
            throw new UserFacingException("backup.onServer");
        }
        try {
            Optional<Backup> made = writeUnrecorded(reason, onlyIfChanged);
            BackupFailure.clear(directory);
            return made;
        } catch (UserFacingException e) {
            BackupFailure.of(LocalDateTime.now(clock), reason, e).writeTo(directory);
            throw e;
        }
    }

    private Optional<Backup> writeUnrecorded(Backup.Reason reason, boolean onlyIfChanged) {
        createDirectory();
        Path file = uniqueFile(reason);
        Path script = directory.resolve("." + file.getFileName() + ".sql.part");
        Path part = directory.resolve("." + file.getFileName() + ".part");
        try {
            Snapshot snapshot = database.withConnection(connection -> snapshot(connection, script));
            String sha = BackupFile.sha256(script);
            String dataSha = BackupFile.dataSha256(script);
            if (onlyIfChanged && newestManifest().map(m -> m.dataSha256().equals(dataSha)).orElse(false)) {
                return Optional.empty();
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT_VERSION, appVersion,
                    snapshot.schemaVersion(), LocalDateTime.now(clock), reason, sha, Files.size(script), dataSha,
                    snapshot.rows());
            // Loading it is also the check that it holds only what Samordna's backups hold (BackupScript).
            Map<String, Long> restored = BackupLoader.verifyInScratch(script, manifest);
            if (!restored.equals(snapshot.rows())) {
                throw new UserFacingException("backup.verifyFailed", directory);
            }
            BackupFile.write(part, manifest, script, sealing());
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            Backup created = describe(file).orElseThrow(() -> new UserFacingException("backup.verifyFailed", directory));
            prune(created);
            return Optional.of(created);
        } catch (IOException e) {
            if (DiskErrors.isDiskFull(e)) {
                throw new UserFacingException("database.diskFull", e, directory);
            }
            throw new UserFacingException("backup.folderNotWritable", e, directory);
        } catch (UserFacingException e) {
            if (DiskErrors.isDiskFull(e)) {
                throw new UserFacingException("database.diskFull", e, directory);
            }
            throw e;
        } finally {
            deleteQuietly(script);
            deleteQuietly(part);
        }
    }

    /** How the backups of this database are sealed: null while it is a plain file (decision record 0016). */
    private BackupFile.Sealing sealing() {
        DataKey key = database == null ? null : database.key();
        if (key == null) {
            return null;
        }
        KeyFile keys = KeyFile.read(KeyFile.beside(database.basePath()))
                .filter(k -> k.keyId().equals(key.id()))
                .orElseThrow(() -> new UserFacingException("security.keyFileMissing",
                        KeyFile.beside(database.basePath()).getFileName()));
        return new BackupFile.Sealing(key, keys);
    }

    /**
     * The wrapped keys of a backup of a protected database, for asking the password or recovery code
     * that opens it; empty for a plain backup.
     */
    public static Optional<KeyFile> keysOf(Path backupFile) {
        return BackupFile.readKeys(backupFile);
    }

    /** The manifest of a backup alone (row counts, no data): all that is read of a protected one without its key. */
    public static BackupManifest manifestOf(Path backupFile) {
        return BackupFile.readManifest(backupFile);
    }

    /** Whether restoring this backup needs its password or recovery code (it was made with another key). */
    public boolean needsKey(Path backupFile) {
        DataKey own = database == null ? null : database.key();
        return keysOf(backupFile).map(keys -> own == null || !keys.keyId().equals(own.id())).orElse(false);
    }

    /** The live database as the script was written: its schema version and the rows per table. */
    private record Snapshot(String schemaVersion, Map<String, Long> rows) {
    }

    private static Snapshot snapshot(Connection connection, Path script) throws java.sql.SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Map<String, Long> rows = Database.rowCounts(connection);
            String version = Schema.installedVersion(connection);
            try (Statement statement = connection.createStatement()) {
                // SIMPLE: one INSERT per row; BLOCKSIZE: attachments inline as literals, so the script
                // needs none of H2's helper functions to be read back.
                statement.execute("SCRIPT SIMPLE NOSETTINGS BLOCKSIZE 2147483647 TO " + quote(script) + " CHARSET 'UTF-8'");
            }
            connection.commit();
            return new Snapshot(version, rows);
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The verified backups there are, newest first. */
    public List<Backup> list() {
        if (!local || !Files.isDirectory(directory)) {
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

    /** Whether the folder holds any file named as a Samordna backup: a sign there was a database here. */
    public boolean hasBackups() {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> NAME.matcher(file.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new UserFacingException("backup.folderNotReadable", e, directory);
        }
    }

    /** The newest backup, if there is one: what a rescue after damage would put back. */
    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /**
     * Puts back the backup in {@code backupFile}. The backup is read, checked and loaded into a new
     * database file beside the present one before anything changes; then the present state is backed
     * up and the files are swapped. Returns the backup of the state before.
     */
    public Backup restore(Path backupFile) {
        return restore(backupFile, null);
    }

    /**
     * As {@link #restore(Path)} for a backup of a protected database: {@code backupKey} opens it (from
     * its password or recovery code; null when it was made with this database's own key). The restored
     * database is encrypted as the present one is.
     */
    public Backup restore(Path backupFile, DataKey backupKey) {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserFacingException("backup.missing", backupFile);
        }
        Path work = workFolder(directory, ".restore-");
        try {
            Path prepared = work.resolve("restored");
            prepare(backupFile, prepared, work, backupKey != null ? backupKey : database.key(), database.key());
            Backup safety = create(Backup.Reason.BEFORE_RESTORE);
            database.replaceWith(Database.fileOf(prepared));
            return safety;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * For a start whose own database cannot be trusted, with no database open: moves the file aside as
     * {@code samordna-skadad-<time>.mv.db} (never deleting it) and makes a new one from {@code backupFile}.
     * If that fails, the old file is put back. Returns where the old file now is, if there was one.
     */
    public static Optional<Path> rescue(Path backupFile, Path databaseBase, Path workParent, Clock clock) {
        return rescue(backupFile, databaseBase, workParent, clock, null);
    }

    /** As {@link #rescue(Path, Path, Path, Clock)}, the backup opened and the new file encrypted with {@code key}. */
    public static Optional<Path> rescue(Path backupFile, Path databaseBase, Path workParent, Clock clock, DataKey key) {
        Path file = Database.fileOf(databaseBase);
        Path work = workFolder(workParent, ".restore-");
        try {
            Path prepared = work.resolve("restored");
            prepare(backupFile, prepared, work, key, key);
            Optional<Path> aside = moveAside(file, clock);
            try {
                Files.createDirectories(file.getParent());
                Files.move(Database.fileOf(prepared), file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                aside.ifPresent(moved -> moveBack(moved, file));
                throw new UserFacingException("backup.restoreFailed", e);
            }
            CloseRecord.forget(databaseBase); // it described the file moved aside
            return aside;
        } finally {
            deleteTree(work);
        }
    }

    private static Optional<Path> moveAside(Path file, Clock clock) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling("samordna-skadad-" + ASIDE_STAMP.format(LocalDateTime.now(clock)) + ".mv.db");
        try {
            Files.move(file, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw new UserFacingException("database.folderNotWritable", e, file.getParent());
        }
    }

    private static void moveBack(Path aside, Path file) {
        try {
            if (!Files.exists(file)) {
                Files.move(aside, file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The damaged database stays at " + aside, e);
        }
    }

    /** Checks a backup all the way: its zip, checksum, statements, and a load into a scratch database. */
    public static BackupManifest verify(Path backupFile, Path workParent) {
        return verify(backupFile, workParent, null);
    }

    /** As {@link #verify(Path, Path)}, an encrypted backup opened with {@code key}. */
    public static BackupManifest verify(Path backupFile, Path workParent, DataKey key) {
        Path work = workFolder(workParent, ".verify-");
        try {
            Path script = work.resolve(BackupFile.SCRIPT_ENTRY);
            BackupManifest manifest = BackupFile.extract(backupFile, script, key);
            BackupLoader.verifyInScratch(script, manifest);
            return manifest;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Builds a new database file at {@code preparedBase} from a backup: the backup opened with
     * {@code readKey} (if it is encrypted), the new file encrypted with {@code targetKey} (null: plain).
     */
    static BackupManifest prepare(Path backupFile, Path preparedBase, Path work, DataKey readKey, DataKey targetKey) {
        Path script = work.resolve(BackupFile.SCRIPT_ENTRY);
        BackupManifest manifest = BackupFile.extract(backupFile, script, readKey);
        H2Database fresh = H2Database.open(preparedBase, targetKey);
        try {
            BackupLoader.load(fresh.dataSource(), script, manifest, true);
        } finally {
            fresh.close();
            deleteQuietly(script);
        }
        return manifest;
    }

    /**
     * Rewrites every backup of this folder sealed as {@code to} says (null: plain), when protection is
     * turned on or off: each opened with {@code from} (the key it was made with, null for plain ones),
     * written anew beside itself, read back and checked against its manifest, and only then put in the
     * old one's place. A backup made with another key is left as it is. Returns how many were rewritten.
     */
    int reseal(DataKey from, BackupFile.Sealing to, java.util.function.BiConsumer<Integer, Integer> progress) {
        List<Backup> all = list();
        int done = 0;
        int index = 0;
        for (Backup backup : all) {
            progress.accept(index++, all.size());
            Optional<KeyFile> keys = keysOf(backup.file());
            boolean sealedNow = keys.isPresent();
            if (sealedNow && (from == null || !keys.get().keyId().equals(from.id()))) {
                LOG.warning("Backup " + backup.file().getFileName() + " was made with another key; left as it is");
                continue;
            }
            if (!sealedNow && to == null || sealedNow && to != null && to.key().equals(from)) {
                continue; // already as it should be
            }
            Path work = workFolder(directory, ".reseal-");
            try {
                Path script = work.resolve(BackupFile.SCRIPT_ENTRY);
                BackupManifest manifest = BackupFile.extract(backup.file(), script, from);
                Path part = work.resolve(backup.file().getFileName() + ".part");
                BackupFile.write(part, manifest, script, to);
                BackupFile.extract(part, work.resolve("check.sql"), to == null ? null : to.key());
                Files.move(part, backup.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done++;
            } catch (IOException e) {
                throw new UserFacingException("backup.folderNotWritable", e, directory);
            } finally {
                deleteTree(work);
            }
        }
        progress.accept(all.size(), all.size());
        return done;
    }

    /** Files named as a backup whose wrapped keys are not those of {@code keyId}: those a switch left plain. */
    List<Path> notSealedWith(String keyId) {
        return list().stream().map(Backup::file)
                .filter(file -> !keysOf(file).map(k -> k.keyId().equals(keyId)).orElse(false))
                .toList();
    }

    /** A new folder for the files of one restore or check, inside {@code parent}; deleted afterwards. */
    static Path workFolder(Path parent, String prefix) {
        try {
            PrivateFiles.folder(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UserFacingException("backup.folderNotWritable", e, parent);
        }
    }

    private void createDirectory() {
        try {
            PrivateFiles.folder(directory);
        } catch (IOException e) {
            throw new UserFacingException("backup.folderNotWritable", e, directory);
        }
    }

    private Optional<BackupManifest> newestManifest() {
        return newest().map(b -> BackupFile.readManifest(b.file()));
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

    /**
     * Keeps the {@code keepNewest} newest, the newest of each of the last twelve months, and always
     * {@code created}; deletes the rest.
     */
    private void prune(Backup created) {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        keep.add(created.file());
        all.stream().limit(keepNewest).forEach(b -> keep.add(b.file()));
        YearMonth oldestMonth = YearMonth.from(created.createdAt()).minusMonths(MONTHS_KEPT - 1);
        Set<YearMonth> monthsSeen = new HashSet<>();
        for (Backup backup : all) { // newest first: the first of each month is its newest
            YearMonth month = YearMonth.from(backup.createdAt());
            if (!month.isBefore(oldestMonth) && monthsSeen.add(month)) {
                keep.add(backup.file());
            }
        }
        for (Backup old : all) {
            if (!keep.contains(old.file())) {
                deleteQuietly(old.file());
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
            BackupManifest manifest = BackupFile.readManifest(file);
            return Optional.of(new Backup(file, created, reason, Files.size(file), manifest.contents()));
        } catch (DateTimeParseException | IOException | UserFacingException e) {
            return Optional.empty(); // not a backup Samordna made and verified: never offered
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + folder, e);
        }
    }

    private static String quote(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
