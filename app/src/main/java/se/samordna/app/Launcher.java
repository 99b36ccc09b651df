package se.samordna.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import javafx.application.Application;

import se.samordna.app.startup.StartupReport;
import se.samordna.core.workspace.SampleDocuments;

/**
 * The entry point. Not a JavaFX {@code Application} itself, so the app also starts with JavaFX on
 * the class path, and {@code --samples} runs without any window at all.
 */
public final class Launcher {
    /** {@link System#nanoTime()} as main began: start-up times in the log count from here. */
    static final long STARTED_NANOS = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupReport.mainStarted();
        // jOOQ's banner and tips, and library INFO lines, are noise for a coordinator's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        AppLogging.quietLibraries();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CommandLine options = CommandLine.parse(java.util.List.of(args));
        if (options.failed()) {
            System.err.println(options.error());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
        }
        if (options.help()) {
            out.println(CommandLine.USAGE);
            return;
        }
        if (options.verifyData()) {
            System.exit(DataCheckCommand.run(options.dataDir(), out));
        }
        if (options.samplesDir().isPresent()) {
            System.exit(SampleDocuments.run(options.samplesDir().get(), out));
        }
        Application.launch(SamordnaApp.class, args);
    }
}
