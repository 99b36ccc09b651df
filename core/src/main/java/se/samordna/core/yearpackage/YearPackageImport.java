package se.samordna.core.yearpackage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;
import se.samordna.core.db.Database;
import se.samordna.core.yearpackage.ImportPreview.FieldChange;
import se.samordna.core.yearpackage.ImportPreview.RecordPreview;
import se.samordna.core.yearpackage.ImportPreview.State;
import se.samordna.core.yearpackage.PackageSchema.Table;

/**
 * Imports a year package: {@link #preview} reads and checks the whole file and compares it with what is
 * here without writing anything; {@link #apply} makes a backup and imports in one transaction, taking a
 * changed record only when chosen, and logs the import.
 */
public final class YearPackageImport {
    private static final int CHANGES_MAX = 20_000;

    private final Database database;
    private final BackupService backups;
    private final List<PackagePart> parts;
    private final Clock clock;

    public YearPackageImport(Database database, BackupService backups, List<PackagePart> capabilityParts, Clock clock) {
        this.database = database;
        this.backups = backups;
        this.parts = PackageSchema.parts(capabilityParts);
        this.clock = clock;
    }

    /** Checks the package and compares it with this installation; refuses the whole file at the first fault. */
    public ImportPreview preview(Path file) {
        Map<String, byte[]> entries = PackageZip.read(file);
        byte[] manifestBytes = entries.remove(YearPackageFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new UserFacingException("yearPackage.missingManifest");
        }
        Manifest manifest = Manifest.read(manifestBytes);
        for (Map.Entry<String, Manifest.FileEntry> listed : manifest.files().entrySet()) {
            byte[] bytes = entries.get(listed.getKey());
            if (bytes == null) {
                throw new UserFacingException("yearPackage.missingFile", listed.getKey());
            }
            if (bytes.length != listed.getValue().size()
                    || !PackageRecord.sha256(bytes).equals(listed.getValue().sha256())) {
                throw new UserFacingException("yearPackage.checksum", listed.getKey());
            }
        }
        for (String name : entries.keySet()) {
            if (!manifest.files().containsKey(name)) {
                throw new UserFacingException("yearPackage.unlisted", name);
            }
        }
        return database.transactionResult(ctx -> compare(ctx, file, manifest, entries));
    }

