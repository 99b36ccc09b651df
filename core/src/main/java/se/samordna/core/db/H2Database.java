package se.samordna.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.PrivateFiles;

/**
 * The embedded H2 database on the coordinator's own computer, the default: one connection pool, one
 * {@link DSLContext}, and every unit of work in a transaction of its own. A write that returns has
 * been forced to the disk. See decision record 0008 for why the file is opened the way it is.
 */
public final class H2Database extends Database {
    private static final Logger LOG = Logger.getLogger(H2Database.class.getName());
    private static final String FILE_SUFFIX = ".mv.db";
    /**
     * WRITE_DELAY=0: a commit writes its chunk at once. REUSE_SPACE=FALSE: new chunks are appended,
     * never written into freed space inside the file, where H2 2.5's recovery after a crash does not
     * look for them (the lost-edit bug of 0.1.0). DB_CLOSE_ON_EXIT=FALSE: Samordna closes the
     * database itself, after its exit backup, instead of H2's shutdown hook racing it.
     * TRACE_LEVEL_FILE=0: no samordna.trace.db, whose error entries quote SQL with the data in it
     * (decision record 0016: logs hold no personal data); failures reach Samordna's own log.
     */
    static final String SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    /** Compact at close when the file is more than this many times its live data. */
    private static final double COMPACT_WHEN_WASTE_ABOVE = 1.5;

    private final Path basePath;
    private final boolean readOnly;
    /** The key of a password-protected (encrypted) file, or null for a plain one (decision record 0016). */
    private DataKey key;
    private final Object syncLock = new Object();
    private JdbcConnectionPool pool;
    private MVStore store;
    private long syncedWrites;

    private H2Database(Path basePath, boolean readOnly, DataKey key) {
        this.basePath = basePath.toAbsolutePath();
        this.readOnly = readOnly;
        this.key = key;
    }

    /**
     * Opens (and creates if missing) the database whose file is {@code basePath + ".mv.db"}.
     * Does not migrate: see {@link Schema}. Start-up goes through {@link DatabaseCheck} first.
     */
    public static H2Database open(Path basePath) {
        return open(basePath, null);
    }

    /** As {@link #open(Path)}, the file encrypted with {@code key} (null: a plain file). */
    public static H2Database open(Path basePath, DataKey key) {
        H2Database database = new H2Database(basePath, false, key);
        try {
            Files.createDirectories(database.basePath.getParent());
        } catch (IOException e) {
            throw new UserFacingException("database.folderNotWritable", e, database.basePath.getParent());
        }
        database.connect(false);
        return database;
    }

    /** Opens a database file that must already exist; never creates an empty one in its place. */
    static H2Database openExisting(Path basePath, DataKey key) {
        H2Database database = new H2Database(basePath, false, key);
        database.connect(true);
        return database;
    }

    /** Opens an existing database file for reading only: the start-up check writes nothing to a file it doubts. */
    static H2Database openForCheck(Path basePath, DataKey key) {
        H2Database database = new H2Database(basePath, true, key);
        database.connect(true);
        return database;
    }

    /** A database opened at start-up, and what opening did to its schema. */
    public record Opened(H2Database database, Schema.Outcome outcome) {
    }

    /**
     * Start-up: checks the file before and after opening it ({@link DatabaseCheck}), migrates it to
     * this version's schema ({@code beforeUpgrade} runs first when an older schema is upgraded), and
     * throws {@link DatabaseProblem} without writing anything when the file cannot be trusted.
     * {@code expectExisting}: backups show there was a database, so a missing file is a problem.
     */
    public static Opened openChecked(Path basePath, boolean expectExisting, Consumer<H2Database> beforeUpgrade) {
        return openChecked(basePath, null, expectExisting, beforeUpgrade);
    }

