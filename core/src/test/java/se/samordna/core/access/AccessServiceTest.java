package se.samordna.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Users, groups and centres given, managed in the app by an administrator (the server's tests on its lane). */
class AccessServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private AccessFixture fixture;
    private Workspace workspace;

    @AfterEach
    void tearDown() throws SQLException {
        if (workspace != null) {
            workspace.close();
        }
        if (fixture != null && TestDatabases.onServer()) {
            fixture.close();
        }
    }

    private Workspace open() {
        Path data = dir.resolve("data");
        fixture = new AccessFixture(data);
        workspace = TestDatabases.workspace(data, CLOCK);
        return workspace;
    }

    private long centre(String name) {
        return workspace.centres().create(new CentreDetails(name, CentreKind.FAMILJECENTRAL, "Umeå", "", "",
                java.util.Set.of(), "")).id();
    }

    @Test
    void userNamesAreLowerCaseLettersDigitsAndAFewSigns() {
        assertThat(AccessService.userNameProblem("anna.berg-2_x")).isEmpty();
        assertThat(AccessService.userNameProblem(" ")).contains("access.userNameMissing");
        for (String bad : List.of("Anna", "anna berg", "anna\"; DROP ROLE x; --", "åsa", "pg_anna", "public",
                "samordna_admin", "a".repeat(64))) {
            assertThat(AccessService.userNameProblem(bad)).as(bad).contains("access.userNameInvalid");
        }
    }

    @Test
    void onThisComputerAccessIsNotUsed() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.onServer());
        AccessService access = open().access();

        assertThat(access.inUse()).isFalse();
        CurrentAccess me = access.whoAmI();
        assertThat(me.onThisComputer()).isTrue();
        assertThat(me.canEdit(42)).isTrue();
        assertThat(me.administers()).isFalse();
        assertKey(() -> access.users(), "access.notOnServer");
        assertKey(() -> access.createUser("anna", "ett-bra-lösenord".toCharArray(), AccessGroup.COORDINATOR),
                "access.notOnServer");
    }

    @Test
    void anAdministratorCreatesAUserWhoLogsInWithTheFirstPassword() throws SQLException {
        serverOnly();
        AccessService access = open().access();
        long solsidan = centre("Solsidan");
        String anna = fixture.role("anna");

        access.createUser(anna, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COORDINATOR);
        access.grant(anna, solsidan, true);

        assertThat(access.users()).contains(new AccessUser(anna, AccessGroup.COORDINATOR,
                List.of(new CentreGrant(solsidan, "Solsidan", true))));
        try (Connection connection = fixture.connectAs(anna)) {
            assertThat(AccessFixture.count(connection, "SELECT COUNT(*) FROM centre")).isEqualTo(1);
        }
        assertKey(() -> access.createUser(anna, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COUNTY),
                "access.userExists");
        assertKey(() -> access.createUser(fixture.role("kort"), "kort".toCharArray(), AccessGroup.COUNTY),
                "access.passwordTooShort");
        assertKey(() -> access.createUser("Anna Berg", AccessFixture.PASSWORD.toCharArray(), AccessGroup.COUNTY),
                "access.userNameInvalid");
    }

    @Test
    void grantsCanBeChangedToSeeOnlyAndTakenBack() {
        serverOnly();
        AccessService access = open().access();
        long solsidan = centre("Solsidan");
        long lillsjon = centre("Lillsjön");
        String anna = fixture.role("anna");
        access.createUser(anna, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COORDINATOR);

        access.grant(anna, solsidan, true);
        access.grant(anna, lillsjon, true);
        access.grant(anna, solsidan, false);
        access.revoke(anna, lillsjon);

        assertThat(user(access, anna).centres()).containsExactly(new CentreGrant(solsidan, "Solsidan", false));
        assertKey(() -> access.grant(anna, 999_999, true), "access.centreMissing");
        assertKey(() -> access.grant(fixture.schema() + "_ingen", solsidan, true), "access.userUnknown");
    }

    @Test
    void aUserMovesToAnotherGroupAndIsRemovedWithTheirGrants() throws SQLException {
        serverOnly();
        AccessService access = open().access();
        long solsidan = centre("Solsidan");
        String anna = fixture.role("anna");
        access.createUser(anna, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COORDINATOR);
        access.grant(anna, solsidan, false);

        access.changeGroup(anna, AccessGroup.COUNTY);
        assertThat(user(access, anna).group()).isEqualTo(AccessGroup.COUNTY);
        access.resetPassword(anna, "ett-nytt-lösenord".toCharArray());
        access.removeUser(anna);

        assertThat(access.users()).extracting(AccessUser::name).doesNotContain(anna);
        try (Connection owner = fixture.connectAsOwner()) {
            assertThat(AccessFixture.count(owner, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", anna)).isZero();
            assertThat(AccessFixture.count(owner, "SELECT COUNT(*) FROM centre_access WHERE user_name = ?", anna))
                    .isZero();
        }
    }

    @Test
    void anAdministratorsOwnLoginManagesOthersButNotThemselves() throws SQLException {
        serverOnly();
        AccessService access = open().access();
        long solsidan = centre("Solsidan");
        String admin = fixture.role("admin");
        String anna = fixture.role("anna");
        access.createUser(admin, AccessFixture.PASSWORD.toCharArray(), AccessGroup.ADMIN);

        try (ServerDatabase database = fixture.serverAs(admin);
             Workspace asAdmin = Workspace.openServer(new DataDirectory(dir.resolve("admin")), database, CLOCK)) {
            AccessService mine = asAdmin.access();
            assertThat(mine.whoAmI().administers()).isTrue();
            mine.createUser(anna, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COORDINATOR);
            mine.grant(anna, solsidan, true);
            assertThat(user(mine, anna).centres()).containsExactly(new CentreGrant(solsidan, "Solsidan", true));
            assertKey(() -> mine.changeGroup(admin, AccessGroup.COORDINATOR), "server.noAccess");
            assertKey(() -> mine.removeUser(admin), "server.noAccess");
        }
        assertThat(user(access, admin).group()).isEqualTo(AccessGroup.ADMIN);
        try (Connection owner = fixture.connectAsOwner()) {
            assertThat(AccessFixture.count(owner, "SELECT COUNT(*) FROM centre_access WHERE user_name = ? "
                    + "AND granted_by = ? AND granted_at = TIMESTAMP '2026-11-23 09:00:00'", anna, admin)).isEqualTo(1);
        }
    }

    private static AccessUser user(AccessService access, String name) {
        return access.users().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private static void serverOnly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onServer(), "users are roles on the server");
    }

    private static void assertKey(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}
