package se.samordna.app.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The one line a start-up probe prints for the benchmark: time since the process started, and memory. */
public final class StartupReport {
    public static final String PREFIX = "SAMORDNA-STARTUP";
    private static volatile long mainStartedAt;

    private StartupReport() {
    }

    /**
     * "SAMORDNA-STARTUP app epoch-ms=1795000000123 rss-kb=201344 shown-epoch-ms=… main-epoch-ms=…",
     * printed and flushed: when the window had its data, when it first showed (with its progress
     * state) and when main began; the wall-clock
     * time the window was ready, so the benchmark measures from the moment it launched the process
     * (the process start time the system reports can be off by most of a second in a virtual machine).
     */
    public static void print(String what, long windowShownAt) {
        System.out.println(PREFIX + " " + what + " epoch-ms=" + System.currentTimeMillis() + " rss-kb="
                + residentKilobytes() + " shown-epoch-ms=" + windowShownAt + " main-epoch-ms=" + mainStartedAt);
        System.out.flush();
    }

    /** Called first thing in main: the benchmark then tells the JVM's start from the program's own. */
    public static void mainStarted() {
        mainStartedAt = System.currentTimeMillis();
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
