package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A full disk is recognised however deep H2 and Flyway wrap it, also when H2's causes run in a circle. */
@org.junit.jupiter.api.Tag("h2-only")
class DiskErrorsTest {

    @Test
    void aFullDiskDeepInsideWrappersIsRecognised() {
        IOException disk = new IOException("No space left on device");
        RuntimeException store = new IllegalStateException("Writing to FileChannel failed; length 8192", disk);
        SQLException jdbc = new SQLException("General error", store);
        RuntimeException flyway = new RuntimeException("Migration V3 failed", jdbc);
        assertThat(DiskErrors.isDiskFull(flyway)).isTrue();
    }

    @Test
    void causesInACircleAndSuppressedOnesAreFollowedWithoutLoopingForever() {
        CircularFailure a = new CircularFailure("Writing failed");
        CircularFailure b = new CircularFailure("General error");
        a.setCause(b);
        b.setCause(a);
        assertThat(DiskErrors.isDiskFull(a)).isFalse();

        RuntimeException rollback = new RuntimeException("Unable to rollback transaction");
        rollback.addSuppressed(new IOException("There is not enough space on the disk"));
        b.addSuppressed(rollback);
        assertThat(DiskErrors.isDiskFull(a)).isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForAFullDisk() {
        assertThat(DiskErrors.isDiskFull(new IOException("Permission denied"))).isFalse();
        assertThat(DiskErrors.isDiskFull(null)).isFalse();
    }

    /** An exception whose cause can be set after the fact, as H2's are. */
    private static final class CircularFailure extends RuntimeException {
        private Throwable cause;

        CircularFailure(String message) {
            super(message);
        }

        void setCause(Throwable cause) {
            this.cause = cause;
        }

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }
}
