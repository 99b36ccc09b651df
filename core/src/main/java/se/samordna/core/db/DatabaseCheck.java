package se.samordna.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks every start makes before the database is used: the file is an H2 database, it opens,
 * Flyway's history is one this version knows, every table of the schema is there and all its rows
 * can be read, and it holds no less than at the last clean close. A failed check throws
 * {@link DatabaseProblem}; nothing has been written to the file then.
 */
public final class DatabaseCheck {
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** How H2 begins a file written with CIPHER=AES (its FilePathEncrypt); the rest is ciphertext. */
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private DatabaseCheck() {
    }

    /**
     * Before opening: is there a file, and is it one H2 wrote? {@code expectExisting} says whether
     * a missing file is a problem (backups or an earlier close show there was a database).
     * Returns true when there is a file to open, false for a first start.
     */
    public static boolean beforeOpen(Path databaseBase, boolean expectExisting) {
        Path file = Database.fileOf(databaseBase);
        if (!Files.exists(file)) {
            if (expectExisting || CloseRecord.read(databaseBase).isPresent()) {
                throw new DatabaseProblem(DatabaseProblem.Kind.MISSING, file);
            }
            return false;
        }
        try {
            if (Files.isDirectory(file) || Files.size(file) == 0) {
                throw new DatabaseProblem(Files.isDirectory(file) ? DatabaseProblem.Kind.FOREIGN
                        : DatabaseProblem.Kind.EMPTY, file);
            }
            byte[] head = new byte[H2_ENCRYPTED_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                int read = in.readNBytes(head, 0, head.length);
                boolean plain = read >= H2_HEADER.length
                        && Arrays.equals(Arrays.copyOf(head, H2_HEADER.length), H2_HEADER);
                if (!plain && !(read == head.length && Arrays.equals(head, H2_ENCRYPTED_HEADER))) {
                    throw new DatabaseProblem(DatabaseProblem.Kind.FOREIGN, file);
                }
            }
        } catch (IOException e) {
            throw new se.samordna.core.common.UserFacingException("database.folderNotWritable", e, file.getParent());
        }
        return true;
    }

    /**
     * Checks a database file without writing to it (for {@code --verify-data}): the same checks as a
     * start, and the rows per table. Throws {@link DatabaseProblem} as a start would.
     */
    public static Map<String, Long> inspect(Path databaseBase, boolean expectExisting) {
        if (!beforeOpen(databaseBase, expectExisting)) {
            return Map.of();
        }
        return readOnly(databaseBase, null);
    }

    /**
     * Whether the database file is encrypted (written with CIPHER=AES), read from its first bytes.
     * The file decides, not the key file beside it: a switch of protection cut short by a crash
     * leaves a key file that may no longer belong to the database (decision record 0016).
     */
    public static boolean isEncrypted(Path databaseBase) {
        Path file = Database.fileOf(databaseBase);
        byte[] head = new byte[H2_ENCRYPTED_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false; // no file, or none to read: beforeOpen says what is wrong
        }
    }

    /**
     * The checks of an existing file, opened read-only so a doubtful file is never written: its
     * history, every row of every table, the last clean close, and, when its schema is this
     * version's, every table there. Returns the rows per table.
     */
    static Map<String, Long> readOnly(Path databaseBase, se.samordna.core.security.DataKey key) {
        H2Database check = H2Database.openForCheck(databaseBase, key);
        try {
            history(check);
            Map<String, Long> counts = contents(check);
            if (Schema.LATEST.equals(Schema.installedVersion(check))) {
                tablesComplete(check);
            }
            return counts;
        } finally {
            check.close();
        }
    }

    /** Right after opening, before any migration: a history this version can read. */
    public static void history(H2Database database) {
        database.withConnection(connection -> {
            Set<String> tables = new TreeSet<>(Schema.tablesIn(connection));
            boolean hasHistory;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                rows.next();
                hasHistory = rows.getInt(1) == 1;
            }
            if (!hasHistory) {
                if (!tables.isEmpty() || CloseRecord.read(database.basePath()).isPresent()) {
                    throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, database.file());
                }
                return null; // created but never migrated: a first start
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                         + "WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (!Schema.knownVersion(version)) {
                        throw new DatabaseProblem(isNewer(version) ? DatabaseProblem.Kind.NEWER_VERSION
                                : DatabaseProblem.Kind.DAMAGED, database.file());
                    }
                    if (!rows.getBoolean(2)) {
                        throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, database.file());
                    }
                }
            }
            return null;
        });
    }

    /** Every table of this version's schema is there (after migration, or in a file already at it). */
    static void tablesComplete(H2Database database) {
        Set<String> missing = database.withConnection(connection -> {
            Set<String> absent = new TreeSet<>(Schema.expectedTables());
            absent.removeAll(Schema.tablesIn(connection));
            return absent;
        });
        if (!missing.isEmpty()) {
            throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, database.file());
        }
    }

    /**
     * Every row of every table can be read, and no table holds fewer rows than at the last clean
     * close, nor is the file smaller. Returns the rows per table.
     */
    private static Map<String, Long> contents(H2Database database) {
        Map<String, Long> counts;
        try {
            counts = database.withConnection(connection -> {
                readEveryRow(connection);
                return Database.rowCounts(connection);
            });
        } catch (RuntimeException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, e, database.file());
        }
        Optional<CloseRecord> closed = CloseRecord.read(database.basePath());
        long size;
        try {
            size = Files.size(database.file());
        } catch (IOException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, e, database.file());
        }
        if (closed.isPresent() && closed.get().showsLossIn(size, counts)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.TRUNCATED, database.file());
        }
        return counts;
    }

    /** Reading each row makes H2 check every page's checksum: damage inside the data shows here. */
    private static void readEveryRow(Connection connection) throws SQLException {
        for (String table : Schema.tablesIn(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"PUBLIC\".\"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private static boolean isNewer(String version) {
        try {
            return Integer.parseInt(version) > Integer.parseInt(Schema.LATEST);
        } catch (NumberFormatException e) {
            return false;
        }
    }

}
