package se.samordna.core.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import se.samordna.core.common.UserFacingException;

/**
 * Brings a database to the schema this version of Samordna needs. The Flyway scripts in
 * {@code db/migration} are the only description of the schema.
 */
public final class Schema {

    /** What opening the database did to its schema. */
    public record Outcome(String fromVersion, String toVersion, int migrationsApplied, boolean createdNew) {
    }

    private Schema() {
    }

    /**
     * Applies pending migrations. When an existing database (one with data from an older version)
     * is about to be upgraded, {@code beforeUpgrade} runs first, so a backup can be made.
     */
    public static Outcome migrate(Database database, Runnable beforeUpgrade) {
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
            throw new UserFacingException("database.migrationFailed", e, e.getMessage());
        }
    }

    /** The newest version the database is at, or "" for an empty one. */
    public static String currentVersion(Database database) {
        MigrationInfo current = flyway(database).info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    static Flyway flyway(Database database) {
        return Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
