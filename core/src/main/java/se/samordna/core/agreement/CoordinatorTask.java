package se.samordna.core.agreement;

/** One of the coordinator's tasks in a coordinator agreement, chosen or left out. */
public record CoordinatorTask(long id, int position, int level, String text, boolean included, Origin origin) {

    public static final int TEXT_MAX = 2000;

    /** Where a task comes from. */
    public enum Origin {
        /** In the template's list of tasks. */
        MALL,
        /** Recommended in Bilaga 2 but not in the template's list. */
        REKOMMENDERAD,
        /** Added for this centre. */
        EGEN
    }
}
