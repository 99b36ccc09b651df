package se.samordna.app.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.audit.AuditService;
import se.samordna.core.audit.FieldChange;
import se.samordna.core.audit.RecordChange;

/**
 * "Historik" of one record: who changed what and when, newest first, read off the FX thread. Field
 * and table names in words ({@code history.field.*}, {@code history.table.*}; an unknown column is
 * made readable from its name). On the laptop's file there is no trail, and the note says where it is.
 */
public final class HistoryViewModel {
    /** Columns whose values are names of a kind of thing, with the prefix of their words. */
    private static final Map<String, String> VALUE_WORDS = Map.of(
            "centre.kind", "CentreKind.", "centre_part.part", "Part.", "person.role", "Role.",
            "agreement.status", "AgreementStatus.", "annual_report.status", "ReportStatus.",
            "agreement_value.name", "agreement.value.", "report_visits.month", "report.month.",
            "report_visits.category", "VisitCategory.");

    private final AuditService audit;
    private final TaskRunner runner;
    private final Messages messages;
    private final DateTimeFormatter time;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(this, "recorded", false);

    public HistoryViewModel(AuditService audit, TaskRunner runner, Messages messages, ZoneId zone) {
        this.audit = audit;
        this.runner = runner;
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", messages.locale()).withZone(zone);
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What to say instead of or above the list: loading, nothing yet, kept on the server, a failure. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether this database keeps a history at all (only the shared server does). */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** Reads the record's history in the background. */
    public void load(HistorySubject subject) {
        title.set(messages.get("history.title", subject.title()));
        rows.clear();
        recorded.set(audit.recorded());
        if (!audit.recorded()) {
            note.set(messages.get("history.onLaptop"));
            return;
        }
        loading.set(true);
        note.set(messages.get("history.loading"));
        runner.run(messages.get("history.task"), progress -> audit.historyOf(subject.kind(), subject.id()),
                changes -> {
                    loading.set(false);
                    rows.setAll(changes.stream().map(change -> row(change, subject)).toList());
                    note.set(changes.isEmpty() ? messages.get("history.none")
                            : changes.size() >= AuditService.DEFAULT_LIMIT
                                    ? messages.get("history.limited", AuditService.DEFAULT_LIMIT) : "");
                },
                failure -> {
                    loading.set(false);
                    note.set(messages.describe(failure));
                });
    }

    HistoryRow row(RecordChange change, HistorySubject subject) {
        String what = tableName(change.table());
        List<String> keys = new ArrayList<>();
        for (FieldChange key : change.keys()) {
            if (!key.field().endsWith("_id")) {
                String value = key.after().isEmpty() ? key.before() : key.after();
                keys.add(key.field().equals("field_key") ? subject.keyNames().apply(value)
                        : value(change.table(), key.field(), value));
            }
        }
        if (!keys.isEmpty()) {
            what = messages.get("history.whatWithKey", what, String.join(", ", keys));
        }
        List<String> parts = new ArrayList<>();
        for (FieldChange field : change.changed()) {
            String described = describe(change, field);
            if (!described.isEmpty()) {
                parts.add(described);
            }
        }
        return new HistoryRow(time.format(change.changedAt()), change.changedBy(),
                messages.get("history.action." + change.action().name()), what, String.join("\n", parts));
    }

    private String describe(RecordChange change, FieldChange field) {
        String name = fieldName(field.field());
        if (field.key()) {
            return ""; // shown with what was changed
        }
        if (field.field().endsWith("_id")) {
            // A link to another row: named when it changed, left out when it only says whose part this is.
            return change.action() == RecordChange.Action.UPDATE ? messages.get("history.changedOnly", name) : "";
        }
        if (field.kind() == FieldChange.Kind.FILE) {
            return messages.get("history.file", name);
        }
        if (field.kind() == FieldChange.Kind.LONG_TEXT) {
            return messages.get("history.longText", name);
        }
        String before = value(change.table(), field.field(), field.before());
        String after = value(change.table(), field.field(), field.after());
        return switch (change.action()) {
            case INSERT -> messages.get("history.value", name, after);
            case DELETE -> messages.get("history.value", name, before);
            case UPDATE -> messages.get("history.fromTo", name, before, after);
        };
    }

    private String value(String table, String field, String value) {
        if (value.isEmpty()) {
            return messages.get("history.empty");
        }
        if (value.equals("true") || value.equals("false")) {
            return messages.get("history.boolean." + value);
        }
        String words = VALUE_WORDS.get(table + "." + field);
        return words != null && messages.has(words + value) ? messages.get(words + value) : value;
    }

    String tableName(String table) {
        return messages.has("history.table." + table) ? messages.get("history.table." + table) : readable(table);
    }

    String fieldName(String field) {
        return messages.has("history.field." + field) ? messages.get("history.field." + field) : readable(field);
    }

    /** {@code other_professions} → "Other professions": better than the raw name where no word is written. */
    static String readable(String name) {
        String spaced = name.replace('_', ' ').strip();
        return spaced.isEmpty() ? name : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
