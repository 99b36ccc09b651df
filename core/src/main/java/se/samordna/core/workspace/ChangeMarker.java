package se.samordna.core.workspace;

import se.samordna.core.db.Database;

/**
 * A short text that changes whenever someone changes the records the window lists and opens: per
 * table, how many rows, the newest updated_at and the sum of the row versions. On the server the
 * window reads it now and then and refreshes when it differs (lists refresh when others change
 * things); a few aggregate queries, each over a primary key's table.
 */
public final class ChangeMarker {
    private final Database database;

    public ChangeMarker(Database database) {
        this.database = database;
    }

    /** The marker now: equal to an earlier one when nothing watched was added, changed or removed since. */
    public String read() {
        return database.transactionResult(ChangeMarkerStore::read);
    }
}
