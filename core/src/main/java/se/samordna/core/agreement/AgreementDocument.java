package se.samordna.core.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the PDF of an agreement shows, fully resolved: the request the renderer works from.
 * Built by {@link AgreementService#document}; the renderer never touches the database.
 */
public record AgreementDocument(
        String title,
        String subtitle,
        String centreLine,
        String kindLabel,
        int version,
        AgreementStatus status,
        LocalDate documentDate,
        LocalDate signedDate,
        List<DocClause> clauses,
        List<DocParty> parties,
        int copies,
        String author,
        String subject) {

    public AgreementDocument {
        clauses = List.copyOf(clauses);
        parties = List.copyOf(parties);
        if (copies < 1 || copies > 10) {
            throw new IllegalArgumentException("copies must be 1..10, was " + copies);
        }
    }

    /** A clause with its text filled in; generated blocks already expanded. */
    public record DocClause(String heading, List<Block> blocks) {
        public DocClause {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A signature block, with the lines of the template's own block (Bilaga 1 and 2): the department or
     * health centre ("Namn förvaltning", "Namn Hälsocentral") and the municipality or health-care area
     * ("Kommun", "Sjukvårdsområde") under their labels; an empty value leaves a line to write on.
     */
    public record DocParty(String heading, String organisationLabel, String organisation, String signatoryName,
                           String signatoryTitle, String place, LocalDate signedDate, String areaLabel,
                           String area) {
    }

    public AgreementDocument withCopies(int count) {
        return new AgreementDocument(title, subtitle, centreLine, kindLabel, version, status, documentDate,
                signedDate, clauses, parties, count, author, subject);
    }
}
