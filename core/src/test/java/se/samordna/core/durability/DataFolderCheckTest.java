package se.samordna.core.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.db.DatabaseProblem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.DataFolderCheck;
import se.samordna.core.workspace.Workspace;

/** {@code --verify-data}: a good folder passes, a damaged database or backup is named, nothing is written. */
@org.junit.jupiter.api.Tag("h2-only")
class DataFolderCheckTest {
    @TempDir
    Path dir;

    @Test
    void aGoodFolderPassesAndAnAlteredBackupIsNamed() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            workspace.centres().create(CentreDetails.newCentre("Familjecentralen Kontroll", "Krokom", ""));
            workspace.closeWithBackup();
        }
        List<DataFolderCheck.Finding> good = DataFolderCheck.run(data);
        assertThat(good).hasSize(2).allMatch(DataFolderCheck.Finding::ok);
        assertThat(good.getFirst().rows()).containsEntry("CENTRE", 1L);

        Path copy = data.backups().resolve("samordna-20260101-120000-000-manuell.zip");
        Files.writeString(copy, "inte en zip");
        Path database = Path.of(data.databaseBase() + ".mv.db");
        byte[] before = Files.readAllBytes(database);

        List<DataFolderCheck.Finding> findings = DataFolderCheck.run(data);

        assertThat(findings).filteredOn(f -> !f.ok()).singleElement()
                .satisfies(f -> assertThat(f.what()).endsWith(copy.getFileName().toString()))
                .satisfies(f -> assertThat(f.problem().orElseThrow().messageKey()).isEqualTo("backup.unreadable"));
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsReportedWithItsKind() throws Exception {
        DataDirectory data = new DataDirectory(dir);
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            workspace.closeWithBackup();
        }
        Files.writeString(Path.of(data.databaseBase() + ".mv.db"), "hej");

        DataFolderCheck.Finding database = DataFolderCheck.run(data).getFirst();

        assertThat(database.problem()).get().isInstanceOfSatisfying(DatabaseProblem.class,
                p -> assertThat(p.kind()).isEqualTo(DatabaseProblem.Kind.FOREIGN));
    }
}
