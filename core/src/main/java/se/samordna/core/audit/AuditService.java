package se.samordna.core.audit;

import java.util.List;
import java.util.UUID;

import se.samordna.core.db.Database;

/**
 * Who changed what and when (issue 17, decision record 0017). On the shared server the database
 * itself records every change to a centre's records, whoever makes it and however (Samordna or
 * psql); this service reads that trail. The file on a laptop has one user and keeps no trail: its
 * history is always empty and {@link #recorded()} says so.
 */
public final class AuditService {
    /** The most changes one history shows; older ones stay in the trail. */
    public static final int DEFAULT_LIMIT = 500;

    private final Database database;

    public AuditService(Database database) {
        this.database = database;
    }

    /** Whether changes are recorded here: only on the shared server. */
    public boolean recorded() {
        return database.isServer();
    }

    /** The record's history, newest first: its own changes and those of its parts. */
    public List<RecordChange> historyOf(AuditedRecord kind, long id) {
        return database.transactionResult(ctx -> new AuditStore(ctx).ofRecord(kind.table(), id, DEFAULT_LIMIT));
    }

    /** The history of the record of {@code table} with that uuid, newest first, with its parts. */
    public List<RecordChange> historyOf(String table, UUID uuid) {
        return database.transactionResult(ctx -> new AuditStore(ctx).ofRecord(table, uuid, DEFAULT_LIMIT));
    }

    /** The newest {@code limit} changes to anything of the centre. */
    public List<RecordChange> historyOfCentre(long centreId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return database.transactionResult(ctx -> new AuditStore(ctx).ofCentre(centreId, limit));
    }
}
