package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.common.UserFacingException;

/**
 * Testa anslutningen on a real PostgreSQL (the PostgreSQL lane): what it says of the schema there, and
 * that a schema from a newer Samordna is refused by name before anything is written.
 */
class ServerCheckTest {
    @TempDir
    Path dir;

    @Test
    void aCurrentSchemaIsReportedWithTheServersVersion() {
        assumeTrue(TestDatabases.onServer(), "the PostgreSQL lane");
        String schema = TestDatabases.schemaFor(dir);
        try (Database migrated = TestDatabases.database(dir)) {
            ServerCheck.Result result = ServerCheck.run(TestDatabases.settings(), TestDatabases.password(),
                    Optional.of(schema));
            assertThat(result.serverVersion()).matches("\\d+.*");
            assertThat(result.schemaVersion()).isEqualTo(Schema.LATEST);
            assertThat(result.empty()).isFalse();
            assertThat(result.upgrade()).isFalse();
        }
    }

    @Test
    void aSchemaFromANewerSamordnaIsRefusedByName() {
        assumeTrue(TestDatabases.onServer(), "the PostgreSQL lane");
        String schema = TestDatabases.schemaFor(dir);
        try (Database migrated = TestDatabases.database(dir)) {
            migrated.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', 0, TRUE)");
            ServerSettings settings = TestDatabases.settings();
            assertThatThrownBy(() -> ServerCheck.run(settings, TestDatabases.password(), Optional.of(schema)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("server.schemaNewer");
                        assertThat(e.arguments()).containsExactly(settings.describe(), "99");
                    });
        }
    }
}
