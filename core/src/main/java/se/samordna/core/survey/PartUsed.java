package se.samordna.core.survey;

/** Background question: which parts of the centre the respondent has visited. */
public enum PartUsed {
    BARNMORSKEMOTTAGNING,
    BARNAVARDSCENTRAL,
    OPPEN_FORSKOLA,
    SOCIALTJANST
}