    /** As {@link #openChecked(Path, boolean, Consumer)}, the file encrypted with {@code key} (null: plain). */
    public static Opened openChecked(Path basePath, DataKey key, boolean expectExisting,
                                     Consumer<H2Database> beforeUpgrade) {
        boolean exists = DatabaseCheck.beforeOpen(basePath, expectExisting);
        if (exists) {
            DatabaseCheck.readOnly(basePath, key);
        }
        H2Database database = exists ? openExisting(basePath, key) : open(basePath, key);
        try {
            Schema.Outcome outcome = migrate(database, exists, beforeUpgrade);
            DatabaseCheck.tablesComplete(database);
            CloseRecord.forget(basePath);
            return new Opened(database, outcome);
        } catch (RuntimeException e) {
            database.abandon();
            if (!exists) {
                // A database this call began (a full disk half-way through the first start): it holds
                // nothing of the user's, and a half-built schema would stand in the way of the next start.
                deleteHalfBuilt(basePath);
            }
            throw e;
        }
    }

    /**
     * Brings the schema up to date. On an existing file a failed upgrade (or a failed backup before
     * it) is a {@link DatabaseProblem}, so the user is offered the backup made before the upgrade
     * instead of meeting the same failure at every start; a full disk stays a full disk, as freeing
     * space is what helps.
     */
    private static Schema.Outcome migrate(H2Database database, boolean exists, Consumer<H2Database> beforeUpgrade) {
        try {
            return Schema.migrate(database, () -> beforeUpgrade.accept(database));
        } catch (DatabaseProblem e) {
            throw e;
        } catch (RuntimeException e) {
            if (!exists || DiskErrors.isDiskFull(e)) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Upgrading " + database.file() + " failed", e);
            throw new DatabaseProblem(DatabaseProblem.Kind.UPGRADE_FAILED, e, database.file());
        }
    }

    private static void deleteHalfBuilt(Path basePath) {
        try {
            Files.deleteIfExists(fileOf(basePath));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the half-built database " + fileOf(basePath), e);
        }
    }

    /**
     * After the user chose to start anew when the database file was missing: an empty database at
     * this version's schema, so the next start finds a file and goes on.
     */
    public static void createEmpty(Path basePath) {
        createEmpty(basePath, null);
    }

    /** As {@link #createEmpty(Path)}, encrypted with {@code key} (null: plain). */
    public static void createEmpty(Path basePath, DataKey key) {
        CloseRecord.forget(basePath); // it described the file that is gone
        openChecked(basePath, key, false, database -> { }).database().close();
    }

