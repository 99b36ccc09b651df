package se.samordna.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Role;
import se.samordna.core.db.Backup;

@org.junit.jupiter.api.Tag("h2-only")
class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void firstStartOffersExamplesOnceAndTheyAreThereAfterReopening() {
        DataDirectory data = new DataDirectory(dir);
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.meta().firstStartPending()).isTrue();
            workspace.exampleData().create();
            assertThat(workspace.meta().firstStartPending()).isFalse();
            workspace.closeWithBackup();
        }
        try (Workspace workspace = Workspace.open(data, Clock.systemDefaultZone())) {
            assertThat(workspace.meta().firstStartPending()).isFalse();
            assertThat(workspace.centres().list()).hasSize(3);
            assertThat(workspace.centres().list()).extracting("municipality").containsOnly("Östersund", "Krokom");
            assertThat(workspace.centres().list()).allSatisfy(summary -> assertThat(
                    workspace.centres().get(summary.id()).peopleIn(Role.SAMORDNARE)).hasSize(1));
            assertThat(workspace.backups().list()).extracting(Backup::reason).containsExactly(Backup.Reason.ON_EXIT);
        }
    }

    @Test
    void aSecondInstanceCannotTakeTheLock() {
        Path lockFile = new DataDirectory(dir).lockFile();
        Optional<SingleInstanceLock> first = SingleInstanceLock.tryAcquire(lockFile);
        assertThat(first).isPresent();
        assertThat(SingleInstanceLock.tryAcquire(lockFile)).isEmpty();
        first.get().close();
        try (SingleInstanceLock again = SingleInstanceLock.tryAcquire(lockFile).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }
}
