package se.samordna.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.Clause;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.report.Report;
import se.samordna.core.workspace.Workspace;

/**
 * The audit trail: on the server every change to a centre's records is recorded by the database
 * itself (through the services or straight in SQL), and nobody can write the trail by hand. On the
 * laptop's file nothing is recorded and the history is empty.
 */
class AuditTrailTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private AuditService audit;
    private Centre centre;

    @BeforeEach
    void open() {
        workspace = TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().declineExamples();
        audit = workspace.audit();
        centre = workspace.centres().create(CentreDetails.newCentre("Solrosen", "Krokom", "Jämtland"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void onTheLaptopNothingIsRecordedAndTheHistoryIsEmpty() {
        Assumptions.assumeFalse(TestDatabases.onServer());
        workspace.centres().update(centre.id(), details().withName("Solrosen Krokom"));

        assertThat(audit.recorded()).isFalse();
        assertThat(audit.historyOf(AuditedRecord.CENTRE, centre.id())).isEmpty();
        assertThat(audit.historyOfCentre(centre.id(), 10)).isEmpty();
    }

    @Test
    void aCentresNewNameIsRecordedWithWhoAndTheOldAndNewValue() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        workspace.centres().update(centre.id(), details().withName("Solrosen Krokom").withCatchmentArea("Krokom och Dvärsätt"));

        List<RecordChange> history = audit.historyOf(AuditedRecord.CENTRE, centre.id());
        assertThat(audit.recorded()).isTrue();
        RecordChange update = history.stream().filter(c -> c.table().equals("centre")
                && c.action() == RecordChange.Action.UPDATE).findFirst().orElseThrow();
        assertThat(update.changedBy()).isEqualTo(TestDatabases.settings().user());
        assertThat(update.centreId()).isEqualTo(centre.id());
        assertThat(update.changed()).extracting(FieldChange::field).containsExactly("name", "catchment_area");
        assertThat(update.changed().getFirst()).satisfies(name -> {
            assertThat(name.before()).isEqualTo("Solrosen");
            assertThat(name.after()).isEqualTo("Solrosen Krokom");
        });
        // The catchment area is a long text: named, its words not copied into the trail.
        assertThat(update.changed().get(1).kind()).isEqualTo(FieldChange.Kind.LONG_TEXT);
        assertThat(update.changed().get(1).after()).isEmpty();
        // Creating it (with its parts) came first; the newest change is listed first.
        assertThat(history.getFirst()).isEqualTo(update);
        assertThat(history).anySatisfy(c -> assertThat(c.action()).isEqualTo(RecordChange.Action.INSERT));
        assertThat(history).anySatisfy(c -> assertThat(c.table()).isEqualTo("centre_part"));
    }

    @Test
    void anAgreementsNoticeAndClauseChangesAreItsHistory() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        Agreement agreement = workspace.agreements().create(centre.id(), AgreementKind.SAMVERKAN);
        Clause clause = agreement.clauses().getFirst();
        workspace.agreements().setNoticeMonths(agreement.id(), 9);
        workspace.agreements().updateClause(clause.id(), "Syfte och mål", "En ny text om syftet.");

        List<RecordChange> history = audit.historyOf(AuditedRecord.AGREEMENT, agreement.id());
        RecordChange notice = history.stream().filter(c -> c.table().equals("agreement")
                && c.action() == RecordChange.Action.UPDATE).findFirst().orElseThrow();
        assertThat(notice.changed()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("notice_months");
            assertThat(f.after()).isEqualTo("9");
        });
        RecordChange clauseChange = history.getFirst();
        assertThat(clauseChange.table()).isEqualTo("agreement_clause");
        assertThat(clauseChange.mainTable()).isEqualTo("agreement");
        assertThat(clauseChange.mainId()).isEqualTo(agreement.id());
        assertThat(clauseChange.centreId()).isEqualTo(centre.id());
        assertThat(clauseChange.changedBy()).isEqualTo(TestDatabases.settings().user());
        assertThat(clauseChange.changed()).extracting(FieldChange::field).contains("body");
        assertThat(clauseChange.changed()).filteredOn(f -> f.field().equals("body"))
                .singleElement().extracting(FieldChange::kind).isEqualTo(FieldChange.Kind.LONG_TEXT);
        // The centre's own history holds it too, newest first.
        assertThat(audit.historyOfCentre(centre.id(), 1)).containsExactly(clauseChange);
    }

    @Test
    void aReportFieldIsRecordedByItsKeyWithoutItsText() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        Report report = workspace.reports().start(centre.id(), 2026);
        workspace.reports().setField(report.id(), "pregnant", "42");
        workspace.reports().setField(report.id(), "pregnant", "43");

        List<RecordChange> history = audit.historyOf(AuditedRecord.ANNUAL_REPORT, report.id());
        RecordChange newest = history.getFirst();
        assertThat(newest.table()).isEqualTo("report_field");
        assertThat(newest.action()).isEqualTo(RecordChange.Action.UPDATE);
        assertThat(newest.keys()).extracting(FieldChange::field, FieldChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("field_key", "pregnant"));
        assertThat(newest.changed()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("content");
            assertThat(f.kind()).isEqualTo(FieldChange.Kind.LONG_TEXT);
            assertThat(f.before()).isEmpty();
        });
        assertThat(history).anySatisfy(c -> assertThat(c.table()).isEqualTo("annual_report"));
    }

    @Test
    void removingAReportRecordsItsTextsGoneWithItUnderTheReportAndItsCentre() {
        Assumptions.assumeTrue(TestDatabases.onServer());
        Report report = workspace.reports().start(centre.id(), 2026);
        workspace.reports().setField(report.id(), "pregnant", "42");
        workspace.reports().delete(report.id());

        // The texts go by ON DELETE CASCADE after the report itself: their centre comes from the trail.
        List<RecordChange> deleted = audit.historyOf(AuditedRecord.ANNUAL_REPORT, report.id()).stream()
                .filter(c -> c.action() == RecordChange.Action.DELETE).toList();
        assertThat(deleted).extracting(RecordChange::table).contains("annual_report", "report_field");
        assertThat(deleted).allSatisfy(c -> {
            assertThat(c.centreId()).isEqualTo(centre.id());
            assertThat(c.mainTable()).isEqualTo("annual_report");
            assertThat(c.mainId()).isEqualTo(report.id());
        });
    }

    @Test
    void aChangeMadeStraightInSqlByAnotherLoginIsRecordedUnderTheirName() throws SQLException {
        Assumptions.assumeTrue(TestDatabases.onServer());
        try (ThrowAwayRole role = new ThrowAwayRole("editor")) {
            // Row-level security (V14) shows a login only what its group and centres allow: an administrator.
            role.admin("GRANT samordna_admin TO " + role.name);
            try (Connection psql = role.connect(); Statement sql = psql.createStatement()) {
                sql.executeUpdate("UPDATE centre SET municipality = 'Östersund' WHERE id = " + centre.id());
            }
            RecordChange change = audit.historyOf(AuditedRecord.CENTRE, centre.id()).getFirst();
            assertThat(change.changedBy()).isEqualTo(role.name);
            assertThat(change.changed()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("municipality");
                assertThat(f.before()).isEqualTo("Krokom");
                assertThat(f.after()).isEqualTo("Östersund");
            });
        }
    }

    @Test
    void aLoginCannotWriteTheTrailEvenWhenGivenEveryTable() throws SQLException {
        Assumptions.assumeTrue(TestDatabases.onServer());
        workspace.centres().update(centre.id(), details().withName("Solrosen Krokom"));
        int before = audit.historyOfCentre(centre.id(), 100).size();
        try (ThrowAwayRole role = new ThrowAwayRole("forger")) {
            role.admin("GRANT INSERT, UPDATE, DELETE, TRUNCATE ON record_change TO " + role.name);
            try (Connection psql = role.connect(); Statement sql = psql.createStatement()) {
                assertRefused(sql, "INSERT INTO record_change (table_name, main_table, action, changed_by) "
                        + "VALUES ('centre', 'centre', 'UPDATE', 'someone else')");
                assertRefused(sql, "UPDATE record_change SET changed_by = 'someone else'");
                assertRefused(sql, "DELETE FROM record_change");
                assertRefused(sql, "TRUNCATE record_change");
            }
            role.admin("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON record_change FROM " + role.name);
            try (Connection psql = role.connect(); Statement sql = psql.createStatement()) {
                assertRefused(sql, "DELETE FROM record_change");
                assertRefused(sql, "UPDATE record_change SET changed_by = 'someone else'");
            }
        }
        assertThat(audit.historyOfCentre(centre.id(), 100)).hasSize(before)
                .allSatisfy(c -> assertThat(c.changedBy()).isEqualTo(TestDatabases.settings().user()));
    }

    private static void assertRefused(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(statement).isEqualTo("42501"));
    }

    private CentreDetails details() {
        Centre current = workspace.centres().get(centre.id());
        return current.details();
    }

    /**
     * A login made for one test and dropped after it, named after the test's schema so parallel runs
     * never meet: allowed to read and write every table of the schema, as a coordinator would be.
     */
    private final class ThrowAwayRole implements AutoCloseable {
        final String name;
        private final String schema = TestDatabases.schemaFor(dir.resolve("data"));
        private final String password = "pw-" + Long.toHexString(System.nanoTime());

        ThrowAwayRole(String suffix) throws SQLException {
            name = schema + "_" + suffix;
            admin("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
            admin("GRANT USAGE ON SCHEMA " + schema + " TO " + name);
            admin("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + name);
            admin("REVOKE INSERT, UPDATE, DELETE ON record_change FROM " + name);
            admin("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + name);
        }

        Connection connect() throws SQLException {
            Properties login = new Properties();
            login.setProperty("user", name);
            login.setProperty("password", password);
            login.setProperty("currentSchema", schema);
            return DriverManager.getConnection(System.getenv("SAMORDNA_TEST_PG_URL"), login);
        }

        void admin(String statement) throws SQLException {
            Properties login = new Properties();
            login.setProperty("user", TestDatabases.settings().user());
            login.setProperty("password", new String(TestDatabases.password()));
            login.setProperty("currentSchema", schema);
            try (Connection c = DriverManager.getConnection(System.getenv("SAMORDNA_TEST_PG_URL"), login);
                 Statement sql = c.createStatement()) {
                sql.execute(statement);
            }
        }

        @Override
        public void close() throws SQLException {
            admin("DROP OWNED BY " + name);
            admin("DROP ROLE " + name);
        }
    }
}
