package se.samordna.core.goal;

/** Where a goal of the year comes from. */
public enum GoalSource {
    /** Step IV of the self-reflection workshop. */
    SJALVREFLEKTION,
    /** An area of the parent survey below its target (PDSA "vid dålig brukarenkät"). */
    FORALDRAENKAT,
    /** Written directly, for example in the annual report. */
    EGET
}
