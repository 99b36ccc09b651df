package se.samordna.core.texts;

/** What a built-in text changed in its source, and whether the change is one of wording at all. */
public enum CorrectionKind {
    /** A misspelt word put right ("Twist" → "Tvist"). */
    STAVFEL(true),
    /** A missing or stray punctuation mark. */
    SKILJETECKEN(true),
    /** A word hyphenated across a line in the original, joined again ("familje-centralen"). */
    AVSTAVNING(true),
    /** A heading written in capitals set as the other headings are ("BUDGET" → "Budget"). */
    VERSALER(true),
    /** Straight quotation marks, flattened when the text was extracted, set as ” ” again. */
    CITATTECKEN(true),
    /** A blank of the template ("XX", "fyll i …") filled from the centre or the agreement. */
    IFYLLT(false),
    /** A part of the source shown in another place or form (a guidance split up beside the fields). */
    ANPASSAT(false),
    /** A part of the source left out, and why. */
    UTELAMNAT(false),
    /** Something Samordna adds, kept apart from the source's words. */
    TILLAGT(false);

    private final boolean wording;

    CorrectionKind(boolean wording) {
        this.wording = wording;
    }

    /** Whether the change replaces words of the source ({@code source} → {@code corrected} as text). */
    public boolean wording() {
        return wording;
    }
}
