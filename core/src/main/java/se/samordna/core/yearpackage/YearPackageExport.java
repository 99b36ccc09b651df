package se.samordna.core.yearpackage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.FileNames;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.db.Database;
import se.samordna.core.db.Schema;

/** Writes one centre's year as a year package: each part's tables as JSON, the signed copies as files. */
public final class YearPackageExport {
    /** The samples command's folder for year packages. */
    public static final String SAMPLES_FOLDER = "arspaket";

    private final Database database;
    private final List<PackagePart> parts;
    private final Clock clock;
    private final String appVersion;

    public YearPackageExport(Database database, List<PackagePart> capabilityParts, Clock clock, String appVersion) {
        this.database = database;
        this.parts = PackageSchema.parts(capabilityParts);
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** "Familjecentralen Solsidan 2026.samordna", safe as a file name on every system. */
    public static String fileName(String centreName, int year) {
        return FileNames.safe(FileNames.part(centreName) + " " + year + YearPackageFormat.EXTENSION);
    }

    /**
     * The samples command's share: each centre's year package for {@code year}, in {@code folder/arspaket}
     * ("arspaket/Familjecentralen Solsidan 2026.samordna").
     */
    public List<Path> writeSamples(List<CentreSummary> centres, int year, Path folder) throws IOException {
        Path packages = Files.createDirectories(folder.resolve(SAMPLES_FOLDER));
        List<Path> written = new java.util.ArrayList<>();
        for (CentreSummary centre : centres) {
            Path file = packages.resolve(fileName(centre.name(), year));
            export(centre.id(), year, file);
            written.add(file);
        }
        return written;
    }

    /**
     * The years a package of the centre would carry something of its own for (a survey, a workshop, a
     * report, a plan…): what moving all of a laptop's data writes one package each for.
     */
    public java.util.SortedSet<Integer> years(long centreId) {
        return database.transactionResult(ctx -> {
            PackageSchema schema = PackageSchema.read(ctx, parts);
            PackageRows rows = new PackageRows(ctx, schema);
            java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
            for (PackageSchema.Table table : schema.tables()) {
                if (table.spec().yearColumn().isPresent()) {
                    years.addAll(rows.years(table, centreId));
                }
            }
            return years;
        });
    }

    /** Writes the package to {@code file} (through a temporary file beside it, so a failed write leaves nothing). */
    public Manifest export(long centreId, int year, Path file) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Manifest manifest = database.transactionResult(ctx -> {
            PackageSchema schema = PackageSchema.read(ctx, parts);
            PackageRows rows = new PackageRows(ctx, schema);
            List<PackageRecord> centre = rows.ofYear(schema.centre(), centreId, year);
            if (centre.isEmpty()) {
                throw new NotFoundException("centre", centreId);
            }
            Map<String, List<PackageRecord>> records = new LinkedHashMap<>();
            Map<String, Set<UUID>> carried = new HashMap<>();
            for (PackageSchema.Table table : schema.tables()) {
                List<PackageRecord> of = rows.ofYear(table, centreId, year);
                records.put(table.name(), of);
                carried.put(table.name(), of.stream().map(PackageRecord::uuid).collect(Collectors.toSet()));
            }
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            for (PackageSchema.Table table : schema.tables()) {
                List<PackageRecord> inside = records.get(table.name()).stream()
                        .map(r -> insideThePackage(table, r, carried)).toList();
                files.put(table.file(), PackageJson.write(PackageJson.tableFile(table, inside, attachments)));
            }
            files.putAll(attachments);
            Map<String, Manifest.FileEntry> sums = new LinkedHashMap<>();
            files.forEach((path, bytes) -> sums.put(path, new Manifest.FileEntry(PackageRecord.sha256(bytes),
                    bytes.length)));
            PackageRecord c = centre.getFirst();
            return new Manifest(YearPackageFormat.NAME, YearPackageFormat.VERSION, appVersion, Schema.LATEST,
                    c.uuid(), (String) c.values().get("name"), year,
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), sums);
        });
        Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, YearPackageFormat.MANIFEST, manifest.toJson());
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return manifest;
    }

    /**
     * A reference to a record the package does not carry (last year's activity, a workshop of another
     * year) is written as none: a package only points at records inside it, so it reads the same in
     * every installation.
     */
    private static PackageRecord insideThePackage(PackageSchema.Table table, PackageRecord record,
            Map<String, Set<UUID>> carried) {
        Map<String, UUID> links = new LinkedHashMap<>(record.links());
        for (PackageTable.Link reference : table.spec().references()) {
            String key = PackageSchema.Table.key(reference);
            UUID target = links.get(key);
            if (target != null && !carried.getOrDefault(reference.target(), Set.of()).contains(target)) {
                links.put(key, null);
            }
        }
        return new PackageRecord(record.table(), record.uuid(), links, record.values());
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
