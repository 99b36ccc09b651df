package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreService;
import se.samordna.core.common.UserFacingException;

@org.junit.jupiter.api.Tag("h2-only")
class BackupServiceTest {

    @TempDir
    Path dir;

    private H2Database db;
    private BackupService backups;
    private CentreService centres;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db").resolve("samordna"));
        Schema.migrate(db, () -> { });
        Clock clock = new SteppingClock(Instant.parse("2026-11-23T08:00:00Z"));
        backups = new BackupService(db, dir.resolve("backups"), clock, 3);
        centres = new CentreService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A clock that moves one second each time it is read, so every backup has its own time. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    @Test
    void restorePutsBackTheChosenStateAndBacksUpTheCurrentOneFirst() {
        centres.create(CentreDetails.newCentre("Familjecentralen Före", "Östersund", ""));
        Backup backup = backups.create(Backup.Reason.MANUAL);
        centres.create(CentreDetails.newCentre("Familjecentralen Efter", "Östersund", ""));

        Backup safety = backups.restore(backup.file());

        assertThat(centres.list()).extracting("name").containsExactly("Familjecentralen Före");
        assertThat(safety.reason()).isEqualTo(Backup.Reason.BEFORE_RESTORE);
        backups.restore(safety.file());
        assertThat(centres.list()).extracting("name")
                .containsExactlyInAnyOrder("Familjecentralen Före", "Familjecentralen Efter");
    }

    @Test
    void theNewestBackupsAreKeptWhateverTheirReason() {
        for (int i = 0; i < 5; i++) {
            centres.create(CentreDetails.newCentre("Familjecentralen " + i, "Östersund", ""));
            backups.create(Backup.Reason.ON_EXIT);
        }
        backups.create(Backup.Reason.MANUAL);

        // three newest (the clock moves a second per backup, so all are in one month: that month's newest is among them)
        assertThat(backups.list()).hasSize(3);
        assertThat(backups.list().getFirst().reason()).isEqualTo(Backup.Reason.MANUAL);
        assertThat(backups.list().getFirst().contents().centres()).isEqualTo(5);
    }

    @Test
    void anUnchangedDatabaseMakesNoNewExitBackup() {
        centres.create(CentreDetails.newCentre("Familjecentralen Samma", "Östersund", ""));
        assertThat(backups.createIfChanged(Backup.Reason.ON_EXIT)).isPresent();
        assertThat(backups.createIfChanged(Backup.Reason.ON_EXIT)).isEmpty();
        centres.create(CentreDetails.newCentre("Familjecentralen Ny", "Östersund", ""));
        assertThat(backups.createIfChanged(Backup.Reason.ON_EXIT)).isPresent();
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void aFailedBackupIsRememberedUntilOneSucceedsAndNeverListed() throws Exception {
        centres.create(CentreDetails.newCentre("Familjecentralen Kopia", "Östersund", ""));
        // The backup folder's name taken by a file: nothing can be written there (also as root).
        Files.writeString(dir.resolve("backups"), "inte en mapp");

        assertThatThrownBy(() -> backups.createIfChanged(Backup.Reason.ON_EXIT))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.folderNotWritable"));
        BackupFailure failure = backups.lastFailure().orElseThrow();
        assertThat(failure.reason()).isEqualTo(Backup.Reason.ON_EXIT);
        assertThat(failure.messageKey()).isEqualTo("backup.folderNotWritable");
        assertThat(failure.arguments()).containsExactly(dir.resolve("backups").toString());
        assertThat(failure.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));

        Files.delete(dir.resolve("backups"));
        assertThat(backups.list()).isEmpty();
        assertThat(backups.lastFailure()).as("still remembered until one succeeds").isPresent();
        backups.create(Backup.Reason.MANUAL);
        assertThat(backups.lastFailure()).isEmpty();
        assertThat(backups.list()).hasSize(1);
    }

    @Test
    void aDamagedBackupFileIsRefusedAndTheDataStays() throws Exception {
        centres.create(CentreDetails.newCentre("Familjecentralen Kvar", "Krokom", ""));
        Path broken = dir.resolve("backups").resolve("samordna-20261101-120000-000-manuell.zip");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "this is not a zip file");

        assertThatThrownBy(() -> backups.restore(broken))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("backup.unreadable");
        assertThat(centres.list()).extracting("name").containsExactly("Familjecentralen Kvar");
    }
}
