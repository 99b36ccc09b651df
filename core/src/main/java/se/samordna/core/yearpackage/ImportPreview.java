package se.samordna.core.yearpackage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What importing a package would do, worked out before anything is written: per record whether it is
 * new, the same as here, or changed (with the fields side by side), and whether the centre is here.
 */
public final class ImportPreview {
    public enum State { NEW, SAME, CHANGED }

    /** A field that differs: its value here and in the package (null when empty). */
    public record FieldChange(String field, String here, String inPackage) {
    }

    /** One record of the package: its part and table, its UUID, a text to know it by, and its state. */
    public record RecordPreview(String part, String table, UUID uuid, String label, State state,
            List<FieldChange> changes) {
        public RecordPreview {
            changes = List.copyOf(changes);
        }
    }

    private final Path file;
    private final Manifest manifest;
    private final boolean centreExists;
    private final List<RecordPreview> records;
    private final Map<String, List<PackageRecord>> parsed;

    ImportPreview(Path file, Manifest manifest, boolean centreExists, List<RecordPreview> records,
            Map<String, List<PackageRecord>> parsed) {
        this.file = file;
        this.manifest = manifest;
        this.centreExists = centreExists;
        this.records = List.copyOf(records);
        this.parsed = Map.copyOf(parsed);
    }

    public Path file() {
        return file;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** False when the import would create the centre. */
    public boolean centreExists() {
        return centreExists;
    }

    public List<RecordPreview> records() {
        return records;
    }

    public long count(State state) {
        return records.stream().filter(r -> r.state() == state).count();
    }

    /** True when importing would change nothing (every record is here as it is in the package). */
    public boolean changesNothing() {
        return records.stream().allMatch(r -> r.state() == State.SAME);
    }

    Map<String, List<PackageRecord>> parsed() {
        return parsed;
    }
}
