package se.samordna.core.access;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samordna.core.TestDatabases;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.db.ServerSettings;

/**
 * Login roles for one test on the PostgreSQL lane. Roles belong to the whole server, so each is named after
 * the test's schema, and all are dropped at the end.
 */
final class AccessFixture implements AutoCloseable {
    static final String PASSWORD = "ett-bra-lösenord";

    private final String schema;
    private final List<String> roles = new ArrayList<>();

    AccessFixture(Path folder) {
        this.schema = TestDatabases.schemaFor(folder);
    }

    String schema() {
        return schema;
    }

    /** A role name unique to this test: the schema's name and {@code suffix}. */
    String role(String suffix) {
        String name = schema + "_" + suffix;
        roles.add(name);
        return name;
    }

    /** A plain JDBC connection as {@code user} with their own password, in the test's schema. */
    Connection connectAs(String user) throws SQLException {
        Connection connection = DriverManager.getConnection(System.getenv("SAMORDNA_TEST_PG_URL"), user, PASSWORD);
        connection.setSchema(schema);
        return connection;
    }

    /** The app's own database, logged in as {@code user}. */
    ServerDatabase serverAs(String user) {
        ServerSettings admin = TestDatabases.settings();
        ServerSettings settings = new ServerSettings(admin.host(), admin.port(), admin.database(), user, admin.tls(),
                admin.rootCertificate());
        return ServerDatabase.open(settings, PASSWORD.toCharArray(), Optional.of(schema));
    }

    /** A connection as the test server's administrator (a superuser, whom row-level security does not stop). */
    Connection connectAsOwner() throws SQLException {
        Connection connection = DriverManager.getConnection(System.getenv("SAMORDNA_TEST_PG_URL"),
                System.getenv("SAMORDNA_TEST_PG_USER"), System.getenv("SAMORDNA_TEST_PG_PASSWORD"));
        connection.setSchema(schema);
        return connection;
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection owner = connectAsOwner(); Statement statement = owner.createStatement()) {
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        }
    }
}
