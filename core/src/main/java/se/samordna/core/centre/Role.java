package se.samordna.core.centre;

/** The roles of staff a centre keeps track of (seed 002, "Styrning och samordning"). */
public enum Role {
    SAMORDNARE,
    LEDNINGSGRUPP,
    STYRGRUPP
}
