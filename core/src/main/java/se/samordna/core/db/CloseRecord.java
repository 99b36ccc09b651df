package se.samordna.core.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A small file beside the database, written after each clean close: the file's size and the rows
 * of every table then. A database file cut short opens in an older state without any error from
 * H2; comparing with this record is how Samordna notices.
 */
record CloseRecord(long fileBytes, Map<String, Long> rows) {

    static Path fileFor(Path databaseBase) {
        return Path.of(databaseBase.toAbsolutePath() + ".closed");
    }

    static Optional<CloseRecord> read(Path databaseBase) {
        Path file = fileFor(databaseBase);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Map<String, Long> rows = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("rows.")) {
                    rows.put(name.substring(5), Long.parseLong(properties.getProperty(name)));
                }
            }
            return Optional.of(new CloseRecord(Long.parseLong(properties.getProperty("fileBytes", "0")), rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record only means one check fewer
        }
    }

    void write(Path databaseBase) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("fileBytes", Long.toString(fileBytes));
        rows.forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        Path file = fileFor(databaseBase);
        Path part = Path.of(file + ".part");
        try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            properties.store(writer, "Samordna: the database as last closed");
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Nothing writes the file between a clean close and the next start: it must be whole and as large. */
    boolean showsLossIn(long currentFileBytes, Map<String, Long> now) {
        if (currentFileBytes < fileBytes) {
            return true;
        }
        for (Map.Entry<String, Long> before : rows.entrySet()) {
            if (now.getOrDefault(before.getKey(), 0L) < before.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** Once the database is open for work the record no longer describes the file (a crash may follow). */
    static void forget(Path databaseBase) {
        try {
            Files.deleteIfExists(fileFor(databaseBase));
        } catch (IOException ignored) {
            // a stale record only makes the next start's check stricter
        }
    }
}
