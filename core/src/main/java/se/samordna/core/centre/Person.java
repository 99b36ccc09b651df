package se.samordna.core.centre;

/**
 * A member of staff in one of a centre's roles. Never a parent or a child. {@code version}: the row
 * version a save is checked against.
 */
public record Person(long id, long centreId, PersonDetails details, int version) {

    public Role role() {
        return details.role();
    }

    public String name() {
        return details.name();
    }
}
