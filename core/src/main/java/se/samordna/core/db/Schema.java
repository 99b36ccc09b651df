package se.samordna.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import se.samordna.core.common.UserFacingException;

/**
 * Brings a database to the schema this version of Samordna needs. The Flyway scripts are the only
 * description of the schema: {@code db/schema/common} for both kinds of database, {@code db/schema/h2}
 * and {@code db/postgresql} for the versions whose SQL must differ (decision record 0017).
 */
public final class Schema {

    /** What opening the database did to its schema. */
    public record Outcome(String fromVersion, String toVersion, int migrationsApplied, boolean createdNew) {
    }

    /**
     * The newest migration this version ships ({@code V<LATEST>__…sql}); a test keeps it equal to the
     * highest script in {@code db/schema}. A database already at this version opens without Flyway.
     */
    public static final String LATEST = "16";

    private Schema() {
    }

    /**
     * Applies pending migrations. When an existing database (one with data from an older version)
     * is about to be upgraded, {@code beforeUpgrade} runs first, so a backup can be made.
     */
    public static Outcome migrate(Database database, Runnable beforeUpgrade) {
        // The common case, every start after the first: the schema is current. Flyway's scan of the
        // class path costs a few hundred milliseconds on the way to the window, so ask the table itself.
        String installed = installedVersion(database);
        if (LATEST.equals(installed)) {
            return new Outcome(LATEST, LATEST, 0, false);
        }
        if (database.isServer() && !installed.isEmpty() && !knownVersion(installed)) {
            throw new UserFacingException("server.schemaNewer", database.file(), installed);
        }
        Flyway flyway = flyway(database);
        MigrationInfo current = flyway.info().current();
        boolean createdNew = current == null;
        if (!createdNew && flyway.info().pending().length > 0) {
            beforeUpgrade.run();
        }
        try {
            MigrateResult result = flyway.migrate();
            return new Outcome(createdNew ? "" : current.getVersion().getVersion(),
                    result.targetSchemaVersion == null ? (createdNew ? "" : current.getVersion().getVersion())
                            : result.targetSchemaVersion,
                    result.migrationsExecuted, createdNew);
        } catch (RuntimeException e) {
            if (database.isServer()) {
                throw e instanceof UserFacingException ufe ? ufe
                        : new UserFacingException("server.migrationFailed", e, database.file());
            }
            if (DiskErrors.isDiskFull(e)) {
                throw new UserFacingException("database.diskFull", e, database.file().getParent());
            }
            if (createdNew) {
                throw new UserFacingException("database.createFailed", e, database.file().getParent());
            }
            throw new UserFacingException("database.migrationFailed", e, database.file().getParent());
        }
    }

    /** The newest version the database is at, or "" for an empty one. */
    public static String currentVersion(Database database) {
        MigrationInfo current = flyway(database).info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    /** The version of the newest successful migration in Flyway's table, or "" when there is none. */
    static String installedVersion(Database database) {
        try {
            return database.withConnection(Schema::installedVersion);
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String installedVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "";
        } catch (SQLException e) {
            return ""; // no history table yet: a new database
        }
    }

    /**
     * The tables of the connection's schema (PUBLIC in H2), Flyway's history left out, by name in
     * upper case as H2 and jOOQ's generated code spell them (PostgreSQL keeps them in lower case).
     */
    static java.util.List<String> tablesIn(Connection connection) throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE' "
                     + "AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        java.util.Collections.sort(tables);
        return tables;
    }

    /** The tables this version of Samordna needs. */
    static java.util.Set<String> expectedTables() {
        return MetaStore.schemaTables();
    }

    /** The versions of the migrations this Samordna ships, 1 to {@link #LATEST}. */
    static boolean knownVersion(String version) {
        try {
            int number = Integer.parseInt(version);
            return number >= 1 && number <= Integer.parseInt(LATEST);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where the scripts for this kind of database are. */
    static String[] locations(Database database) {
        return database.isServer()
                ? new String[] {"classpath:db/schema/common", "classpath:db/postgresql"}
                : new String[] {"classpath:db/schema/common", "classpath:db/schema/h2"};
    }

    static Flyway flyway(Database database) {
        var configuration = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(locations(database))
                .failOnMissingLocations(true);
        if (database instanceof ServerDatabase server) {
            configuration.schemas(server.schema()).defaultSchema(server.schema());
        }
        return configuration.load();
    }
}
