package se.samordna.core.plan;

/** Whose plan it is: one centre's, or a municipality's covering several centres (seeds 001 and 004). */
public enum PlanScope {
    CENTRE,
    MUNICIPAL
}
