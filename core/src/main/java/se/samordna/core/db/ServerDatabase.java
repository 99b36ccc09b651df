package se.samordna.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLException;
import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import se.samordna.core.common.UserFacingException;

/**
 * A shared PostgreSQL server (a county's or a municipality's): a real connection pool, each user
 * logged in as themselves, and the same schema as the H2 file (the scripts in {@code db/schema/common}
 * and {@code db/postgresql}, decision record 0017). Backups are the server's business, not
 * Samordna's.
 */
public final class ServerDatabase extends Database {
    private static final Logger LOG = Logger.getLogger(ServerDatabase.class.getName());

    private final ServerSettings settings;
    private final String schema;
    private HikariDataSource pool;

    private ServerDatabase(ServerSettings settings, String schema) {
        this.settings = settings;
        this.schema = schema;
    }

    /**
     * Connects as {@code user} and checks the connection at once, so a wrong password, a missing
     * database or a refused certificate is said before anything else is tried. {@code schema}: the
     * PostgreSQL schema Samordna's tables are in ("public" unless the server's administrator chose
     * another; the test lane gives each test one of its own).
     */
    public static ServerDatabase open(ServerSettings settings, char[] password, Optional<String> schema) {
        ServerDatabase database = new ServerDatabase(settings, schema.orElse("public"));
        database.connect(password);
        return database;
    }

    /** The settings this database was opened with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The PostgreSQL schema the tables are in. */
    public String schema() {
        return schema;
    }

    /** The name the user logged in with, which row-level security and the audit trail know them by. */
    public String user() {
        return settings.user();
    }

    private void connect(char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(new String(password));
        config.setSchema(schema);
        config.setPoolName("samordna-server");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1); // fail below, with the driver's own reason
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "Samordna");
        config.addDataSourceProperty("connectTimeout", "10");
        HikariDataSource newPool = new HikariDataSource(config);
        try (Connection probe = newPool.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            newPool.close();
            throw translateOpenFailure(e);
        }
        pool = newPool;
        useDsl(DSL.using(pool, SQLDialect.POSTGRES, new Settings()
                .withRenderNameCase(RenderNameCase.LOWER)
                .withRenderSchema(false)));
    }

    /**
     * Tries the settings without keeping the connection: {@code Inställningar › Databas › Testa
     * anslutningen}. Returns the server's version; throws the same Swedish messages as opening.
     */
    public static String test(ServerSettings settings, char[] password) {
        ServerDatabase database = open(settings, password, Optional.empty());
        try {
            return database.withConnection(connection -> connection.getMetaData().getDatabaseProductVersion());
        } finally {
            database.close();
        }
    }

    @Override
    public String who() {
        return user();
    }

    @Override
    public Path file() {
        return Path.of(settings.describe());
    }

    @Override
    public void abandon() {
        close();
    }

    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            if (pool != null) {
                pool.close();
                pool = null;
                useDsl(null);
            }
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    @Override
    DataSource dataSource() {
        return pool;
    }

    @Override
    RuntimeException translate(Exception e) {
        SQLException sql = sqlCause(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("42501")) {
            return new UserFacingException("server.noAccess", e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new UserFacingException("server.busy", e);
        }
        if (state.startsWith("08") || state.equals("57P01")) {
            return new UserFacingException("server.unreachable", e, settings.describe());
        }
        LOG.log(Level.FINE, "A command on the server failed", e);
        return new UserFacingException("database.commandFailed", e);
    }

    private UserFacingException translateOpenFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // The pool wraps the driver's exception (it keeps its SQLState, not its text): read the whole chain.
        String message = causes(e).map(t -> String.valueOf(t.getMessage()))
                .collect(java.util.stream.Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        if (hasCause(e, SSLException.class) || message.contains("ssl") || message.contains("certificate")) {
            return new UserFacingException("server.tlsRefused", e, settings.host());
        }
        return switch (state) {
            case "28P01", "28000" -> new UserFacingException("server.wrongPassword", e, settings.user());
            case "3D000" -> new UserFacingException("server.databaseMissing", e, settings.database(), settings.host());
            default -> state.startsWith("08") || hasCause(e, java.net.ConnectException.class)
                    || hasCause(e, java.net.UnknownHostException.class)
                    || hasCause(e, java.net.SocketTimeoutException.class)
                    ? new UserFacingException("server.unreachable", e, settings.describe())
                    : new UserFacingException("server.openFailed", e, settings.describe());
        };
    }

    /** {@code e} and its causes, outermost first (the pool and jOOQ wrap the driver's exception). */
    private static java.util.stream.Stream<Throwable> causes(Throwable e) {
        return java.util.stream.Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    private static SQLException sqlCause(Throwable e) {
        return causes(e).filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(SQLException.class::cast).findFirst().orElse(null);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return causes(e).anyMatch(type::isInstance);
    }
}
