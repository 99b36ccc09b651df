package se.samordna.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import se.samordna.core.db.Database;
import se.samordna.core.db.Schema;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.db.ServerSettings;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * The database a test runs on: the H2 file in the test's folder (the default lane), or, in the
 * PostgreSQL lane ({@code -Dsamordna.test.database=postgresql}, with SAMORDNA_TEST_PG_URL,
 * SAMORDNA_TEST_PG_USER and SAMORDNA_TEST_PG_PASSWORD naming a server), a schema of its own on that
 * server, named after the folder so that a test which reopens its folder finds its data again.
 * Tests of what only the H2 file has (backups, crashes, damaged files) carry {@code @Tag("h2-only")}.
 */
public final class TestDatabases {
    public static final String LANE_PROPERTY = "samordna.test.database";

    private TestDatabases() {
    }

    /** Whether this run is the PostgreSQL lane. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(LANE_PROPERTY));
    }

    /** A workspace over the test's database, migrated to this version. */
    public static Workspace workspace(Path folder, Clock clock) {
        DataDirectory directory = new DataDirectory(folder);
        if (!onServer()) {
            return Workspace.open(directory, clock);
        }
        return Workspace.openServer(directory, server(schemaFor(folder)), clock);
    }

    /** A database for {@code base} (an H2 base path, or the schema named after it), migrated. */
    public static Database database(Path base) {
        Database database = onServer() ? server(schemaFor(base)) : Database.open(base);
        Schema.migrate(database, () -> { });
        return database;
    }

    /** The test server's settings, as the environment names them. */
    public static ServerSettings settings() {
        return ServerSettings.fromJdbcUrl(required("SAMORDNA_TEST_PG_URL"), required("SAMORDNA_TEST_PG_USER"));
    }

    /** The test server's password. */
    public static char[] password() {
        return required("SAMORDNA_TEST_PG_PASSWORD").toCharArray();
    }

    /** Opens the test server as its administrator, in {@code schema}. */
    public static ServerDatabase server(String schema) {
        return ServerDatabase.open(settings(), password(), Optional.of(schema));
    }

    /** The schema a test folder's data goes into: the same name for the same folder. */
    public static String schemaFor(Path folder) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "t_" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The PostgreSQL lane needs " + name + " in the environment (see README)");
        }
        return value;
    }
}
