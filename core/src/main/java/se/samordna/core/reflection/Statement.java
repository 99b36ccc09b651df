package se.samordna.core.reflection;

/**
 * One statement to rate: a key ("S01".."S30" for the standard ones, "E12" for a centre's own), its
 * area, its title ("Hälsofrämjande arena") and its text.
 */
public record Statement(String key, Area area, String title, String text) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 1000;

    /** One of the 30 statements every centre rates, so years and centres compare. */
    public boolean standard() {
        return key.startsWith("S");
    }
}
