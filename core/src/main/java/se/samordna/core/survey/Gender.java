package se.samordna.core.survey;

/** Background question: kvinna / man / annan / vill ej ange. */
public enum Gender {
    KVINNA,
    MAN,
    ANNAN,
    VILL_EJ_ANGE
}
