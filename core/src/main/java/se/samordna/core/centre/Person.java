package se.samordna.core.centre;

/** A member of staff in one of a centre's roles. Never a parent or a child. */
public record Person(long id, long centreId, PersonDetails details) {

    public Role role() {
        return details.role();
    }

    public String name() {
        return details.name();
    }
}
