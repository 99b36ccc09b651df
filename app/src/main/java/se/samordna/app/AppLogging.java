package se.samordna.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** A rotating log file in the data folder: what support needs when something went wrong. */
final class AppLogging {
    private AppLogging() {
    }

    /** Keeps strong references: JDK logging forgets the level of a logger nobody holds. */
    private static final Logger[] QUIET = {Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq")};

    static void quietLibraries() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
    }

    static void toFolder(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("samordna-%g.log").toString(), 2_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).warning("No log file: " + e.getMessage());
        }
    }
}
