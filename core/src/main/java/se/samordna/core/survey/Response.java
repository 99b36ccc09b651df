package se.samordna.core.survey;

/** A stored form. */
public record Response(long id, ResponseDraft draft, boolean quoteSelected, Source source) {

    /** How it came in. */
    public enum Source {
        PAPPER,
        IMPORT
    }
}
