package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Issue 17 moved the H2 scripts from one folder ({@code db/migration}, as 0.1 shipped them) into
 * {@code db/schema/common} and {@code db/schema/h2}, beside PostgreSQL's own. A user's file made with
 * the old layout, at any earlier version, must upgrade with nothing lost: Flyway's checksums are of
 * the scripts' text, which did not change, and its history names versions, not folders.
 */
@Tag("h2-only")
class MigrationLayoutTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    /** The scripts as 0.1 shipped them: every H2 script in one folder. */
    private Path oldLayout() throws IOException {
        Path old = Files.createDirectories(dir.resolve("db-migration"));
        for (String folder : new String[] {"src/main/resources/db/schema/common", "src/main/resources/db/schema/h2"}) {
            try (Stream<Path> scripts = Files.list(Path.of(folder))) {
                for (Path script : scripts.toList()) {
                    Files.copy(script, old.resolve(script.getFileName()));
                }
            }
        }
        return old;
    }

    static Stream<Integer> earlierVersions() {
        return Stream.iterate(1, v -> v < Integer.parseInt(Schema.LATEST), v -> v + 1);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void aFileMadeWithTheOldLayoutUpgradesFromEveryEarlierVersion(int version) throws IOException {
        Path old = oldLayout();
        Path base = dir.resolve("v" + version).resolve("samordna");
        try (H2Database db = Database.open(base)) {
            Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + old)
                    .target(String.valueOf(version)).load().migrate();
            db.execute("INSERT INTO centre (name, kind, municipality, region, catchment_area) VALUES "
                    + "('Familjecentralen Gamla', 'FAMILJECENTRAL', 'Östersund', 'Region Jämtland Härjedalen', 'Odensala')");
        }
        int[] backups = {0};
        try (H2Database db = Database.open(base)) {
            Schema.Outcome outcome = Schema.migrate(db, () -> backups[0]++);
            assertThat(outcome.fromVersion()).isEqualTo(String.valueOf(version));
            assertThat(outcome.toVersion()).isEqualTo(Schema.LATEST);
            assertThat(backups[0]).isEqualTo(1);
            Schema.flyway(db).validate(); // every checksum as the old layout wrote it
            assertThat(db.withConnection(Database::rowCounts)).containsEntry("CENTRE", 1L);
        }
    }

    @Test
    void aFileAtTheLatestVersionWithRowsInEveryTableOpensUnchanged() throws IOException {
        Path old = oldLayout();
        Path folder = dir.resolve("latest");
        DataDirectory directory = new DataDirectory(folder);
        try (H2Database db = Database.open(directory.databaseBase())) {
            Flyway.configure().dataSource(db.dataSource()).locations("filesystem:" + old).load().migrate();
        }
        Map<String, Long> before;
        try (Workspace workspace = Workspace.open(directory, CLOCK)) {
            workspace.exampleData().create();
            before = ((H2Database) workspace.database()).withConnection(Database::rowCounts);
        }
        assertThat(before.entrySet().stream().filter(e -> e.getValue() > 0).count())
                .as("the example data fills most tables").isGreaterThan(before.size() / 2);

        try (Workspace workspace = Workspace.open(directory, CLOCK)) {
            H2Database db = (H2Database) workspace.database();
            Schema.flyway(db).validate();
            assertThat(db.withConnection(Database::rowCounts)).isEqualTo(before);
            assertThat(workspace.schemaOutcome().migrationsApplied()).isZero();
        }
    }
}