    /** Lets go of the file without any further write: no compaction, no record of a clean close. */
    @Override
    public void abandon() {
        swapLock.writeLock().lock();
        try {
            shutDown("SHUTDOWN IMMEDIATELY");
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** Who saves, for the who-saved stamps: the computer's user name (the file has one user). */
    @Override
    public String who() {
        return System.getProperty("user.name", "");
    }

    @Override
    public Path file() {
        return fileOf(basePath);
    }

    /** The file H2 keeps the database {@code basePath} in. */
    public static Path fileOf(Path basePath) {
        return Path.of(basePath.toAbsolutePath() + FILE_SUFFIX);
    }

    @Override
    DataSource dataSource() {
        return pool;
    }

    /**
     * Replaces the database file with {@code prepared}, a complete database file made beside it. The
     * present file is kept until the new one has opened; if it does not, the present one is put back.
     */
    void replaceWith(Path prepared) {
        replaceWith(prepared, key);
    }

    /**
     * As {@link #replaceWith(Path)} for a prepared file encrypted with {@code newKey} (null: plain):
     * how protection is turned on or off. If the new file does not open, the present one and its key
     * are put back.
     */
    void replaceWith(Path prepared, DataKey newKey) {
        DataKey oldKey = key;
        swapLock.writeLock().lock();
        Path current = file();
        Path aside = Path.of(current + ".replacing");
        try {
            disconnect(false);
            Files.move(current, aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(prepared, current, StandardCopyOption.ATOMIC_MOVE);
                key = newKey;
                connect(true);
            } catch (IOException | RuntimeException e) {
                disconnect(false);
                key = oldKey;
                Files.move(aside, current, StandardCopyOption.REPLACE_EXISTING);
                connect(true);
                throw e instanceof UserFacingException ufe ? ufe
                        : new UserFacingException("backup.restoreFailed", e);
            }
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            throw new UserFacingException("backup.restoreFailed", e);
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** Closes the database, compacting the file first when it holds much more than its data. */
    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            if (pool == null) {
                return;
            }
            if (readOnly) {
                disconnect(false);
                return;
            }
            Map<String, Long> counts = null;
            try {
                counts = withConnection(Database::rowCounts);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the rows before closing", e);
            }
            disconnect(true);
            if (counts != null) {
                try {
                    new CloseRecord(Files.size(file()), counts).write(basePath);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not record the clean close", e);
                }
            }
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** The path the database was opened with, without H2's file suffix. */
    Path basePath() {
        return basePath;
    }

    /** The key the file is encrypted with, or null when it is a plain file. */
    DataKey key() {
        return key;
    }

    private void connect(boolean mustExist) {
        String url = "jdbc:h2:file:" + basePath + SETTINGS + (mustExist ? ";IFEXISTS=TRUE" : "")
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
        // CIPHER=AES: the file password is the random key's hex, never the user's own password (decision 0016).
        JdbcConnectionPool newPool = key == null ? JdbcConnectionPool.create(url, "sa", "")
                : JdbcConnectionPool.create(url + ";CIPHER=AES", "sa", key.h2ConnectionPassword());
        try (Connection probe = newPool.getConnection()) {
            store = mvStoreOf(probe);
        } catch (SQLException e) {
            newPool.dispose();
            throw translateOpenFailure(e);
        }
        syncedWrites = store.getFileStore() == null ? 0 : store.getFileStore().getWriteCount();
        if (!readOnly) {
            PrivateFiles.restrict(file());
        }
        pool = newPool;
        useDsl(DSL.using(pool, SQLDialect.H2));
    }

    /**
     * H2 writes a commit to the file at once (WRITE_DELAY=0) but forces it to the disk only at close
     * or CHECKPOINT SYNC, whose flush would also rewrite chunks on every call. Forcing the file after
     * each transaction that wrote makes a confirmed edit survive a power cut as well as a killed process.
     */
    @Override
    void afterWrite() {
        if (readOnly) {
            return;
        }
        synchronized (syncLock) {
            FileStore<?> fileStore = store.getFileStore();
            long writes = fileStore.getWriteCount();
            if (writes != syncedWrites) {
                store.sync();
                syncedWrites = writes;
            }
        }
    }

    private static MVStore mvStoreOf(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        return ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
    }

    private void disconnect(boolean compactIfWasteful) {
        if (pool == null) {
            return;
        }
        String shutdown = "SHUTDOWN";
        if (compactIfWasteful) {
            try {
                FileStore<?> fileStore = store.getFileStore();
                long size = fileStore.size();
                // H2's estimate of the live data: the used share of the file times the fill of its chunks.
                double live = size * fileStore.getFillRate() / 100.0 * fileStore.getChunksFillRate() / 100.0;
                if (size > 1024 * 1024 && size > live * COMPACT_WHEN_WASTE_ABOVE) {
                    shutdown = "SHUTDOWN COMPACT";
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not estimate the live data; closing without compaction", e);
            }
        }
        shutDown(shutdown);
    }

    /** Runs H2's {@code command} (a form of SHUTDOWN) and lets go of the pool, whatever the command says. */
    private void shutDown(String command) {
        if (pool == null) {
            return;
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(command);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the database (" + command + "): " + e.getMessage());
        }
        pool.dispose();
        pool = null;
        useDsl(null);
        store = null;
    }

    private UserFacingException translateOpenFailure(SQLException e) {
        if (DiskErrors.isDiskFull(e)) {
            return new UserFacingException("database.diskFull", e, basePath.getParent());
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new UserFacingException("database.inUse", e, file());
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new DatabaseProblem(DatabaseProblem.Kind.MISSING, e, file());
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                 ErrorCode.GENERAL_ERROR_1 -> new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, e, file());
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    new UserFacingException("database.folderNotWritable", e, basePath.getParent());
            default -> new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, e, file());
        };
    }

    @Override
    RuntimeException translate(Exception e) {
        if (DiskErrors.isDiskFull(e)) {
            return new UserFacingException("database.diskFull", e, basePath.getParent());
        }
        return new UserFacingException("database.commandFailed", e);
    }
}
