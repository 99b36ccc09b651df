package se.samordna.core.reflection;

/** A workshop is under way until its follow-up is decided and it is closed. */
public enum WorkshopStatus {
    PAGAENDE,
    AVSLUTAD
}
