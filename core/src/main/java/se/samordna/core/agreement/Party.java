package se.samordna.core.agreement;

import java.time.LocalDate;

/**
 * A party to the agreement with its signatory: "För Östersunds kommun", the department, who signs
 * (name, title), and where and when — place and date are filled in at signing.
 */
public record Party(long id, int position, String heading, String organisation, String signatoryName,
                    String signatoryTitle, String place, LocalDate signedDate) {

    public static final int TEXT_MAX = 200;
    public static final int PLACE_MAX = 100;

    /** How the party is named in lists: heading and organisation. */
    public String displayName() {
        return organisation.isBlank() ? heading : heading + ", " + organisation;
    }
}
