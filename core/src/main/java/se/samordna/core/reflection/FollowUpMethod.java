package se.samordna.core.reflection;

/** Step V: how the goals are followed up (Bilaga 5). */
public enum FollowUpMethod {
    SJALVREFLEKTION,
    FORALDRAENKAT,
    DOKUMENTATION,
    ANNAT
}
