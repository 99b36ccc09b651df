package se.samordna.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordna.core.access.AccessFixture.count;
import static se.samordna.core.access.AccessFixture.update;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.overview.Overview;
import se.samordna.core.overview.OverviewService;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Access is enforced by PostgreSQL itself: a user who logs in with their own password in plain JDBC (as with
 * psql) reads and writes no more than the app lets them. PostgreSQL lane only. One schema with the example
 * data for the class (making it takes seconds on the server); each test compares with counts it takes itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = TestDatabases.LANE_PROPERTY, matches = "postgresql",
        disabledReason = "access is enforced on the PostgreSQL lane")
class RowLevelSecurityTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    /** For each table tested: the centre each of its rows belongs to, as the owner asks it. */
    private static final Map<String, String> CENTRE_OF = new LinkedHashMap<>();

    static {
        CENTRE_OF.put("centre", "SELECT id FROM centre");
        CENTRE_OF.put("person", "SELECT centre_id FROM person");
        CENTRE_OF.put("agreement", "SELECT centre_id FROM agreement");
        CENTRE_OF.put("agreement_clause",
                "SELECT a.centre_id FROM agreement_clause x JOIN agreement a ON a.id = x.agreement_id");
        CENTRE_OF.put("survey", "SELECT centre_id FROM survey");
        CENTRE_OF.put("survey_response", "SELECT s.centre_id FROM survey_response x JOIN survey s ON s.id = x.survey_id");
        CENTRE_OF.put("survey_answer", "SELECT s.centre_id FROM survey_answer x "
                + "JOIN survey_response r ON r.id = x.response_id JOIN survey s ON s.id = r.survey_id");
        CENTRE_OF.put("annual_report", "SELECT centre_id FROM annual_report");
        CENTRE_OF.put("report_field", "SELECT r.centre_id FROM report_field x JOIN annual_report r ON r.id = x.report_id");
        CENTRE_OF.put("workshop", "SELECT centre_id FROM workshop");
        CENTRE_OF.put("wheel_activity", "SELECT centre_id FROM wheel_activity");
    }

    @TempDir
    static Path dir;

    private AccessFixture fixture;
    private Workspace workspace;
    private long own;
    private long given;
    private long other;
    private String coordinator;
    private String county;

    @BeforeAll
    void setUp() {
        Path data = dir.resolve("data");
        fixture = new AccessFixture(data);
        workspace = TestDatabases.workspace(data, CLOCK);
        List<Long> centres = workspace.exampleData().create().stream().map(c -> c.id()).toList();
        // The example Solsidan has rows in every table tested: it is the centre nobody was given.
        other = centres.get(0);
        own = centres.get(1);
        given = centres.get(2);
        AccessService access = workspace.access();
        coordinator = fixture.role("anna");
        county = fixture.role("lan");
        access.createUser(coordinator, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COORDINATOR);
        access.createUser(county, AccessFixture.PASSWORD.toCharArray(), AccessGroup.COUNTY);
        access.grant(coordinator, own, true);
        access.grant(coordinator, given, false);
        access.grant(county, given, true);
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (workspace != null) {
            workspace.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aCoordinatorReadsOnlyTheCentresGivenToThem() throws SQLException {
        Map<String, Map<Long, Long>> rows = rowsPerCentre();
        for (String table : List.of("centre", "agreement", "survey_answer", "annual_report", "report_field", "person")) {
            assertThat(rows.get(table).getOrDefault(other, 0L)).as("example rows of the other centre in " + table)
                    .isPositive();
        }
        try (Connection anna = fixture.connectAs(coordinator)) {
            for (String table : CENTRE_OF.keySet()) {
                long expected = rows.get(table).getOrDefault(own, 0L) + rows.get(table).getOrDefault(given, 0L);
                assertThat(count(anna, "SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(expected);
            }
            assertThat(count(anna, "SELECT COUNT(*) FROM centre WHERE id = ?", other)).isZero();
            assertThat(count(anna, "SELECT COUNT(*) FROM agreement WHERE centre_id = ?", other)).isZero();
        }
    }

    @Test
    void aCoordinatorReadsTheAuditTrailOfTheirCentresOnlyAndCannotWriteIt() throws SQLException {
        long trailOfOther;
        long trailOfTheirs;
        try (Connection owner = fixture.connectAsOwner()) {
            trailOfOther = count(owner, "SELECT COUNT(*) FROM record_change WHERE centre_id = ?", other);
            trailOfTheirs = count(owner, "SELECT COUNT(*) FROM record_change WHERE centre_id IN (?, ?)", own, given);
        }
        assertThat(trailOfOther).as("the example data's creation is in the trail").isPositive();
        try (Connection anna = fixture.connectAs(coordinator)) {
            assertThat(count(anna, "SELECT COUNT(*) FROM record_change WHERE centre_id = ?", other)).isZero();
            assertThat(count(anna, "SELECT COUNT(*) FROM record_change WHERE centre_id IN (?, ?)", own, given))
                    .isEqualTo(trailOfTheirs);
            refused(anna, "DELETE FROM record_change WHERE centre_id = ?", own);
            refused(anna, "INSERT INTO record_change (table_name, main_table, action, changed_by) "
                    + "VALUES ('centre', 'centre', 'UPDATE', 'någon annan')");
        }
        try (Connection lan = fixture.connectAs(county)) {
            assertThat(count(lan, "SELECT COUNT(*) FROM record_change WHERE centre_id = ?", other))
                    .as("the county sees every centre's trail").isEqualTo(trailOfOther);
        }
    }

    @Test
    void aCoordinatorChangesNothingOfAnotherCentre() throws SQLException {
        Map<String, Map<Long, Long>> before = rowsPerCentre();
        List<Long> otherResponses = ids("SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id "
                + "WHERE s.centre_id = " + other);
        List<Long> otherReports = ids("SELECT id FROM annual_report WHERE centre_id = " + other);
        try (Connection anna = fixture.connectAs(coordinator)) {
            assertThat(update(anna, "UPDATE centre SET region = 'Stulen' WHERE id = ?", other)).isZero();
            assertThat(update(anna, "UPDATE agreement SET updated_at = updated_at WHERE centre_id = ?", other)).isZero();
            assertThat(update(anna, "DELETE FROM agreement WHERE centre_id = ?", other)).isZero();
            assertThat(update(anna, "UPDATE survey_answer SET answer = answer WHERE response_id = ANY (?)",
                    array(anna, otherResponses))).isZero();
            assertThat(update(anna, "DELETE FROM survey_answer WHERE response_id = ANY (?)",
                    array(anna, otherResponses))).isZero();
            assertThat(update(anna, "DELETE FROM report_field WHERE report_id = ANY (?)",
                    array(anna, otherReports))).isZero();
            assertThat(update(anna, "DELETE FROM annual_report WHERE centre_id = ?", other)).isZero();
            assertThat(update(anna, "DELETE FROM centre WHERE id = ?", other)).isZero();

            refused(anna, "INSERT INTO person (centre_id, role, name) VALUES (?, 'SAMORDNARE', 'Inkräktare')", other);
            refused(anna, "INSERT INTO report_field (report_id, field_key, content) VALUES (?, 'x', 'y')",
                    otherReports.get(0));
            refused(anna, "INSERT INTO survey_answer (response_id, item_key, answer) VALUES (?, 'x', '1')",
                    otherResponses.get(0));
            refused(anna, "INSERT INTO centre (name, kind, municipality) VALUES ('Egen', 'FAMILJECENTRAL', 'Umeå')");
        }
        assertThat(rowsPerCentre()).isEqualTo(before);
    }

    @Test
    void aCentreGivenToSeeCannotBeChangedAndItsOwnCanBe() throws SQLException {
        try (Connection anna = fixture.connectAs(coordinator)) {
            refused(anna, "UPDATE centre SET region = 'Ändrad' WHERE id = ?", given);
            refused(anna, "DELETE FROM person WHERE centre_id = ?", given);
            refused(anna, "INSERT INTO person (centre_id, role, name) VALUES (?, 'SAMORDNARE', 'Ny')", given);
            assertThat(update(anna, "UPDATE centre SET region = 'Ändrad' WHERE id = ?", own)).isEqualTo(1);
            assertThat(update(anna, "INSERT INTO person (centre_id, role, name) VALUES (?, 'SAMORDNARE', 'Ny')", own))
                    .isEqualTo(1);
        }
    }

    @Test
    void nobodyButAnAdministratorReadsOrGivesAccess() throws SQLException {
        try (Connection anna = fixture.connectAs(coordinator)) {
            assertThat(count(anna, "SELECT COUNT(*) FROM centre_access")).isEqualTo(2);
            assertThat(count(anna, "SELECT COUNT(*) FROM centre_access WHERE user_name <> ?", coordinator)).isZero();
            refused(anna, "INSERT INTO centre_access (user_name, centre_id, can_edit) VALUES (?, ?, TRUE)",
                    coordinator, other);
            assertThat(update(anna, "UPDATE centre_access SET can_edit = TRUE WHERE user_name = ?", coordinator))
                    .isZero();
            refused(anna, "SELECT samordna_create_user(?, 'SCRAM-SHA-256$x', 'samordna_admin')",
                    fixture.schema() + "_x");
            refused(anna, "SELECT samordna_set_group(?, 'samordna_admin')", coordinator);
        }
        try (Connection lan = fixture.connectAs(county)) {
            assertThat(count(lan, "SELECT COUNT(*) FROM centre_access WHERE user_name <> ?", county)).isZero();
        }
    }

    @Test
    void theCountySeesEveryCentreButEditsOnlyWhatItWasGiven() throws SQLException {
        Map<String, Map<Long, Long>> rows = rowsPerCentre();
        try (Connection lan = fixture.connectAs(county)) {
            for (String table : CENTRE_OF.keySet()) {
                long all = rows.get(table).values().stream().mapToLong(Long::longValue).sum();
                assertThat(count(lan, "SELECT COUNT(*) FROM " + table)).as(table).isEqualTo(all);
            }
            refused(lan, "UPDATE centre SET region = 'Län' WHERE id = ?", own);
            refused(lan, "DELETE FROM agreement WHERE centre_id = ?", own);
            refused(lan, "INSERT INTO person (centre_id, role, name) VALUES (?, 'SAMORDNARE', 'Ny')", own);
            refused(lan, "INSERT INTO centre (name, kind, municipality) VALUES ('Egen', 'FAMILJECENTRAL', 'Umeå')");
            assertThat(update(lan, "DELETE FROM report_field WHERE report_id IN "
                    + "(SELECT id FROM annual_report WHERE centre_id = ?)", other)).isZero();
            refused(lan, "DELETE FROM annual_report WHERE centre_id = ?", other);
            assertThat(update(lan, "UPDATE centre SET region = 'Län' WHERE id = ?", given)).isEqualTo(1);
            assertThat(update(lan, "INSERT INTO person (centre_id, role, name) VALUES (?, 'SAMORDNARE', 'Ny')", given))
                    .isEqualTo(1);
        }
        assertThat(rowsPerCentre().get("report_field")).isEqualTo(rows.get("report_field"));
    }

    @Test
    void theServicesOverTheUsersOwnLoginShowOnlyTheirCentres() {
        try (Workspace anna = Workspace.openServer(new DataDirectory(dir.resolve("anna")),
                fixture.serverAs(coordinator), CLOCK)) {
            assertThat(anna.centres().list()).extracting(CentreSummary::id).containsExactlyInAnyOrder(own, given);
            assertThatThrownBy(() -> anna.centres().get(other)).isInstanceOf(NotFoundException.class);
            assertThat(anna.service(OverviewService.class).compute(2026, LocalDate.of(2026, 11, 23)).rows()
                    .map(Overview.Row::centreId).toList()).containsExactlyInAnyOrder(own, given);
            CurrentAccess me = anna.access().whoAmI();
            assertThat(me.user()).isEqualTo(coordinator);
            assertThat(me.group()).isEqualTo(AccessGroup.COORDINATOR);
            assertThat(me.visibleCentres()).containsExactlyInAnyOrder(own, given);
            assertThat(me.editableCentres()).containsExactly(own);
            assertThat(me.canEdit(given)).isFalse();
            assertThat(me.createsCentres()).isFalse();
            assertThatThrownBy(() -> anna.centres().create(new CentreDetails("Ny", CentreKind.FAMILJECENTRAL,
                    "Umeå", "", "", Set.of(), ""))).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("server.noAccess");
            assertThatThrownBy(() -> anna.access().users()).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("server.noAccess");
        }
        try (Workspace lan = Workspace.openServer(new DataDirectory(dir.resolve("lan")),
                fixture.serverAs(county), CLOCK)) {
            assertThat(lan.centres().list()).hasSize(3);
            CurrentAccess me = lan.access().whoAmI();
            assertThat(me.group()).isEqualTo(AccessGroup.COUNTY);
            assertThat(me.seesAll()).isTrue();
            assertThat(me.editableCentres()).containsExactly(given);
        }
    }

    @Test
    void everyTableWithCentreDataIsProtectedAndOpenToTheGroups() throws SQLException {
        try (Connection owner = fixture.connectAsOwner(); Statement statement = owner.createStatement();
             ResultSet tables = statement.executeQuery("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                     + "has_table_privilege('samordna_coordinator', c.oid, 'SELECT') "
                     + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1")) {
            List<String> unprotected = new ArrayList<>();
            List<String> closed = new ArrayList<>();
            while (tables.next()) {
                String table = tables.getString(1);
                if (!tables.getBoolean(4)) {
                    closed.add(table);
                }
                // The audit trail is written by its owner's trigger function, so its security is enabled
                // for everyone else but not forced on the owner (V16).
                boolean protectedEnough = tables.getBoolean(2) && (tables.getBoolean(3) || table.equals("record_change"));
                if (!protectedEnough && !table.equals("app_meta") && !table.equals("flyway_schema_history")) {
                    unprotected.add(table);
                }
            }
            assertThat(unprotected).as("tables without forced row-level security").isEmpty();
            assertThat(closed).as("tables the groups cannot read").isEmpty();
        }
    }

    private void refused(Connection connection, String sql, Object... parameters) {
        assertThatThrownBy(() -> {
            if (sql.startsWith("SELECT")) {
                count(connection, sql, parameters);
            } else {
                update(connection, sql, parameters);
            }
        }).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    /** Rows per centre in each table of {@link #CENTRE_OF}, as the owner sees them. */
    private Map<String, Map<Long, Long>> rowsPerCentre() throws SQLException {
        Map<String, Map<Long, Long>> rows = new LinkedHashMap<>();
        try (Connection owner = fixture.connectAsOwner(); Statement statement = owner.createStatement()) {
            for (Map.Entry<String, String> table : CENTRE_OF.entrySet()) {
                Map<Long, Long> perCentre = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery(
                        "SELECT c, COUNT(*) FROM (" + table.getValue() + ") AS q (c) GROUP BY c ORDER BY c")) {
                    while (result.next()) {
                        perCentre.put(result.getLong(1), result.getLong(2));
                    }
                }
                rows.put(table.getKey(), perCentre);
            }
        }
        return rows;
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection owner = fixture.connectAsOwner(); Statement statement = owner.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        assertThat(ids).as(sql).isNotEmpty();
        return ids;
    }

    private static Array array(Connection connection, List<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