    private ImportPreview compare(DSLContext ctx, Path file, Manifest manifest, Map<String, byte[]> entries) {
        PackageSchema schema = PackageSchema.read(ctx, parts);
        Set<String> known = new HashSet<>();
        Map<String, List<PackageRecord>> parsed = new LinkedHashMap<>();
        Map<String, Set<UUID>> uuids = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            known.add(table.file());
            byte[] bytes = entries.get(table.file());
            List<PackageRecord> records = bytes == null ? List.of()
                    : PackageJson.records(table, table.file(), PackageJson.parse(table.file(), bytes), entries);
            Set<UUID> seen = new HashSet<>();
            for (PackageRecord record : records) {
                if (!seen.add(record.uuid())) {
                    throw new UserFacingException("yearPackage.shape", table.file(), record.uuid().toString(), "uuid");
                }
                table.spec().owner().ifPresent(owner -> checkOwner(table, owner, record, manifest, uuids));
            }
            parsed.put(table.name(), records);
            uuids.put(table.name(), seen);
        }
        for (String name : entries.keySet()) {
            if (!known.contains(name) && !name.startsWith("attachments/")) {
                throw new UserFacingException("yearPackage.unlisted", name);
            }
        }
        List<PackageRecord> centre = parsed.get("centre");
        if (centre.size() != 1 || !centre.getFirst().uuid().equals(manifest.centreUuid())) {
            throw new UserFacingException("yearPackage.shape", schema.centre().file(), "1", "uuid");
        }
        PackageRows rows = new PackageRows(ctx, schema);
        boolean centreExists = rows.idOf("centre", manifest.centreUuid()).isPresent();
        if (!centreExists) {
            refuseNameTaken(ctx, centre.getFirst());
        }
        List<RecordPreview> previews = new ArrayList<>();
        for (Table table : schema.tables()) {
            List<PackageRecord> records = parsed.get(table.name());
            Map<UUID, PackageRecord> here = rows.byUuid(table, records.stream().map(PackageRecord::uuid).toList());
            for (PackageRecord record : records) {
                PackageRecord local = here.get(record.uuid());
                if (local == null) {
                    previews.add(new RecordPreview(table.spec().owner().isEmpty() ? PackageSchema.BASE : table.part(),
                            table.name(), record.uuid(), record.label(), State.NEW, List.of()));
                    continue;
                }
                table.spec().owner().map(PackageSchema.Table::key).ifPresent(key -> {
                    if (!Objects.equals(local.links().get(key), record.links().get(key))) {
                        throw new UserFacingException("yearPackage.foreignRecord", table.file(), record.uuid().toString());
                    }
                });
                List<FieldChange> changes = changes(local, keepLinksOutside(table, local, record, uuids));
                previews.add(new RecordPreview(table.part(), table.name(), record.uuid(), record.label(),
                        changes.isEmpty() ? State.SAME : State.CHANGED, changes));
            }
        }
        return new ImportPreview(file, manifest, centreExists, previews, parsed);
    }

    /** Every row of a centre's year must belong to the package's centre, every child to a record in the package. */
    private static void checkOwner(Table table, PackageTable.Link owner, PackageRecord record, Manifest manifest,
            Map<String, Set<UUID>> uuids) {
        UUID parent = record.links().get(PackageSchema.Table.key(owner));
        boolean ok = owner.target().equals("centre") ? manifest.centreUuid().equals(parent)
                : parent != null && uuids.getOrDefault(owner.target(), Set.of()).contains(parent);
        if (!ok) {
            throw new UserFacingException("yearPackage.foreignRecord", table.file(), record.uuid().toString());
        }
    }

    private static void refuseNameTaken(DSLContext ctx, PackageRecord centre) {
        Object name = centre.values().get("name");
        Object municipality = centre.values().get("municipality");
        Record taken = ctx.fetchOne(PackageSchema.names(ctx, "SELECT \"ID\" FROM \"CENTRE\" WHERE \"NAME\" = ? AND \"MUNICIPALITY\" = ?"),
                name, municipality);
        if (taken != null) {
            throw new UserFacingException("yearPackage.nameTaken", name, municipality);
        }
    }

    /**
     * A package writes a reference to a record it does not carry as none (a year goal from last year's
     * workshop): it cannot say where it points, so it does not say it points nowhere. Where the record
     * here points at a record outside the package and the package's reference is none, the record here
     * keeps its reference, and the difference is neither shown as a change nor written.
     */
    private static PackageRecord keepLinksOutside(Table table, PackageRecord local, PackageRecord inPackage,
            Map<String, Set<UUID>> carried) {
        Map<String, UUID> links = null;
        for (PackageTable.Link reference : table.spec().references()) {
            String key = PackageSchema.Table.key(reference);
            UUID here = local.links().get(key);
            if (here != null && inPackage.links().get(key) == null
                    && !carried.getOrDefault(reference.target(), Set.of()).contains(here)) {
                if (links == null) {
                    links = new LinkedHashMap<>(inPackage.links());
                }
                links.put(key, here);
            }
        }
        return links == null ? inPackage
                : new PackageRecord(inPackage.table(), inPackage.uuid(), links, inPackage.values());
    }

    private static List<FieldChange> changes(PackageRecord here, PackageRecord inPackage) {
        Map<String, String> a = here.fields();
        Map<String, String> b = inPackage.fields();
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : b.entrySet()) {
            String mine = a.get(field.getKey());
            if (!Objects.equals(mine, field.getValue())) {
                changes.add(new FieldChange(field.getKey(), mine, field.getValue()));
            }
        }
        return changes;
    }

    /**
     * Imports the previewed package: new records are added, a changed record takes the package's values
     * only when its UUID is in {@code taken}. One transaction after a backup; nothing is written (and no
     * backup made) when the package holds nothing new and nothing chosen.
     */
    public ImportResult apply(ImportPreview preview, Set<UUID> taken, String who) {
        boolean writes = preview.records().stream().anyMatch(r -> r.state() == State.NEW
                || (r.state() == State.CHANGED && taken.contains(r.uuid())));
        int same = (int) preview.count(State.SAME);
        if (!writes) {
            return new ImportResult(0, 0, (int) preview.count(State.CHANGED), same, false, Optional.empty());
        }
        // On the shared server the server's own backups stand behind an import (BackupService.onServer).
        Backup backup = backups.isLocal() ? backups.create(Backup.Reason.BEFORE_IMPORT) : null;
        try {
            ImportResult result = database.transactionResult(ctx -> write(ctx, preview, taken, who, backup));
            return result;
        } catch (DataAccessException e) {
            throw new UserFacingException("yearPackage.conflict", e, preview.file().getFileName().toString());
        }
    }

    private ImportResult write(DSLContext ctx, ImportPreview preview, Set<UUID> taken, String who, Backup backup) {
        PackageSchema schema = PackageSchema.read(ctx, parts);
        PackageRows rows = new PackageRows(ctx, schema);
        boolean centreCreated = rows.idOf("centre", preview.manifest().centreUuid()).isEmpty();
        int added = 0;
        int took = 0;
        int kept = 0;
        int unchanged = 0;
        StringBuilder log = new StringBuilder();
        Map<String, Set<UUID>> carried = new HashMap<>();
        preview.parsed().forEach((name, records) -> carried.put(name,
                records.stream().map(PackageRecord::uuid).collect(java.util.stream.Collectors.toSet())));
        for (Table table : schema.tables()) {
            List<PackageRecord> records = preview.parsed().getOrDefault(table.name(), List.of());
            Map<UUID, PackageRecord> here = rows.byUuid(table, records.stream().map(PackageRecord::uuid).toList());
            for (PackageRecord record : records) {
                PackageRecord local = here.get(record.uuid());
                if (local == null) {
                    rows.insert(table, record);
                    added++;
                    continue;
                }
                PackageRecord complete = keepLinksOutside(table, local, record, carried);
                List<FieldChange> changes = changes(local, complete);
                if (changes.isEmpty()) {
                    unchanged++;
                } else if (taken.contains(record.uuid())) {
                    rows.update(table, complete);
                    took++;
                    for (FieldChange change : changes) {
                        log.append(table.name()).append(' ').append(record.uuid()).append(' ').append(change.field())
                                .append(": ").append(change.here()).append(" -> ").append(change.inPackage())
                                .append('\n');
                    }
                } else {
                    kept++;
                }
            }
        }
        String changes = log.length() > CHANGES_MAX ? log.substring(0, CHANGES_MAX - 1) + "…" : log.toString();
        Manifest m = preview.manifest();
        ctx.execute(PackageSchema.names(ctx, "INSERT INTO \"YEAR_PACKAGE_IMPORT\" (\"IMPORTED_AT\", \"IMPORTED_BY\", \"FILE_NAME\", "
                + "\"CENTRE_UUID\", \"CENTRE_NAME\", \"PACKAGE_YEAR\", \"WRITTEN_BY\", \"BACKUP_NAME\", \"CENTRE_CREATED\", "
                + "\"ADDED\", \"TAKEN\", \"KEPT\", \"UNCHANGED\", \"CHANGES\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                LocalDateTime.now(clock), clip(who, 200), clip(preview.file().getFileName().toString(), 255),
                m.centreUuid(), m.centreName(), m.year(), clip(m.appVersion(), 40),
                clip(backup == null ? "" : backup.file().getFileName().toString(), 255), centreCreated, added, took, kept, unchanged, changes);
        return new ImportResult(added, took, kept, unchanged, centreCreated, Optional.ofNullable(backup));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Earlier imports, newest first. */
    public List<ImportLogEntry> log() {
        return database.transactionResult(ctx -> ctx.fetch(PackageSchema.names(ctx, "SELECT \"IMPORTED_AT\", \"IMPORTED_BY\", \"FILE_NAME\", "
                + "\"CENTRE_NAME\", \"PACKAGE_YEAR\", \"WRITTEN_BY\", \"BACKUP_NAME\", \"CENTRE_CREATED\", \"ADDED\", "
                + "\"TAKEN\", \"KEPT\", \"UNCHANGED\", \"CHANGES\" FROM \"YEAR_PACKAGE_IMPORT\" ORDER BY \"ID\" DESC"))
                .map(r -> new ImportLogEntry(r.get(0, LocalDateTime.class), r.get(1, String.class),
                        r.get(2, String.class), r.get(3, String.class), r.get(4, Integer.class), r.get(5, String.class),
                        r.get(6, String.class), r.get(7, Boolean.class), r.get(8, Integer.class), r.get(9, Integer.class),
                        r.get(10, Integer.class), r.get(11, Integer.class), r.get(12, String.class))));
    }
}
