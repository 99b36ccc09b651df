package se.samordna.core.reflection;

/** Step III: the group's agreed rating and comment for a statement; step IV marks improvement areas. */
public record AgreedRating(String statementKey, Rating rating, String note, boolean improvement) {

    public static final int NOTE_MAX = 2000;
}
