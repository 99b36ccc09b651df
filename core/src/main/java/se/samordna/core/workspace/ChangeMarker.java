package se.samordna.core.workspace;

import static se.samordna.core.db.generated.Tables.ACTION_PLAN;
import static se.samordna.core.db.generated.Tables.AGREEMENT;
import static se.samordna.core.db.generated.Tables.ANNUAL_REPORT;
import static se.samordna.core.db.generated.Tables.CENTRE;
import static se.samordna.core.db.generated.Tables.PERSON;
import static se.samordna.core.db.generated.Tables.WHEEL_OCCURRENCE;
import static se.samordna.core.db.generated.Tables.WORKSHOP;
import static se.samordna.core.db.generated.Tables.YEAR_GOAL;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import se.samordna.core.db.Database;

/**
 * A short text that changes whenever someone changes the records the window lists and opens: per
 * table, how many rows, the newest updated_at and the sum of the row versions. On the server the
 * window reads it now and then and refreshes when it differs (lists refresh when others change
 * things); a few aggregate queries, each over a primary key's table.
 */
public final class ChangeMarker {
    private record Watched(Table<?> table, Field<LocalDateTime> updatedAt, Field<Integer> rowVersion) {
    }

    private static final List<Watched> WATCHED = List.of(
            new Watched(CENTRE, CENTRE.UPDATED_AT, CENTRE.ROW_VERSION),
            new Watched(PERSON, PERSON.UPDATED_AT, PERSON.ROW_VERSION),
            new Watched(AGREEMENT, AGREEMENT.UPDATED_AT, AGREEMENT.ROW_VERSION),
            new Watched(YEAR_GOAL, YEAR_GOAL.UPDATED_AT, YEAR_GOAL.ROW_VERSION),
            new Watched(ANNUAL_REPORT, ANNUAL_REPORT.UPDATED_AT, ANNUAL_REPORT.ROW_VERSION),
            new Watched(ACTION_PLAN, ACTION_PLAN.UPDATED_AT, ACTION_PLAN.ROW_VERSION),
            new Watched(WHEEL_OCCURRENCE, WHEEL_OCCURRENCE.UPDATED_AT, WHEEL_OCCURRENCE.ROW_VERSION),
            new Watched(WORKSHOP, WORKSHOP.UPDATED_AT, null));

    private final Database database;

    public ChangeMarker(Database database) {
        this.database = database;
    }

    /** The marker now: equal to an earlier one when nothing watched was added, changed or removed since. */
    public String read() {
        return database.transactionResult(ChangeMarker::read);
    }

    private static String read(DSLContext ctx) {
        StringBuilder marker = new StringBuilder();
        for (Watched watched : WATCHED) {
            var row = ctx.select(DSL.count(), DSL.max(watched.updatedAt()),
                            watched.rowVersion() == null ? DSL.inline(0L) : DSL.sum(watched.rowVersion()).cast(Long.class))
                    .from(watched.table()).fetchOne();
            marker.append(row.value1()).append('/').append(row.value2()).append('/').append(row.value3()).append(';');
        }
        return marker.toString();
    }
}
