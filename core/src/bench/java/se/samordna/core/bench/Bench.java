package se.samordna.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the benchmarks of the {@code bench} profile share: {@code -Dbench.only=report|survey|overview|package|server} (which of
 * them run; {@code all}, the default, runs every one, and each asks before it starts), the
 * percentile they report, and removing their temporary databases.
 */
final class Bench {
    private static final List<String> NAMES = List.of("all", "report", "survey", "overview", "package", "server");

    private Bench() {
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

    /** Nearest-rank percentile of a sorted list. */
    static double percentile(List<Double> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
