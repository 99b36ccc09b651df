package se.samordna.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import se.samordna.core.common.UserFacingException;

/**
 * Builds a database from a backup's script: the schema from Samordna's own migrations up to the
 * backup's version, then the script's rows (literals only, see {@link BackupScript}), then the
 * migrations after it. The result is compared with the manifest table by table.
 */
final class BackupLoader {

    private BackupLoader() {
    }

    /**
     * Loads {@code script} into the empty database behind {@code target}; with {@code toLatest} the
     * schema is then brought to this version's. Returns the rows per table as loaded.
     */
    static Map<String, Long> load(DataSource target, Path script, BackupManifest manifest, boolean toLatest) {
        if (!Schema.knownVersion(manifest.schemaVersion())) {
            throw new UserFacingException("backup.newerSchema", script.getFileName());
        }
        try {
            migrate(target, manifest.schemaVersion());
            Map<String, Long> loaded;
            try (Connection connection = target.getConnection()) {
                connection.setAutoCommit(false);
                Set<String> tables = new LinkedHashSet<>(Schema.tablesIn(connection));
                Set<String> missing = new TreeSet<>(tables);
                missing.removeAll(manifest.rows().keySet());
                Set<String> unknown = new TreeSet<>(manifest.rows().keySet());
                unknown.removeAll(tables);
                if (!missing.isEmpty() || !unknown.isEmpty()) {
                    throw new UserFacingException("backup.incomplete", String.join(", ", missing.isEmpty() ? unknown : missing));
                }
                BackupScript.load(script, connection, tables);
                restartIdentities(connection);
                connection.commit();
                loaded = Database.rowCounts(connection);
            }
            for (Map.Entry<String, Long> expected : manifest.rows().entrySet()) {
                if (!expected.getValue().equals(loaded.get(expected.getKey()))) {
                    throw new UserFacingException("backup.countMismatch", expected.getKey(),
                            expected.getValue(), loaded.getOrDefault(expected.getKey(), 0L));
                }
            }
            if (toLatest) {
                migrate(target, Schema.LATEST);
                try (Connection connection = target.getConnection()) {
                    Set<String> missing = new TreeSet<>(Schema.expectedTables());
                    missing.removeAll(Schema.tablesIn(connection));
                    if (!missing.isEmpty()) {
                        throw new UserFacingException("backup.incomplete", String.join(", ", missing));
                    }
                }
            }
            return loaded;
        } catch (SQLException e) {
            if (DiskErrors.isDiskFull(e)) {
                throw new UserFacingException("database.diskFull", e, "");
            }
            throw new UserFacingException("backup.loadFailed", e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new UserFacingException("backup.loadFailed", e, "");
        }
    }

    /** Loads the script into a throw-away in-memory database and returns the rows per table found there. */
    static Map<String, Long> verifyInScratch(Path script, BackupManifest manifest) {
        JdbcDataSource scratch = new JdbcDataSource();
        scratch.setURL("jdbc:h2:mem:samordna-verify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        scratch.setUser("sa");
        try {
            return load(scratch, script, manifest, false);
        } finally {
            try (Connection connection = scratch.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // the scratch database is gone either way once nothing refers to it
            }
        }
    }

    private static void migrate(DataSource target, String version) {
        Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/schema/common", "classpath:db/schema/h2")
                .failOnMissingLocations(true)
                .target(version)
                .load()
                .migrate();
    }

    /** After rows with their own ids went in, identity columns continue after the highest id. */
    private static void restartIdentities(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] identity : identities) {
            long next;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(\"" + identity[1] + "\"), 0) + 1 FROM \"PUBLIC\".\""
                         + identity[0] + "\"")) {
                rows.next();
                next = rows.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE \"PUBLIC\".\"" + identity[0] + "\" ALTER COLUMN \"" + identity[1]
                        + "\" RESTART WITH " + next);
            }
        }
    }
}
