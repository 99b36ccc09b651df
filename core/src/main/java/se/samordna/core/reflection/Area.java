package se.samordna.core.reflection;

/** The six areas of the self-reflection instrument, in the order of Bilaga 4. */
public enum Area {
    GENERELLT,
    TIDIGT_STOD_FORALDRAR,
    LARANDE,
    TIDIGT_STOD_PERSONAL,
    JAMSTALLDHET,
    SAMVERKAN
}
