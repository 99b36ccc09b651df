package se.samordna.app.history;

import java.util.function.UnaryOperator;

import se.samordna.core.audit.AuditedRecord;

/**
 * The record whose history is asked for: its kind and id, its name for the dialog's title, and how
 * the keys of its parts read to a person (a report field's key becomes its heading).
 */
public record HistorySubject(AuditedRecord kind, long id, String title, UnaryOperator<String> keyNames) {

    public HistorySubject(AuditedRecord kind, long id, String title) {
        this(kind, id, title, UnaryOperator.identity());
    }
}
