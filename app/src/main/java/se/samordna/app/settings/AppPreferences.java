package se.samordna.app.settings;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import se.samordna.core.db.ServerSettings;

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

    /** The store itself, for tests that look at what is kept. */
    Preferences node() {
        return node;
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

    private static final String DATABASE_KIND = "database.kind";
    private static final String SERVER_HOST = "server.host";
    private static final String SERVER_PORT = "server.port";
    private static final String SERVER_DATABASE = "server.database";
    private static final String SERVER_USER = "server.user";
    private static final String SERVER_TLS = "server.tls";
    private static final String SERVER_ROOT_CERTIFICATE = "server.rootCertificate";

    /**
     * The shared server to open at start (Inställningar › Databas), or empty for the file on this
     * computer. Never a password: that is asked for at each start.
     */
    public Optional<ServerSettings> server() {
        if (!"server".equals(node.get(DATABASE_KIND, "local"))) {
            return Optional.empty();
        }
        ServerSettings.Tls tls;
        try {
            tls = ServerSettings.Tls.valueOf(node.get(SERVER_TLS, ServerSettings.Tls.VERIFY_FULL.name()));
        } catch (IllegalArgumentException e) {
            tls = ServerSettings.Tls.VERIFY_FULL;
        }
        return Optional.of(new ServerSettings(node.get(SERVER_HOST, ""), node.getInt(SERVER_PORT, 5432),
                node.get(SERVER_DATABASE, ""), node.get(SERVER_USER, ""), tls, node.get(SERVER_ROOT_CERTIFICATE, "")));
    }

    /** The last server settings written, even while the file on this computer is chosen (to fill the form). */
    public ServerSettings lastServer() {
        String kind = node.get(DATABASE_KIND, "local");
        node.put(DATABASE_KIND, "server");
        try {
            return server().orElseThrow();
        } finally {
            node.put(DATABASE_KIND, kind);
        }
    }

    /** Chooses the shared server ({@code server} present) or the file on this computer, from the next start. */
    public void setServer(Optional<ServerSettings> server) {
        node.put(DATABASE_KIND, server.isPresent() ? "server" : "local");
        server.ifPresent(s -> {
            node.put(SERVER_HOST, s.host());
            node.putInt(SERVER_PORT, s.port());
            node.put(SERVER_DATABASE, s.database());
            node.put(SERVER_USER, s.user());
            node.put(SERVER_TLS, s.tls().name());
            node.put(SERVER_ROOT_CERTIFICATE, s.rootCertificate());
        });
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
