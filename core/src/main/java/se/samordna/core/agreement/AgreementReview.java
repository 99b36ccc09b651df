package se.samordna.core.agreement;

import java.time.LocalDate;

/**
 * An agreement gone through together, as Bilaga 6 asks each September ("Tillsammans titta igenom
 * samverkansavtalet"): on which day, by which role (never a person), with a note.
 */
public record AgreementReview(long id, long agreementId, long centreId, LocalDate reviewedOn, String reviewedBy,
                              String note) {
    public static final int REVIEWED_BY_MAX = 100;
    public static final int NOTE_MAX = 1000;
}
