package se.samordna.core.yearpackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Year packages between two real data folders: written, read back, compared, refused when not to be trusted. */
class YearPackageTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    static final int YEAR = 2026;

    @TempDir
    Path dir;

    private Workspace source;
    private Workspace target;
    private Centre centre;

    @BeforeEach
    void open() {
        source = se.samordna.core.TestDatabases.workspace(dir.resolve("centre"), CLOCK);
        centre = source.exampleData().create().getFirst();
        target = se.samordna.core.TestDatabases.workspace(dir.resolve("county"), CLOCK);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private Path export(Workspace workspace, long centreId, String name) throws IOException {
        Path file = dir.resolve(name);
        workspace.yearPackageExport().export(centreId, YEAR, file);
        return file;
    }

    @Test
    void theFileIsNamedForTheCentreAndTheYear() {
        assertThat(YearPackageExport.fileName("Familjecentralen Solsidan", 2026))
                .isEqualTo("Familjecentralen Solsidan 2026.samordna");
        String hostile = YearPackageExport.fileName("Familjecentralen Solsidan: \"BVC/BMM\" " + "långt ".repeat(40), 2026);
        assertThat(hostile).startsWith("Familjecentralen Solsidan BVC-BMM långt").endsWith(" 2026.samordna")
                .hasSizeLessThanOrEqualTo(se.samordna.core.common.FileNames.MAX_CHARACTERS);
    }

    @Test
    void aRoundTripKeepsEveryRecordAndItsUuid() throws Exception {
        Path first = export(source, centre.id(), "first.samordna");
        Map<String, byte[]> written = entries(first);
        assertThat(written).containsKey("manifest.json");
        assertThat(new String(written.get("survey/survey_answer.json"), StandardCharsets.UTF_8)).contains("\"answer\"");
        assertThat(written.keySet()).noneMatch(name -> name.contains("workshop_rating"));

        ImportPreview preview = target.yearPackageImport().preview(first);
        assertThat(preview.centreExists()).isFalse();
        assertThat(preview.records()).allMatch(r -> r.state() == ImportPreview.State.NEW);
        ImportResult result = target.yearPackageImport().apply(preview, Set.of(), "test");
        assertThat(result.centreCreated()).isTrue();
        assertThat(result.added()).isEqualTo(preview.records().size());
        // A backup before the import on the laptop; on the server its own backups stand behind it (none here).
        assertThat(result.backup().isPresent()).isEqualTo(!se.samordna.core.TestDatabases.onServer());

        long id = target.centres().list().getFirst().id();
        Path second = export(target, id, "second.samordna");
        Map<String, byte[]> again = entries(second);
        written.remove("manifest.json");
        again.remove("manifest.json");
        assertThat(again.keySet()).isEqualTo(written.keySet());
        for (String name : written.keySet()) {
            assertThat(new String(again.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(written.get(name), StandardCharsets.UTF_8));
        }
        assertThat(target.yearPackageImport().log()).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo("test"))
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("first.samordna"));
    }

    @Test
    void importingTheSamePackageAgainChangesNothing() throws Exception {
        Path file = export(source, centre.id(), "p.samordna");
        target.yearPackageImport().apply(target.yearPackageImport().preview(file), Set.of(), "test");
        Map<String, Long> before = rowCounts(target);

        ImportPreview again = target.yearPackageImport().preview(file);
        assertThat(again.centreExists()).isTrue();
        assertThat(again.changesNothing()).isTrue();
        ImportResult result = target.yearPackageImport().apply(again, Set.of(), "test");
        assertThat(result.added()).isZero();
        assertThat(result.backup()).isEmpty();
        assertThat(rowCounts(target)).isEqualTo(before);
    }

    @Test
    void theCentresOwnPackageBackInItsOwnInstallationChangesNothingAndKeepsLinksOutsideTheYear() throws Exception {
        String goalsWithWorkshop = "SELECT COUNT(*) FROM YEAR_GOAL WHERE CENTRE_ID = ? AND WORKSHOP_ID IS NOT NULL";
        long linked = source.database().transactionResult(ctx -> ctx.fetchValue(goalsWithWorkshop, centre.id()))
                instanceof Number n ? n.longValue() : -1;
        Path file = export(source, centre.id(), "p.samordna");

        ImportPreview preview = source.yearPackageImport().preview(file);
        assertThat(preview.records()).filteredOn(r -> r.state() != ImportPreview.State.SAME).isEmpty();
        source.yearPackageImport().apply(preview, preview.records().stream().map(ImportPreview.RecordPreview::uuid)
                .collect(java.util.stream.Collectors.toSet()), "test");
        assertThat(source.database().transactionResult(ctx -> ctx.fetchValue(goalsWithWorkshop, centre.id()))
                instanceof Number n ? n.longValue() : -2).isEqualTo(linked);

        source.centres().update(centre.id(), source.centres().get(centre.id()).details()
                .withCatchmentArea("Ändrad här efter exporten"));
        ImportPreview changed = source.yearPackageImport().preview(file);
        List<ImportPreview.RecordPreview> differing = changed.records().stream()
                .filter(r -> r.state() != ImportPreview.State.SAME).toList();
        assertThat(differing).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo("centre"));
        ImportResult taken = source.yearPackageImport().apply(changed, Set.of(differing.getFirst().uuid()), "test");
        assertThat(taken.taken()).isEqualTo(1);
        assertThat(source.centres().get(centre.id()).details().catchmentArea())
                .isEqualTo(centre.details().catchmentArea());
    }

    @Test
    void aChangedFieldIsShownSideBySideAndOnlyTakenWhenChosen() throws Exception {
        Path file = export(source, centre.id(), "p.samordna");
        target.yearPackageImport().apply(target.yearPackageImport().preview(file), Set.of(), "test");
        source.database().transaction(ctx -> ctx.execute(
                "UPDATE CENTRE SET CATCHMENT_AREA = 'Norra stadsdelen' WHERE ID = ?", centre.id()));
        Path changed = export(source, centre.id(), "changed.samordna");

        ImportPreview preview = target.yearPackageImport().preview(changed);
        List<ImportPreview.RecordPreview> differing = preview.records().stream()
                .filter(r -> r.state() == ImportPreview.State.CHANGED).toList();
        assertThat(differing).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("centre");
            assertThat(r.changes()).extracting(ImportPreview.FieldChange::field, ImportPreview.FieldChange::inPackage)
                    .contains(org.assertj.core.groups.Tuple.tuple("catchment_area", "Norra stadsdelen"));
        });
        long id = target.centres().list().getFirst().id();

        ImportResult kept = target.yearPackageImport().apply(preview, Set.of(), "test");
        assertThat(kept.kept()).isEqualTo(1);
        assertThat(target.centres().get(id).details().catchmentArea()).isNotEqualTo("Norra stadsdelen");

        UUID chosen = differing.getFirst().uuid();
        ImportResult taken = target.yearPackageImport().apply(target.yearPackageImport().preview(changed), Set.of(chosen),
                "test");
        assertThat(taken.taken()).isEqualTo(1);
        assertThat(taken.backup().isPresent()).isEqualTo(!se.samordna.core.TestDatabases.onServer());
        assertThat(target.centres().get(id).details().catchmentArea()).isEqualTo("Norra stadsdelen");
        assertThat(target.yearPackageImport().log().getFirst().changes()).contains("catchment_area");
    }

    // --- refusals: each refused whole, with its message, and nothing written ---

    @Test
    void aTamperedFileIsRefusedByItsChecksum() throws Exception {
        Path file = rewrite(export(source, centre.id(), "p.samordna"), (name, bytes) -> name.equals("centre/centre.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace(centre.details().name(), "Något annat")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertRefused(file, "yearPackage.checksum");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        Path file = export(source, centre.id(), "p.samordna");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() * 2 / 3);
        }
        assertRefused(file, "yearPackage.damaged");
    }

    @Test
    void anEntryClimbingOutOfTheFolderIsRefused() throws Exception {
        Path file = withExtra(export(source, centre.id(), "p.samordna"), "../../evil.txt", "x".getBytes());
        assertRefused(file, "yearPackage.unsafePath");
    }

    @Test
    void anEntryWithAnAbsolutePathIsRefused() throws Exception {
        Path file = withExtra(export(source, centre.id(), "p.samordna"), "/etc/evil.txt", "x".getBytes());
        assertRefused(file, "yearPackage.unsafePath");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path file = dir.resolve("bomb.samordna");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(2 * 1024 * 1024);
        assertRefused(file, "yearPackage.tooLarge");
    }

    @Test
    void aNewerFormatAsksToUpdateSamordna() throws Exception {
        Path file = rewrite(export(source, centre.id(), "p.samordna"), (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertThatThrownBy(() -> target.yearPackageImport().preview(file)).isInstanceOfSatisfying(
                UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("yearPackage.newerFormat");
                    assertThat(e.arguments()).containsExactly(2, 1);
                });
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        Path file = rewriteWithManifest(export(source, centre.id(), "p.samordna"), "reflection/workshop.json",
                "{\"table\": \"workshop\", \"records\": [".getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "yearPackage.malformed");
    }

    @Test
    void aRecordOfTheWrongShapeIsRefused() throws Exception {
        Path original = export(source, centre.id(), "p.samordna");
        String people = new String(entries(original).get("centre/person.json"), StandardCharsets.UTF_8);
        Path file = rewriteWithManifest(original, "centre/person.json",
                people.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : 42").getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "yearPackage.shape");
    }

    @Test
    void aPackageWithoutManifestIsRefused() throws Exception {
        Path file = rewrite(export(source, centre.id(), "p.samordna"), (name, bytes) -> name.equals("manifest.json")
                ? null : bytes);
        assertRefused(file, "yearPackage.missingManifest");
    }

    private void assertRefused(Path file, String key) {
        Map<String, Long> before = rowCounts(target);
        assertThatThrownBy(() -> target.yearPackageImport().preview(file))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(rowCounts(target)).isEqualTo(before);
        assertThat(target.backups().list()).isEmpty();
    }

    static Map<String, Long> rowCounts(Workspace workspace) {
        return workspace.database().transactionResult(ctx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (var r : ctx.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                    + "ORDER BY TABLE_NAME")) {
                String table = r.get(0, String.class);
                counts.put(table.toUpperCase(java.util.Locale.ROOT),
                        ctx.fetchOne("SELECT COUNT(*) FROM " + ctx.render(org.jooq.impl.DSL.name(table))).get(0, Long.class));
            }
            return counts;
        });
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    interface Rewrite {
        byte[] apply(String name, byte[] bytes);
    }

    private Path rewrite(Path file, Rewrite rewrite) throws IOException {
        Path out = dir.resolve("re-" + file.getFileName());
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries(file).entrySet()) {
                byte[] bytes = rewrite.apply(e.getKey(), e.getValue());
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        }
        return out;
    }

    /** Replaces one file and its checksum in the manifest, so only the content itself is wrong. */
    private Path rewriteWithManifest(Path file, String name, byte[] content) throws IOException {
        Map<String, byte[]> all = entries(file);
        String oldSum = PackageRecord.sha256(all.get(name));
        String manifest = new String(all.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(oldSum, PackageRecord.sha256(content))
                .replaceAll("(\"" + java.util.regex.Pattern.quote(name) + "\" : \\{\\s*\"sha256\" : \"[0-9a-f]+\",\\s*\"size\" : )\\d+",
                        "$1" + content.length);
        return rewrite(file, (n, bytes) -> n.equals(name) ? content
                : n.equals("manifest.json") ? manifest.getBytes(StandardCharsets.UTF_8) : bytes);
    }

    private Path withExtra(Path file, String name, byte[] content) throws IOException {
        Path out = dir.resolve("extra-" + file.getFileName());
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries(file).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out;
    }
}
