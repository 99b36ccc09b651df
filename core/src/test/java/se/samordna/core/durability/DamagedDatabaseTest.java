package se.samordna.core.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Backup;
import se.samordna.core.db.DatabaseProblem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * A data folder in the states a laptop can leave it in: the database cut short, emptied, replaced
 * by another file or damaged inside; a backup that is incomplete or carries code. Each is refused
 * with its own message, nothing is overwritten, and the good backup stays.
 */
@org.junit.jupiter.api.Tag("h2-only")
class DamagedDatabaseTest {
    @TempDir
    static Path shared;
    private static Path good;

    @TempDir
    Path dir;

    @BeforeAll
    static void exampleDataClosedAsOnExit() {
        good = shared.resolve("good");
        try (Workspace workspace = Workspace.open(new DataDirectory(good), Clock.systemDefaultZone())) {
            workspace.exampleData().create();
            workspace.closeWithBackup();
        }
    }

    @Test
    void aDatabaseCutToHalfIsRefusedAndTheBackupRestoresEverything() throws Exception {
        DataDirectory data = copyOfGood();
        Path file = databaseFile(data);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertRefusedUnchanged(data, DatabaseProblem.Kind.TRUNCATED, DatabaseProblem.Kind.DAMAGED);

        Backup newest = Workspace.newestBackup(data).orElseThrow();
        assertThat(newest.contents().centres()).isEqualTo(3);
        Path aside = Workspace.rescue(data, newest, Clock.systemDefaultZone()).orElseThrow();
        assertThat(aside).exists();
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.centres().list()).hasSize(3);
            long forms = workspace.centres().list().stream()
                    .mapToLong(c -> workspace.centres().contentsOf(c.id()).documents().entrySet().stream()
                            .filter(e -> List.of("documents.agreements", "documents.workshops",
                                    "documents.surveyForms", "documents.reports").contains(e.getKey()))
                            .mapToLong(e -> e.getValue().longValue()).sum()).sum();
            assertThat(forms).isEqualTo(newest.contents().agreements() + newest.contents().workshops()
                    + newest.contents().surveyForms() + newest.contents().reports());
        }
    }

    /**
     * A disk that filled up during an upgrade, as tried on a tmpfs: H2 commits each ALTER TABLE on its
     * own, so the file is left between two versions with a copy table of H2's, which the backup
     * before the next upgrade attempt refuses. The start offers the backup made before that upgrade
     * instead of failing the same way at every start.
     */
    @Test
    void anUpgradeLeftHalfDoneOffersTheBackupFromBeforeIt() throws Exception {
        DataDirectory data = copyOfGood();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:" + data.databaseBase(), "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE PERSON_COPY_3_2 (ID BIGINT)");
                // Back at 7: the tables of every later version go (whichever come after 8), and their rows.
                for (String table : List.of("SURVEY_TRANSLATION_REVIEW", "AGREEMENT_REVIEW", "WHEEL_TICK",
                        "WHEEL_OCCURRENCE", "WHEEL_ACTIVITY", "WHEEL_CENTRE", "PLAN_CHECKPOINT", "PLAN_PROPOSAL_ANSWER",
                        "PLAN_ACTIVITY", "PLAN_SUBGOAL", "PLAN_AREA", "ACTION_PLAN_CENTRE", "ACTION_PLAN",
                        "YEAR_PACKAGE_IMPORT")) {
                    statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
                }
                // ... and the record uuids of version 12 on the older tables.
                for (String table : List.of("CENTRE", "CENTRE_PART", "PERSON", "AGREEMENT", "AGREEMENT_CLAUSE",
                        "AGREEMENT_VALUE", "AGREEMENT_PARTY", "AGREEMENT_TASK", "AGREEMENT_COST_YEAR",
                        "AGREEMENT_ATTACHMENT", "REFLECTION_OWN_STATEMENT", "WORKSHOP", "WORKSHOP_STATEMENT",
                        "WORKSHOP_AGREED", "YEAR_GOAL", "SURVEY", "SURVEY_ITEM", "SURVEY_TRANSLATION",
                        "SURVEY_RESPONSE", "SURVEY_ANSWER", "ANNUAL_REPORT", "REPORT_FIELD", "REPORT_VISITS")) {
                    statement.execute("ALTER TABLE " + table + " DROP COLUMN UUID");
                }
                statement.execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) >= 8");
            }
        }
        // The record of the last clean close describes the file at its latest version, which this one (back at 7)
        // was never closed at; a start whose upgrade fails leaves the record of the close before it.
        Files.delete(Path.of(data.databaseBase() + ".closed"));

        assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(DatabaseProblem.class,
                        e -> assertThat(e.kind()).isEqualTo(DatabaseProblem.Kind.UPGRADE_FAILED));

        Backup newest = Workspace.newestBackup(data).orElseThrow();
        assertThat(newest.contents().centres()).isEqualTo(3);
        assertThat(Workspace.rescue(data, newest, Clock.systemDefaultZone()).orElseThrow()).exists();
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.centres().list()).hasSize(3);
        }
    }

    @Test
    void aZeroByteFileIsNotTakenForANewInstallation() throws Exception {
        DataDirectory data = copyOfGood();
        Files.write(databaseFile(data), new byte[0]);
        assertRefusedUnchanged(data, DatabaseProblem.Kind.EMPTY);
    }

    @Test
    void aTextFileInItsPlaceIsNamedForWhatItIs() throws Exception {
        DataDirectory data = copyOfGood();
        Files.writeString(databaseFile(data), "Protokoll från ledningsgruppen\n");
        assertRefusedUnchanged(data, DatabaseProblem.Kind.FOREIGN);
    }

    @Test
    void damageInsideTheDataIsCaughtBeforeAnythingIsShown() throws Exception {
        DataDirectory data = copyOfGood();
        Path file = databaseFile(data);
        long size = Files.size(file);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        // Noise at one place may land in a chunk H2 no longer uses (appended, never reused: REUSE_SPACE=FALSE),
        // which is harmless and where the middle falls moves with every migration; three places reach live data.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long at : new long[] {size / 4, size / 2, size * 3 / 4}) {
                raf.seek(at);
                raf.write(noise);
            }
        }
        assertRefusedUnchanged(data, DatabaseProblem.Kind.DAMAGED, DatabaseProblem.Kind.TRUNCATED);
    }

    @Test
    void aMissingDatabaseWithBackupsBesideItIsNotReplacedByAnEmptyOne() throws Exception {
        DataDirectory data = copyOfGood();
        Files.delete(databaseFile(data));
        assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(DatabaseProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(DatabaseProblem.Kind.MISSING));
        assertThat(databaseFile(data)).doesNotExist();
    }

    @Test
    void startingAnewAfterAMissingDatabaseOpensAnEmptyOneNextTime() throws Exception {
        DataDirectory data = copyOfGood();
        Files.delete(databaseFile(data));
        assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone())).isInstanceOf(DatabaseProblem.class);

        Workspace.startEmpty(data);

        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.centres().list()).isEmpty();
        }
        assertThat(Workspace.newestBackup(data)).as("the old backups stay").isPresent();
    }

    @Test
    void aBackupMissingATableIsRefused() throws Exception {
        DataDirectory data = copyOfGood();
        Path backup = Workspace.newestBackup(data).orElseThrow().file();
        Path crafted = data.backups().resolve("samordna-20260101-120000-000-manuell.zip");
        rewrite(backup, crafted, (manifest, script) -> new String[] {
                manifest.replaceAll("(?m)^rows\\.SURVEY=.*\\n", ""),
                script.replaceAll("(?m)^INSERT INTO \"PUBLIC\"\\.\"SURVEY\" .*\\n", "")});
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertRestoreRefused(workspace, crafted, "backup.incomplete");
        }
    }

    @Test
    void aBackupThatWouldRunCodeIsRefused() throws Exception {
        DataDirectory data = copyOfGood();
        Path backup = Workspace.newestBackup(data).orElseThrow().file();
        Path alias = data.backups().resolve("samordna-20260101-120000-001-manuell.zip");
        rewrite(backup, alias, (manifest, script) -> new String[] {manifest,
                "CREATE ALIAS EXEC AS 'String e(String c) throws Exception { Runtime.getRuntime().exec(c); return c; }';\n"
                        + "CALL EXEC('touch /tmp/samordna-pwned');\n" + script});
        Path call = data.backups().resolve("samordna-20260101-120000-002-manuell.zip");
        rewrite(backup, call, (manifest, script) -> new String[] {manifest, script.replaceFirst(
                "INSERT INTO \"PUBLIC\"\\.\"CENTRE\" VALUES\\((\\d+), '[^']*'",
                "INSERT INTO \"PUBLIC\".\"CENTRE\" VALUES($1, FILE_WRITE('x', '/tmp/samordna-pwned')")});
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertRestoreRefused(workspace, alias, "backup.refusedStatement");
            assertRestoreRefused(workspace, call, "backup.refusedStatement");
        }
        assertThat(Path.of("/tmp/samordna-pwned")).doesNotExist();
    }

    @Test
    void aBackupAlteredAfterItWasWrittenIsRefusedByItsChecksum() throws Exception {
        DataDirectory data = copyOfGood();
        Path backup = Workspace.newestBackup(data).orElseThrow().file();
        Path altered = data.backups().resolve("samordna-20260101-120000-003-manuell.zip");
        rewrite(backup, altered, (manifest, script) -> new String[] {manifest,
                script.replace("Familjecentralen Solsidan", "Familjecentralen Skuggsidan")}, false);
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertRestoreRefused(workspace, altered, "backup.checksumMismatch");
        }
    }

    @Test
    void twentyStartsAndExitsKeepTheGoodBackup() throws Exception {
        DataDirectory data = copyOfGood();
        Backup first = Workspace.newestBackup(data).orElseThrow();
        for (int i = 0; i < 20; i++) {
            Workspace workspace = Workspace.open(data, Clock.systemDefaultZone());
            workspace.centres().list();
            workspace.closeWithBackup();
        }
        assertThat(data.backups().resolve(first.file().getFileName())).exists();
        assertThat(Workspace.newestBackup(data).orElseThrow().file()).isEqualTo(first.file());

        Files.write(databaseFile(data), new byte[0]);
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone())).isInstanceOf(DatabaseProblem.class);
        }
        assertThat(Workspace.newestBackup(data).orElseThrow().file()).isEqualTo(first.file());
    }

    private void assertRestoreRefused(Workspace workspace, Path backup, String key) {
        int before = workspace.centres().list().size();
        assertThatThrownBy(() -> workspace.backups().restore(backup))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(workspace.centres().list()).hasSize(before);
        assertThat(workspace.backups().list()).extracting(Backup::reason)
                .contains(Backup.Reason.ON_EXIT); // the good backup is still there
    }

    private interface Rewrite {
        String[] apply(String manifest, String script);
    }

    private static void rewrite(Path from, Path to, Rewrite change) throws Exception {
        rewrite(from, to, change, true);
    }

    /** Copies a backup with its manifest and script changed; {@code fixChecksum} as a careful forger would. */
    private static void rewrite(Path from, Path to, Rewrite change, boolean fixChecksum) throws Exception {
        String manifest;
        String script;
        try (ZipFile zip = new ZipFile(from.toFile())) {
            manifest = new String(zip.getInputStream(zip.getEntry("manifest.properties")).readAllBytes(), StandardCharsets.UTF_8);
            script = new String(zip.getInputStream(zip.getEntry("samordna.sql")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] changed = change.apply(manifest, script);
        byte[] scriptBytes = changed[1].getBytes(StandardCharsets.UTF_8);
        String newManifest = changed[0];
        if (fixChecksum) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scriptBytes));
            newManifest = newManifest.replaceAll("(?m)^script\\.sha256=.*$", "script.sha256=" + sha)
                    .replaceAll("(?m)^script\\.bytes=.*$", "script.bytes=" + scriptBytes.length);
        } else {
            newManifest = newManifest.replaceAll("(?m)^script\\.bytes=.*$", "script.bytes=" + scriptBytes.length);
        }
        try (OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("manifest.properties"));
            out.write(newManifest.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("samordna.sql"));
            out.write(scriptBytes);
        }
    }

    private void assertRefusedUnchanged(DataDirectory data, DatabaseProblem.Kind... kinds) throws Exception {
        Path file = databaseFile(data);
        String before = sha(file);
        List<Backup> backupsBefore = Workspace.newestBackup(data).stream().toList();
        assertThatThrownBy(() -> Workspace.open(data, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(DatabaseProblem.class, p -> assertThat(p.kind()).isIn((Object[]) kinds));
        assertThat(sha(file)).as("the damaged file is left exactly as it was").isEqualTo(before);
        assertThat(Workspace.newestBackup(data).stream().toList()).isEqualTo(backupsBefore);
    }

    private DataDirectory copyOfGood() throws IOException {
        Path target = dir.resolve("data");
        DataFolders.copy(good, target);
        return new DataDirectory(target);
    }

    private static Path databaseFile(DataDirectory data) {
        return Path.of(data.databaseBase() + ".mv.db");
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
