package se.samordna.core.reflection;

/** A statement a centre added for its own workshops; the 30 standard ones stay as they are. */
public record OwnStatement(long id, long centreId, Area area, String title, String text) {

    public String key() {
        return "E" + id;
    }

    public Statement asStatement() {
        return new Statement(key(), area, title, text);
    }
}
