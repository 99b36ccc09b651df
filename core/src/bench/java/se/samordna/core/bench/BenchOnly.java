package se.samordna.core.bench;

import java.util.List;
import java.util.Locale;

/**
 * {@code -Dbench.only=report|survey}: which of the benchmarks of the {@code bench} profile run
 * ({@code all}, the default, runs every one). Each benchmark asks before it starts.
 */
final class BenchOnly {
    private static final List<String> NAMES = List.of("all", "report", "survey");

    private BenchOnly() {
    }

    /** Whether the benchmark {@code name} is to run; says so on stdout when it is not. */
    static boolean runs(String name) {
        String only = System.getProperty("bench.only", "all").strip().toLowerCase(Locale.ROOT);
        if (only.isEmpty()) {
            only = "all";
        }
        if (!NAMES.contains(only)) {
            throw new IllegalArgumentException("bench.only must be one of " + NAMES + ", not \"" + only + "\"");
        }
        if (only.equals("all") || only.equals(name)) {
            return true;
        }
        System.out.println("Skipped: bench.only=" + only + " (not " + name + ")");
        return false;
    }
}
