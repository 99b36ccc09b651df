package se.samordna.app.settings;

import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's settings (language, text size, window, last centre and year), kept by the operating
 * system's preference store. The work itself lives in the database.
 */
public final class AppPreferences {
    public static final int DEFAULT_FONT_SIZE = 14;
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 28;

    private static final String LANGUAGE = "language";
    private static final String FONT_SIZE = "fontSize";
    private static final String LAST_CENTRE = "lastCentre";
    private static final String LAST_YEAR = "lastYear";
    private static final String WINDOW_WIDTH = "windowWidth";
    private static final String WINDOW_HEIGHT = "windowHeight";
    private static final String WINDOW_MAXIMIZED = "windowMaximized";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The settings of this user for Samordna. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("se/samordna"));
    }

    public String language() {
        String language = node.get(LANGUAGE, "sv");
        return "en".equals(language) ? "en" : "sv";
    }

    public void setLanguage(String language) {
        node.put(LANGUAGE, "en".equals(language) ? "en" : "sv");
        flush();
    }

    public int fontSize() {
        return clampFont(node.getInt(FONT_SIZE, DEFAULT_FONT_SIZE));
    }

    public void setFontSize(int size) {
        node.putInt(FONT_SIZE, clampFont(size));
        flush();
    }

    public OptionalLong lastCentre() {
        long id = node.getLong(LAST_CENTRE, -1);
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    public void setLastCentre(long id) {
        node.putLong(LAST_CENTRE, id);
        flush();
    }

    public int lastYear(int fallback) {
        return node.getInt(LAST_YEAR, fallback);
    }

    public void setLastYear(int year) {
        node.putInt(LAST_YEAR, year);
        flush();
    }

    public double windowWidth() {
        return node.getDouble(WINDOW_WIDTH, 1200);
    }

    public double windowHeight() {
        return node.getDouble(WINDOW_HEIGHT, 780);
    }

    public boolean windowMaximized() {
        return node.getBoolean(WINDOW_MAXIMIZED, false);
    }

    public void setWindow(double width, double height, boolean maximized) {
        node.putDouble(WINDOW_WIDTH, width);
        node.putDouble(WINDOW_HEIGHT, height);
        node.putBoolean(WINDOW_MAXIMIZED, maximized);
        flush();
    }

    public static int clampFont(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; the next change tries again.
        }
    }
}
