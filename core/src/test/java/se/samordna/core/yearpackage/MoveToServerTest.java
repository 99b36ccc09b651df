package se.samordna.core.yearpackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.LaptopData;
import se.samordna.core.workspace.Workspace;

/**
 * Moving a laptop's data to the server: the laptop's H2 file (always H2, as on a coordinator's
 * computer) is written as year packages and imported into the test lane's database (the PostgreSQL
 * server in the PostgreSQL lane), which then holds the same rows.
 */
class MoveToServerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    /**
     * What year packages do not carry (docs/year-package.md, "Not carried"), so a move leaves it on the
     * laptop: the app's own tables, the individual workshop ratings, and the municipal plans shared by
     * several centres ({@code action_plan_centre}; their plans' areas, subgoals, activities and
     * checkpoints share tables with the centres' own plans, whose rows are compared package by package).
     */
    static final Set<String> NOT_COUNTED = Set.of("FLYWAY_SCHEMA_HISTORY", "APP_META", "YEAR_PACKAGE_IMPORT",
            "WORKSHOP_RATING", "ACTION_PLAN_CENTRE", "ACTION_PLAN", "PLAN_AREA", "PLAN_SUBGOAL", "PLAN_ACTIVITY",
            "PLAN_CHECKPOINT",
            // The server's own bookkeeping, not data that moves: its audit trail and who may see what.
            "RECORD_CHANGE", "CENTRE_ACCESS");

    @TempDir
    Path dir;

    @Test
    void everyCentreAndYearOfTheLaptopArrivesOnTheServerWithTheSameRows() {
        DataDirectory laptopFolder = new DataDirectory(dir.resolve("laptop"));
        try (Workspace laptop = Workspace.open(laptopFolder, CLOCK)) {
            laptop.exampleData().create();
        }
        try (LaptopData laptop = LaptopData.open(laptopFolder, CLOCK);
             Workspace server = TestDatabases.workspace(dir.resolve("server"), CLOCK)) {
            List<LaptopData.CentreYears> centres = laptop.centres();
            assertThat(centres).hasSizeGreaterThan(1);
            List<LaptopData.Written> packages = laptop.writePackages(Optional.empty(), OptionalInt.empty(),
                    dir.resolve("packages"));
            assertThat(packages).hasSize(centres.stream().mapToInt(c -> c.years().size()).sum());

            for (LaptopData.Written written : packages) {
                ImportPreview preview = server.yearPackageImport().preview(written.file());
                assertThat(preview.count(ImportPreview.State.CHANGED))
                        .as("a record already moved is the same, not changed: %s", written.file()).isZero();
                server.yearPackageImport().apply(preview, Set.of(), "test");
            }

            Map<String, Long> there = YearPackageTest.rowCounts(server);
            Map<String, Long> here = YearPackageTest.rowCounts(laptop.workspace());
            NOT_COUNTED.forEach(here::remove);
            NOT_COUNTED.forEach(there::remove);
            assertThat(here.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(50);
            assertThat(there).isEqualTo(here);

            // The same rows, not only as many: each centre's year written again from the server is the same.
            for (LaptopData.Written written : packages) {
                long serverCentre = server.centres().list().stream()
                        .filter(c -> c.name().equals(written.centre().name())).findFirst().orElseThrow().id();
                Path again = dir.resolve("again-" + written.file().getFileName());
                try {
                    server.yearPackageExport().export(serverCentre, written.year(), again);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(contentOf(again)).isEqualTo(contentOf(written.file()));
            }
        }
    }

    @Test
    void oneCentresYearMovesAloneAndAMovedPackageImportedAgainChangesNothing() {
        DataDirectory laptopFolder = new DataDirectory(dir.resolve("laptop"));
        try (Workspace laptop = Workspace.open(laptopFolder, CLOCK)) {
            laptop.exampleData().create();
        }
        try (LaptopData laptop = LaptopData.open(laptopFolder, CLOCK);
             Workspace server = TestDatabases.workspace(dir.resolve("server"), CLOCK)) {
            LaptopData.CentreYears first = laptop.centres().getFirst();
            int year = first.years().last();
            List<LaptopData.Written> packages = laptop.writePackages(Optional.of(first.centre().id()),
                    OptionalInt.of(year), dir.resolve("packages"));
            assertThat(packages).singleElement().satisfies(w -> assertThat(w.year()).isEqualTo(year));
            ImportPreview preview = server.yearPackageImport().preview(packages.getFirst().file());
            assertThat(preview.centreExists()).isFalse();
            assertThat(preview.count(ImportPreview.State.NEW)).isPositive();
            server.yearPackageImport().apply(preview, Set.of(), "test");
            assertThat(server.centres().list()).singleElement()
                    .satisfies(c -> assertThat(c.name()).isEqualTo(first.centre().name()));

            ImportPreview again = server.yearPackageImport().preview(packages.getFirst().file());
            assertThat(again.count(ImportPreview.State.NEW)).isZero();
            assertThat(again.count(ImportPreview.State.CHANGED)).isZero();
        }
    }

    @Test
    void aFolderWithoutSamordnasDatabaseIsRefusedByName() {
        DataDirectory empty = new DataDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> LaptopData.open(empty, CLOCK))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("move.noLocalData");
                    assertThat(e.arguments()).contains(empty.root().toString());
                });
    }

    /** A package's entries without its manifest (which carries the time it was written). */
    private static Map<String, String> contentOf(Path file) {
        try {
            Map<String, String> content = new LinkedHashMap<>();
            YearPackageTest.entries(file).forEach((name, bytes) -> {
                if (!name.equals(YearPackageFormat.MANIFEST)) {
                    content.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return content;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
