package se.samordna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.core.db.ServerSettings;

/** --server-url and --server-user: a server for this start, as two instances are started by hand. */
class CommandLineServerTest {

    @Test
    void aServerAddressAndUserNameTheServerForThisStart() {
        CommandLine options = CommandLine.parse(List.of("--server-url",
                "jdbc:postgresql://db.region.se:5433/samordna?sslmode=verify-full", "--server-user", "anna",
                "--data-dir", "/tmp/anna"));
        assertThat(options.failed()).isFalse();
        assertThat(options.server()).contains(new ServerSettings("db.region.se", 5433, "samordna", "anna",
                ServerSettings.Tls.VERIFY_FULL, ""));
        assertThat(options.dataDir()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("/tmp/anna"));
    }

    @Test
    void withoutAServerAddressTheSettingsDecide() {
        CommandLine options = CommandLine.parse(List.of("--data-dir", "/tmp/x"));
        assertThat(options.failed()).isFalse();
        assertThat(options.server()).isEmpty();
    }

    @Test
    void anAddressThatIsNotPostgresqlOrAUserWithoutAddressIsRefused() {
        assertThat(CommandLine.parse(List.of("--server-url", "db.region.se")).error())
                .contains("jdbc:postgresql://");
        assertThat(CommandLine.parse(List.of("--server-user", "anna")).error()).contains("--server-url");
        assertThat(CommandLine.parse(List.of("--server-url")).error()).contains("--server-url");
    }
}
