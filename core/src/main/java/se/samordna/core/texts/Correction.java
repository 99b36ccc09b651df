package se.samordna.core.texts;

/**
 * One change a built-in text makes to its source: what the source says, what Samordna says instead,
 * and a note on why. For a change of wording, {@code source} is found in the source document and
 * {@code corrected} in the built-in text (the tests check both).
 */
public record Correction(CorrectionKind kind, String source, String corrected, String note) {

    static Correction of(CorrectionKind kind, String source, String corrected, String note) {
        return new Correction(kind, source, corrected, note);
    }
}
