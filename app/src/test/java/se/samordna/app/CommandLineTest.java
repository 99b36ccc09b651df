package se.samordna.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void exportProbeImpliesTheStartupProbeAndKeepsItsKind() {
        CommandLine options = CommandLine.parse(List.of("--export-probe=agreement", "--data-dir", "/tmp/x"));

        assertThat(options.failed()).isFalse();
        assertThat(options.startupProbe()).isTrue();
        assertThat(options.exportProbe()).isEqualTo("agreement");
    }

    @Test
    void anUnknownExportKindIsRefused() {
        assertThat(CommandLine.parse(List.of("--export-probe=word")).failed()).isTrue();
        assertThat(CommandLine.parse(List.of("--export-probe=agreement-at-once")).exportProbe())
                .isEqualTo("agreement-at-once");
    }

    @Test
    void anOrdinaryStartHasNoProbe() {
        CommandLine options = CommandLine.parse(List.of());

        assertThat(options.startupProbe()).isFalse();
        assertThat(options.exportProbe()).isEmpty();
    }
}
