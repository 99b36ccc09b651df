package se.samordna.core.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone else saved the same record after it was loaded here: "Ändrat av
 * någon annan (namn, tid)". Carries who, when and what is stored now ({@link #theirs}), and the row
 * version that is stored, so the user can take theirs or keep their own knowingly (saving again
 * against {@link #storedVersion}). Never thrown on a laptop in normal use: only one person saves there.
 */
public final class ChangedByOther extends UserFacingException {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String changedBy;
    private final Instant changedAt;
    private final transient Object theirs;
    private final int storedVersion;

    public ChangedByOther(String changedBy, Instant changedAt, Object theirs, int storedVersion) {
        super(changedBy == null || changedBy.isBlank() ? "changedByOther.unknown" : "changedByOther",
                changedBy == null ? "" : changedBy, SHOWN.format(LocalDateTime.ofInstant(changedAt, ZoneId.systemDefault())));
        this.changedBy = changedBy == null ? "" : changedBy;
        this.changedAt = changedAt;
        this.theirs = theirs;
        this.storedVersion = storedVersion;
    }

    /** Who saved last ("" when not known: a row from before Samordna recorded it). */
    public String changedBy() {
        return changedBy;
    }

    /** When they saved. */
    public Instant changedAt() {
        return changedAt;
    }

    /** What is stored now, as the service returns it (a Centre, a Person, an Agreement...). */
    public <T> T theirs(Class<T> type) {
        return type.cast(theirs);
    }

    /** The row version stored now: saving against it overwrites their change, knowingly. */
    public int storedVersion() {
        return storedVersion;
    }
}
