package se.samordna.app.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The one line a start-up probe prints for the benchmark: time since the process started, and memory. */
public final class StartupReport {
    public static final String PREFIX = "SAMORDNA-STARTUP";

    private StartupReport() {
    }

    /** Milliseconds since this process started, or -1 where the system does not say. */
    public static long millisSinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    /** "SAMORDNA-STARTUP app ready-ms=812 rss-kb=201344", printed and flushed. */
    public static void print(String what) {
        System.out.println(PREFIX + " " + what + " ready-ms=" + millisSinceStart() + " rss-kb=" + residentKilobytes());
        System.out.flush();
    }

    /** Resident memory from /proc (Linux); -1 where there is none. */
    static long residentKilobytes() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : status) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
