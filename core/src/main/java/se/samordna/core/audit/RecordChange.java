package se.samordna.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change in the audit trail: a row of {@code table} inserted, updated or deleted by the user
 * who was logged in to the server, when, and which of its fields changed.
 *
 * @param table      the table of the changed row ({@code centre}, {@code report_field} …)
 * @param recordId   the row's id, absent for rows keyed otherwise (a report field: report and key)
 * @param recordUuid the row's uuid when it has one
 * @param centreId   the centre the row belongs to, absent for a municipality's own plan
 * @param mainTable  the main record the row is part of (a report field's report, a person's centre)
 * @param mainId     that record's id
 */
public record RecordChange(long id, String table, Long recordId, UUID recordUuid, Long centreId, String mainTable,
                           Long mainId, Action action, String changedBy, Instant changedAt,
                           List<FieldChange> fields) {

    /** What happened to the row. */
    public enum Action { INSERT, UPDATE, DELETE }

    public RecordChange {
        fields = List.copyOf(fields);
    }

    /** The fields that changed, without the unchanged key fields that only say which row it was. */
    public List<FieldChange> changed() {
        return fields.stream().filter(f -> !f.key() || action != Action.UPDATE).toList();
    }

    /** The key fields that name the row (a report field's key, a visit count's month). */
    public List<FieldChange> keys() {
        return fields.stream().filter(FieldChange::key).toList();
    }
}
