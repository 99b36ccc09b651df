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

/** The query behind {@link ChangeMarker}: counts, newest stamps and row-version sums per watched table. */
final class ChangeMarkerStore {
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

    private ChangeMarkerStore() {
    }

    /** The marker within the caller's transaction. */
    static String read(DSLContext ctx) {
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
