package se.samordna.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.TestDatabases;
import se.samordna.core.access.AccessGroup;
import se.samordna.core.access.AccessUser;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.workspace.Workspace;

/** Behörigheter over a real database: on this computer it says it is not used; on the server it manages users. */
class AccessViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private String user;

    private AccessViewModel open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        user = TestDatabases.onServer() ? TestDatabases.schemaFor(dir.resolve("data")) + "_vm" : "";
        return new AccessViewModel(workspace.access(), workspace.centres(), new SameThreadTaskRunner(),
                Messages.forLanguage("sv"));
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (workspace != null) {
            workspace.close();
        }
        if (TestDatabases.onServer() && user != null) {
            try (Connection owner = DriverManager.getConnection(System.getenv("SAMORDNA_TEST_PG_URL"),
                    System.getenv("SAMORDNA_TEST_PG_USER"), System.getenv("SAMORDNA_TEST_PG_PASSWORD"));
                 Statement statement = owner.createStatement()) {
                statement.execute("DROP ROLE IF EXISTS \"" + user + "\"");
            }
        }
    }

    @Test
    void onThisComputerItSaysAccessIsNotUsed() {
        Assumptions.assumeFalse(TestDatabases.onServer());
        AccessViewModel model = open();

        model.load();

        assertThat(model.messageProperty().get()).startsWith("Behörigheter används bara på en delad server");
        assertThat(model.users()).isEmpty();
    }

    @Test
    void anAdministratorCreatesAUserAndGivesThemCentres() {
        Assumptions.assumeTrue(TestDatabases.onServer(), "users are roles on the server");
        AccessViewModel model = open();
        model.load();
        CentreSummary first = model.centres().getFirst();
        CentreSummary second = model.centres().get(1);

        model.createUser(" " + user.toUpperCase() + " ", "ett-bra-lösenord".toCharArray(), AccessGroup.COORDINATOR);
        assertThat(model.selectedProperty().get().name()).isEqualTo(user);
        assertThat(model.messageProperty().get()).isEqualTo(user + " är skapad. Välj vilka familjecentraler "
                + "användaren ska se och ändra.");
        model.setLevel(first.id(), AccessLevel.EDIT);
        model.setLevel(second.id(), AccessLevel.SEE);
        model.setGroup(AccessGroup.COUNTY);

        AccessUser selected = model.selectedProperty().get();
        assertThat(selected.group()).isEqualTo(AccessGroup.COUNTY);
        assertThat(model.levelOf(first.id())).isEqualTo(AccessLevel.EDIT);
        assertThat(model.levelOf(second.id())).isEqualTo(AccessLevel.SEE);

        model.setLevel(first.id(), AccessLevel.NONE);
        assertThat(model.levelOf(first.id())).isEqualTo(AccessLevel.NONE);
        model.removeSelected();
        assertThat(model.users()).extracting(AccessUser::name).doesNotContain(user);
        assertThat(model.messageProperty().get()).isEqualTo(user + " är borttagen.");
    }

    @Test
    void aNameThatCannotBeUsedIsSaidInSwedish() {
        AccessViewModel model = open();

        assertThat(model.nameProblem("anna berg")).hasValueSatisfying(text ->
                assertThat(text).startsWith("Användarnamnet anna berg går inte att använda"));
        assertThat(model.nameProblem("anna.berg")).isEmpty();
    }
}
