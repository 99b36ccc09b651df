package se.samordna.core.survey;

/** Background question: förälder / blivande förälder / annan viktig vuxen. */
public enum Relation {
    FORALDER,
    BLIVANDE_FORALDER,
    ANNAN_VUXEN
}
