package se.samordna.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

import se.samordna.core.common.UserFacingException;

/**
 * Where Samordna's data lives, as the services see it: every unit of work in a transaction of its
 * own over one {@link DSLContext}. Two kinds (decision record 0017): the embedded H2 file on the
 * coordinator's computer ({@link H2Database}, the default) and a shared PostgreSQL server
 * ({@link ServerDatabase}). Stores and services use only what is declared here, so they run on both.
 */
public abstract sealed class Database implements AutoCloseable permits H2Database, ServerDatabase {
    /** Held for reading by every unit of work, for writing while the database is swapped or closed. */
    final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();
    private volatile DSLContext dsl;
    private volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    Database() {
    }

    /** Opens (and creates if missing) an H2 database file; see {@link H2Database#open}. */
    public static H2Database open(Path basePath) {
        return H2Database.open(basePath);
    }

    /** The file H2 keeps the database {@code basePath} in. */
    public static Path fileOf(Path basePath) {
        return H2Database.fileOf(basePath);
    }

    /** Runs {@code work} in one transaction and returns its result; rolled back if it throws. */
    public <T> T transactionResult(Function<DSLContext, T> work) {
        swapLock.readLock().lock();
        try {
            T result = dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            afterWrite();
            return result;
        } catch (DataAccessException e) {
            if (e.getCause() instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw translate(e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Runs {@code work} in one transaction; rolled back if it throws. */
    public void transaction(Consumer<DSLContext> work) {
        transactionResult(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    /** The SQL dialect the data is written in. */
    public final SQLDialect dialect() {
        return dsl.dialect();
    }

    /** The workspace's clock, which {@link #now()} reads (the system's until a workspace gives its own). */
    public final void useClock(java.time.Clock clock) {
        this.clock = clock;
    }

    /**
     * The time to stamp a row with (updated_at): the local time on the laptop, as H2 files always had;
     * UTC on the server, which coordinators in other time zones or on other clocks' settings share.
     */
    public final java.time.LocalDateTime now() {
        return java.time.LocalDateTime.ofInstant(clock.instant(), storedZone());
    }

    /** The moment a stamp written by {@link #now()} stands for, to show in the user's own time. */
    public final java.time.Instant instantOf(java.time.LocalDateTime stamp) {
        return stamp.atZone(storedZone()).toInstant();
    }

    private java.time.ZoneId storedZone() {
        return isServer() ? java.time.ZoneOffset.UTC : clock.getZone();
    }

    /**
     * Who is saving, for updated_by and for "Ändrat av någon annan (namn, tid)": the login user on the
     * server, the computer's user name on the laptop.
     */
    public abstract String who();

    /** Whether this is the shared server rather than the file on this computer. */
    public final boolean isServer() {
        return this instanceof ServerDatabase;
    }

    /**
     * Where the data lives, for messages: the H2 file, or for the server a path-like description
     * ({@code host:port/database}) that has no parent folder.
     */
    public abstract Path file();

    /** Lets go of the database without any further write. */
    public abstract void abandon();

    @Override
    public abstract void close();

    /** The connections, for Flyway and the checks of this package. */
    abstract DataSource dataSource();

    /** After each unit of work: H2 forces what it wrote to the disk. */
    void afterWrite() {
    }

    /** The user's message for a failed unit of work. */
    abstract RuntimeException translate(Exception e);

    final void useDsl(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Executes plain SQL outside jOOQ (tests that build old schemas by hand). */
    void execute(String sql) {
        withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            afterWrite();
            return null;
        });
    }

    /** Runs {@code work} on one connection of its own, under the read side of the swap lock. */
    <T> T withConnection(SqlFunction<Connection, T> work) {
        swapLock.readLock().lock();
        try (Connection connection = dataSource().getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** A function that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlFunction<A, T> {
        T apply(A argument) throws SQLException;
    }

    /** Rows per table of Samordna's schema, Flyway's own table left out. */
    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Schema.tablesIn(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                counts.put(table.toUpperCase(java.util.Locale.ROOT), rows.getLong(1));
            }
        }
        return counts;
    }
}
