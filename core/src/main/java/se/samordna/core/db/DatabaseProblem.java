package se.samordna.core.db;

import java.nio.file.Path;

import se.samordna.core.common.UserFacingException;

/**
 * The database file cannot be trusted: it is missing, empty, not a database, damaged, older than the
 * last clean close, or from a newer Samordna. Nothing has been written to it; the user chooses what
 * happens next (restore the latest verified backup, or quit).
 */
public final class DatabaseProblem extends UserFacingException {

    /** What is wrong; each has its own message key, {@code database.problem.<kind>}. */
    public enum Kind {
        /** No database file, but backups or a record of an earlier close say there was one. */
        MISSING,
        /** A file of zero bytes. */
        EMPTY,
        /** A file that is not an H2 database at all (a text file, a document). */
        FOREIGN,
        /** H2 cannot open it, or tables or rows of the schema cannot be read. */
        DAMAGED,
        /** It opens, but holds less than it did when Samordna last closed it: cut short. */
        TRUNCATED,
        /** Written by a newer Samordna, whose schema this version does not know. */
        NEWER_VERSION,
        /**
         * The upgrade to this version's schema could not be finished (H2 changes tables outside the
         * transaction, so the file may be half-way): the backup made before it is the state to go back to.
         */
        UPGRADE_FAILED;

        public String messageKey() {
            return switch (this) {
                case MISSING -> "database.problem.missing";
                case EMPTY -> "database.problem.empty";
                case FOREIGN -> "database.problem.foreign";
                case DAMAGED -> "database.problem.damaged";
                case TRUNCATED -> "database.problem.truncated";
                case NEWER_VERSION -> "database.problem.newerversion";
                case UPGRADE_FAILED -> "database.problem.upgradefailed";
            };
        }
    }

    private final Kind kind;
    private final Path file;

    public DatabaseProblem(Kind kind, Throwable cause, Path file) {
        super(kind.messageKey(), cause, file);
        this.kind = kind;
        this.file = file;
    }

    public DatabaseProblem(Kind kind, Path file) {
        this(kind, null, file);
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
