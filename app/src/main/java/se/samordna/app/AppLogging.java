package se.samordna.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A rotating log file in the data folder: what support needs when something went wrong. The folder
 * and its files are the user's alone, and every line (messages and stack traces alike) goes through
 * {@link se.samordna.core.security.LogScrubber}: no e-mail addresses, phone numbers or quoted text,
 * which is where names and parents' comments would show up (issue 18).
 */
final class AppLogging {
    /** SimpleFormatter's lines with the personal data taken out. */
    static final class ScrubbingFormatter extends SimpleFormatter {
        @Override
        public String format(java.util.logging.LogRecord record) {
            return se.samordna.core.security.LogScrubber.scrub(super.format(record));
        }
    }

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
            se.samordna.core.security.PrivateFiles.folder(folder);
            FileHandler handler = new FileHandler(folder.resolve("samordna-%g.log").toString(), 2_000_000, 5, true);
            handler.setFormatter(new ScrubbingFormatter());
            se.samordna.core.security.PrivateFiles.restrictTree(folder);
            handler.setEncoding("UTF-8");
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).warning("No log file: " + e.getMessage());
        }
    }
}
