package se.samordna.core.audit;

import static se.samordna.core.db.generated.Tables.RECORD_CHANGE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samordna.core.db.generated.tables.records.RecordChangeRecord;

/** Reads the audit trail ({@code record_change}), newest first. Only the server's triggers write it. */
final class AuditStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext ctx;

    AuditStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The row's own changes and those of the rows that are part of it. */
    List<RecordChange> ofRecord(String table, long id, int limit) {
        return read(RECORD_CHANGE.TABLE_NAME.eq(table).and(RECORD_CHANGE.RECORD_ID.eq(id))
                .or(RECORD_CHANGE.MAIN_TABLE.eq(table).and(RECORD_CHANGE.MAIN_ID.eq(id))), limit);
    }

    List<RecordChange> ofRecord(String table, UUID uuid, int limit) {
        return read(RECORD_CHANGE.TABLE_NAME.eq(table).and(RECORD_CHANGE.RECORD_UUID.eq(uuid))
                .or(RECORD_CHANGE.MAIN_TABLE.eq(table).and(RECORD_CHANGE.MAIN_UUID.eq(uuid))), limit);
    }

    List<RecordChange> ofCentre(long centreId, int limit) {
        return read(RECORD_CHANGE.CENTRE_ID.eq(centreId), limit);
    }

    private List<RecordChange> read(Condition condition, int limit) {
        return ctx.selectFrom(RECORD_CHANGE).where(condition)
                .orderBy(RECORD_CHANGE.CHANGED_AT.desc(), RECORD_CHANGE.ID.desc())
                .limit(limit)
                .fetch(AuditStore::toChange);
    }

    private static RecordChange toChange(RecordChangeRecord r) {
        Instant at = r.getChangedAt().toInstant();
        return new RecordChange(r.getId(), r.getTableName(), r.getRecordId(), r.getRecordUuid(), r.getCentreId(),
                r.getMainTable(), r.getMainId(), RecordChange.Action.valueOf(r.getAction()), r.getChangedBy(), at,
                fields(r.getChangedFields()));
    }

    /** The trigger's list: {@code [{"field": …, "old": …, "new": …, "long": true, "file": true, "key": true}]}. */
    static List<FieldChange> fields(String json) {
        List<FieldChange> fields = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(json == null || json.isBlank() ? "[]" : json);
            for (JsonNode entry : list) {
                FieldChange.Kind kind = entry.path("file").asBoolean(false) ? FieldChange.Kind.FILE
                        : entry.path("long").asBoolean(false) ? FieldChange.Kind.LONG_TEXT : FieldChange.Kind.VALUE;
                fields.add(new FieldChange(entry.path("field").asText(""), kind, entry.path("key").asBoolean(false),
                        text(entry.get("old")), text(entry.get("new"))));
            }
        } catch (JsonProcessingException e) {
            // A row written by hand with something else in it: the change stays listed, without its fields.
            return List.of();
        }
        return fields;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }
}
