package se.samordna.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import se.samordna.core.common.UserFacingException;

/**
 * The embedded H2 database: one connection pool, one {@link DSLContext}, and every unit of work in
 * a transaction of its own. A restore swaps the file underneath while no work is running.
 */
public final class Database implements AutoCloseable {
    private static final String FILE_SUFFIX = ".mv.db";

    private final Path basePath;
    private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();
    private JdbcConnectionPool pool;
    private DSLContext dsl;

    private Database(Path basePath) {
        this.basePath = basePath.toAbsolutePath();
    }

    /**
     * Opens (and creates if missing) the database whose file is {@code basePath + ".mv.db"}.
     * Does not migrate: see {@link Schema}.
     */
    public static Database open(Path basePath) {
        Database database = new Database(basePath);
        try {
            Files.createDirectories(database.basePath.getParent());
        } catch (IOException e) {
            throw new UserFacingException("database.folderNotWritable", e, database.basePath.getParent());
        }
        database.connect();
        return database;
    }

    /** The file the data lives in. */
    public Path file() {
        return Path.of(basePath + FILE_SUFFIX);
    }

    /** Runs {@code work} in one transaction and returns its result; rolled back if it throws. */
    public <T> T transactionResult(Function<DSLContext, T> work) {
        swapLock.readLock().lock();
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
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

    DataSource dataSource() {
        return pool;
    }

    /** Executes plain SQL outside jOOQ: used for H2's own SCRIPT/RUNSCRIPT backup commands. */
    void execute(String sql) {
        swapLock.readLock().lock();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new UserFacingException("database.commandFailed", e, e.getMessage());
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /**
     * Replaces the whole database with what {@code loader} writes into a fresh, empty one. If the
     * loader fails, the previous file is put back untouched.
     */
    void replaceContents(Consumer<Connection> loader) {
        swapLock.writeLock().lock();
        Path current = file();
        Path aside = Path.of(current + ".replacing");
        try {
            disconnect();
            Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                connect();
                try (Connection connection = pool.getConnection()) {
                    loader.accept(connection);
                }
            } catch (RuntimeException | SQLException e) {
                disconnect();
                Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
                connect();
                throw e instanceof UserFacingException ufe ? ufe
                        : new UserFacingException("backup.restoreFailed", e, e.getMessage());
            }
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            throw new UserFacingException("backup.restoreFailed", e, e.getMessage());
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            disconnect();
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    private void connect() {
        // WRITE_DELAY=0: a committed edit reaches the file at once, so killing the app loses nothing
        // that was confirmed on screen.
        String url = "jdbc:h2:file:" + basePath + ";WRITE_DELAY=0";
        JdbcConnectionPool newPool = JdbcConnectionPool.create(url, "sa", "");
        try (Connection probe = newPool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            newPool.dispose();
            throw translateOpenFailure(e);
        }
        pool = newPool;
        dsl = DSL.using(pool, SQLDialect.H2);
    }

    private void disconnect() {
        if (pool == null) {
            return;
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // Already closed or broken: disposing the pool below is all that is left to do.
        }
        pool.dispose();
        pool = null;
        dsl = null;
    }

    private UserFacingException translateOpenFailure(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new UserFacingException("database.inUse", e, file());
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                    new UserFacingException("database.damaged", e, file());
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    new UserFacingException("database.folderNotWritable", e, basePath.getParent());
            default -> new UserFacingException("database.openFailed", e, file(), e.getMessage());
        };
    }

    private static RuntimeException translate(DataAccessException e) {
        if (e.getCause() instanceof UserFacingException userFacing) {
            return userFacing;
        }
        return new UserFacingException("database.commandFailed", e, e.getMessage());
    }
}
