package se.samordna.core.access;

/** One centre a user was given: to see, or to see and edit. */
public record CentreGrant(long centreId, String centreName, boolean canEdit) {
}
