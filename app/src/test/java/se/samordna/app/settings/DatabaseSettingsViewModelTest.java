package se.samordna.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.BackingStoreException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.db.ServerSettings;

/**
 * Inställningar › Databas against the real PostgreSQL the environment names (SAMORDNA_TEST_PG_URL,
 * _USER, _PASSWORD; a server without TLS): the test of the connection and each failure that can be
 * provoked here, in the words the coordinator reads; and what is kept (never the password).
 */
class DatabaseSettingsViewModelTest {
    private final Messages messages = Messages.forLanguage("sv");
    private AppPreferences preferences;
    private DatabaseSettingsViewModel model;

    @BeforeEach
    void open() {
        preferences = TestWorkspaces.preferences();
        model = new DatabaseSettingsViewModel(preferences, new SameThreadTaskRunner(), messages);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.node().removeNode();
    }

    private static ServerSettings server() {
        String url = System.getenv("SAMORDNA_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "needs SAMORDNA_TEST_PG_URL (a PostgreSQL without TLS)");
        return ServerSettings.fromJdbcUrl(url, System.getenv("SAMORDNA_TEST_PG_USER"));
    }

    private static String password() {
        return System.getenv("SAMORDNA_TEST_PG_PASSWORD");
    }

    private void fill(ServerSettings settings, String password) {
        model.kindProperty().set(DatabaseSettingsViewModel.Kind.SERVER);
        model.hostProperty().set(settings.host());
        model.portProperty().set(String.valueOf(settings.port()));
        model.databaseProperty().set(settings.database());
        model.userProperty().set(settings.user());
        model.tlsProperty().set(settings.tls());
        model.passwordProperty().set(password);
    }

    @Test
    void theRightPasswordShowsThatTheConnectionWorksWithTheServersVersion() {
        ServerSettings server = server();
        fill(server, password());
        model.test();
        assertThat(model.succeededProperty().get()).as(model.resultProperty().get()).isTrue();
        assertThat(model.resultProperty().get()).startsWith("Anslutningen fungerar: PostgreSQL 1")
                .doesNotContain("!");
    }

    @Test
    void aWrongPasswordIsSaidAsSuchWithTheUserName() {
        ServerSettings server = server();
        fill(server, password() + "-fel");
        model.test();
        assertThat(model.succeededProperty().get()).isFalse();
        assertThat(model.resultProperty().get())
                .isEqualTo(messages.get("server.wrongPassword", server.user()))
                .startsWith("Fel användarnamn eller lösenord för " + server.user());
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ServerSettings server = server();
        fill(server, password());
        model.databaseProperty().set("pgconn_finns_inte");
        model.test();
        assertThat(model.succeededProperty().get()).isFalse();
        assertThat(model.resultProperty().get())
                .isEqualTo(messages.get("server.databaseMissing", "pgconn_finns_inte", server.host()));
    }

    @Test
    void aPortWhereNoServerListensIsUnreachable() throws IOException {
        ServerSettings server = server();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        fill(server, password());
        model.portProperty().set(String.valueOf(closed));
        model.test();
        assertThat(model.succeededProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isEqualTo(messages.get("server.unreachable",
                server.host() + ":" + closed + "/" + server.database()));
    }

    @Test
    void encryptionAskedOfAServerWithoutItIsRefusedAsTls() {
        ServerSettings server = server();
        for (ServerSettings.Tls tls : new ServerSettings.Tls[] {ServerSettings.Tls.REQUIRE,
                ServerSettings.Tls.VERIFY_FULL}) {
            fill(server, password());
            model.tlsProperty().set(tls);
            model.test();
            assertThat(model.succeededProperty().get()).as(tls.name()).isFalse();
            assertThat(model.resultProperty().get()).as(tls.name())
                    .isEqualTo(messages.get("server.tlsRefused", server.host()));
        }
    }

    @Test
    void incompleteSettingsAreNamedAndNeitherTriedNorSaved() {
        model.kindProperty().set(DatabaseSettingsViewModel.Kind.SERVER);
        model.hostProperty().set("");
        model.passwordProperty().set("hemligt");
        model.test();
        assertThat(model.resultProperty().get()).isEqualTo("Fyll i Server.");
        assertThat(model.save()).isEqualTo(DatabaseSettingsViewModel.Saved.REFUSED);
        assertThat(preferences.server()).isEmpty();

        model.hostProperty().set("db.region.se");
        model.portProperty().set("99999");
        assertThat(model.problem()).contains(messages.get("settings.database.badPort"));
    }

    @Test
    void theServerIsKeptForTheNextStartButNeverThePassword() throws BackingStoreException {
        assertThat(model.kindProperty().get()).isEqualTo(DatabaseSettingsViewModel.Kind.LOCAL);
        model.kindProperty().set(DatabaseSettingsViewModel.Kind.SERVER);
        model.hostProperty().set("db.region.se");
        model.portProperty().set("5433");
        model.databaseProperty().set("samordna");
        model.userProperty().set("anna");
        model.tlsProperty().set(ServerSettings.Tls.VERIFY_FULL);
        model.rootCertificateProperty().set("/etc/samordna/region-ca.crt");
        model.passwordProperty().set("hemligt-lösen");
        assertThat(model.save()).isEqualTo(DatabaseSettingsViewModel.Saved.AT_NEXT_START);

        assertThat(preferences.server()).contains(new ServerSettings("db.region.se", 5433, "samordna", "anna",
                ServerSettings.Tls.VERIFY_FULL, "/etc/samordna/region-ca.crt"));
        for (String key : preferences.node().keys()) {
            assertThat(preferences.node().get(key, "")).as(key).doesNotContain("hemligt");
        }
        // Opened again, the form shows what was saved, with an empty password.
        DatabaseSettingsViewModel again = new DatabaseSettingsViewModel(preferences, new SameThreadTaskRunner(),
                messages);
        assertThat(again.kindProperty().get()).isEqualTo(DatabaseSettingsViewModel.Kind.SERVER);
        assertThat(again.hostProperty().get()).isEqualTo("db.region.se");
        assertThat(again.passwordProperty().get()).isEmpty();
        assertThat(again.save()).isEqualTo(DatabaseSettingsViewModel.Saved.UNCHANGED);

        // Back to this computer: the server's fields stay for next time, the choice changes at the next start.
        again.kindProperty().set(DatabaseSettingsViewModel.Kind.LOCAL);
        assertThat(again.save()).isEqualTo(DatabaseSettingsViewModel.Saved.AT_NEXT_START);
        assertThat(preferences.server()).isEmpty();
        assertThat(preferences.lastServer().host()).isEqualTo("db.region.se");
        assertThat(Arrays.asList(preferences.node().keys())).doesNotContain("server.password", "password");
        assertThat(Optional.of(preferences.lastServer().user())).contains("anna");
    }
}
