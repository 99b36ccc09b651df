package se.samordna.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.overview.Measure;
import se.samordna.core.overview.Overview;
import se.samordna.core.overview.OverviewService;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Issue 16's speed check: the overview of {@code bench.overview.centres} (50) centres for one year, with
 * {@code bench.overview.years} (10) years of data behind it (a survey of {@code bench.overview.forms} (500)
 * forms, a workshop with agreed ratings and a report a year; two agreements a centre), computed by
 * {@link OverviewService} and by hand-written SQL that computes the same figures, side by side, after a
 * warm-up; the figures of the two are compared before anything is timed. The measures timed are the ones
 * that data carries (self-reflection, survey, report, agreements); the wheel and the plan are left out.
 * The bench year's reports are submitted or not started (no drafts): a draft's completeness is computed
 * from the whole report content and has no SQL twin.
 */
public final class OverviewBench {

    public static void main(String[] args) throws Exception {
        if (!Bench.runs("overview")) {
            return;
        }
        int centres = Integer.getInteger("bench.overview.centres", 50);
        int years = Integer.getInteger("bench.overview.years", 10);
        int forms = Integer.getInteger("bench.overview.forms", 500);
        int reps = Integer.getInteger("bench.overview.reps", 15);
        int warmup = Integer.getInteger("bench.overview.warmup", 5);
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/overview.md");
        Path dir = Files.createTempDirectory("samordna-overview-bench");
        int lastYear = 2025;
        int firstYear = lastYear - years + 1;
        LocalDate today = LocalDate.of(lastYear + 1, 11, 23);
        SplittableRandom random = new SplittableRandom(20261130L);
        try (Workspace workspace = Workspace.open(new DataDirectory(dir), Clock.systemDefaultZone())) {
            workspace.exampleData().declineExamples();
            long t0 = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int c = 0; c < centres; c++) {
                String municipality = "Kommun " + (char) ('A' + c % 8);
                long id = workspace.centres().create(CentreDetails.newCentre("Familjecentralen " + (c + 1),
                        municipality, c % 2 == 0 ? "Region Norr" : "Region Syd")).id();
                ids.add(id);
                workspace.agreements().create(id, AgreementKind.SAMVERKAN);
                if (c % 5 != 0) {
                    workspace.agreements().create(id, AgreementKind.SAMORDNARE);
                }
                for (int year = firstYear; year <= lastYear; year++) {
                    Survey survey = workspace.surveys().forYear(id, year);
                    List<String> keys = survey.items().stream().map(SurveyItem::key).toList();
                    int n = c == 3 ? 4 : forms; // one centre with too few forms
                    List<ResponseDraft> drafts = new ArrayList<>(n);
                    for (int f = 1; f <= n; f++) {
                        Map<String, Answer> answers = new HashMap<>();
                        for (String key : keys) {
                            int a = random.nextInt(12);
                            if (a < 11) {
                                answers.put(key, Answer.values()[a < 1 ? 0 : a < 2 ? 1 : a < 3 ? 2 : a < 6 ? 3 : 4]);
                            }
                        }
                        drafts.add(new ResponseDraft(f, "sv", Gender.KVINNA, Relation.FORALDER, null, "", answers));
                    }
                    workspace.surveys().importResponses(survey.id(), drafts);
                    workspace.reflection().start(id, new WorkshopDetails(year, LocalDate.of(year, 12, 5), 8, ""));
                    if (year < lastYear || c % 3 != 0) {
                        workspace.reports().start(id, year);
                    }
                }
                System.out.printf(Locale.ROOT, "centre %d of %d filled (%.0f s)%n", c + 1, centres,
                        (System.nanoTime() - t0) / 1e9);
            }
            workspace.database().transactionResult(ctx -> ctx.connectionResult(connection -> {
                try (var s = connection.createStatement()) {
                    s.executeUpdate("INSERT INTO workshop_agreed (workshop_id, statement_key, rating, cannot_assess) "
                            + "SELECT workshop_id, statement_key, CASE WHEN MOD(position + workshop_id, 11) = 0 THEN NULL "
                            + "ELSE 1 + MOD(position * 7 + workshop_id * 3, 6) END, MOD(position + workshop_id, 11) = 0 "
                            + "FROM workshop_statement");
                    s.executeUpdate("UPDATE annual_report SET status = 'INLAMNAD', submitted_on = "
                            + "DATEADD(DAY, MOD(id, 90), CAST(CONCAT(report_year + 1, '-01-01') AS DATE))");
                    s.executeUpdate("UPDATE agreement SET status = 'UNDERTECKNAT', signed_date = DATE '2024-01-15' "
                            + "WHERE MOD(id, 7) <> 0");
                }
                return 0;
            }));
            System.out.printf(Locale.ROOT, "data in: %.0f s%n", (System.nanoTime() - t0) / 1e9);

            OverviewService service = workspace.service(OverviewService.class);
            EnumSet<Measure> measures = EnumSet.of(Measure.REFLECTION, Measure.SURVEY, Measure.REPORT,
                    Measure.AGREEMENTS);
            Map<String, Double> bySql = handSql(workspace, lastYear, today);
            Map<String, Double> byService = values(service.compute(null, lastYear, today, measures));
            if (!bySql.equals(byService)) {
                Map<String, String> diff = new HashMap<>();
                bySql.forEach((k, v) -> {
                    if (!v.equals(byService.get(k))) {
                        diff.put(k, v + " vs " + byService.get(k));
                    }
                });
                byService.keySet().stream().filter(k -> !bySql.containsKey(k)).forEach(k -> diff.put(k, "only service"));
                throw new IllegalStateException("The overview and the hand SQL differ: " + diff);
            }
            System.out.printf(Locale.ROOT, "figures agree: %d values%n", bySql.size());
            List<Double> serviceMs = new ArrayList<>();
            List<Double> sqlMs = new ArrayList<>();
            for (int i = 0; i < warmup + reps; i++) {
                long a = System.nanoTime();
                service.compute(null, lastYear, today, measures);
                long b = System.nanoTime();
                handSql(workspace, lastYear, today);
                long e = System.nanoTime();
                if (i >= warmup) {
                    serviceMs.add((b - a) / 1e6);
                    sqlMs.add((e - b) / 1e6);
                }
            }
            serviceMs.sort(null);
            sqlMs.sort(null);
            double ms = Bench.percentile(serviceMs, 50);
            double sq = Bench.percentile(sqlMs, 50);
            String table = String.format(Locale.ROOT, """
                    # Overview benchmark (issue 16)

                    %d centres × %d years, %d forms a survey (%,d forms), a workshop and a report a year, agreements; \
                    the overview of %d, measures self-reflection, survey, report, agreements. %d warm-up rounds, %d timed.

                    | | median ms | p95 ms |
                    |---|---:|---:|
                    | OverviewService.compute | %.1f | %.1f |
                    | hand-written SQL, same figures | %.1f | %.1f |
                    | ratio (median) | %.2f× | |
                    """, centres, years, forms, (long) centres * years * forms, lastYear, warmup, reps, ms,
                    Bench.percentile(serviceMs, 95), sq, Bench.percentile(sqlMs, 95), ms / sq);
            System.out.println(table);
            Files.createDirectories(out.getParent());
            Files.writeString(out, table);
        } finally {
            Bench.deleteTree(dir);
        }
    }

    /** The values the overview shows, by centre and column, rounded as printed (0.1). */
    private static Map<String, Double> values(Overview overview) {
        Map<String, Double> values = new HashMap<>();
        overview.rows().forEach(row -> row.cells().forEach((column, cell) -> {
            if (cell.value() != null) {
                values.put(row.centreId() + "|" + column, round(cell.value()));
            }
        }));
        return values;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The same figures by hand: one query per measure over the tables. */
    private static Map<String, Double> handSql(Workspace workspace, int year, LocalDate today) {
        return workspace.database().transactionResult(ctx -> ctx.connectionResult(connection -> {
            Map<String, Double> values = new HashMap<>();
            reflection(connection, year, values);
            survey(connection, year, values);
            reports(connection, year, today, values);
            agreements(connection, values);
            return values;
        }));
    }

    private static void reflection(Connection connection, int year, Map<String, Double> values) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT w.centre_id, st.area, AVG(CAST(a.rating AS DOUBLE)) "
                + "FROM workshop w JOIN workshop_agreed a ON a.workshop_id = w.id JOIN workshop_statement st "
                + "ON st.workshop_id = a.workshop_id AND st.statement_key = a.statement_key "
                + "WHERE w.workshop_year = ? AND a.rating IS NOT NULL GROUP BY w.centre_id, st.area")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.put(r.getLong(1) + "|reflection." + r.getString(2), round(r.getDouble(3)));
                }
            }
        }
    }

    private static void survey(Connection connection, int year, Map<String, Double> values) throws SQLException {
        Map<Long, Integer> forms = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT sv.centre_id, COUNT(*) FROM survey sv "
                + "JOIN survey_response r ON r.survey_id = sv.id WHERE sv.survey_year = ? GROUP BY sv.centre_id")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    forms.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT sv.centre_id, i.area, "
                + "COUNT(*) FILTER (WHERE a.answer BETWEEN 1 AND 4), COUNT(*) FILTER (WHERE a.answer >= 3) "
                + "FROM survey sv JOIN survey_response r ON r.survey_id = sv.id "
                + "JOIN survey_answer a ON a.response_id = r.id "
                + "JOIN survey_item i ON i.survey_id = sv.id AND i.item_key = a.item_key "
                + "WHERE sv.survey_year = ? GROUP BY sv.centre_id, i.area")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long centre = r.getLong(1);
                    if (forms.getOrDefault(centre, 0) >= 5 && r.getInt(3) > 0) {
                        values.put(centre + "|survey." + r.getString(2), round(100.0 * r.getInt(4) / r.getInt(3)));
                    }
                }
            }
        }
    }

    private static void reports(Connection connection, int year, LocalDate today, Map<String, Double> values)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT c.id, r.status FROM centre c "
                + "LEFT JOIN annual_report r ON r.centre_id = c.id AND r.report_year = ? AND r.version = "
                + "(SELECT MAX(version) FROM annual_report x WHERE x.centre_id = c.id AND x.report_year = ?)")) {
            s.setInt(1, year);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String status = r.getString(2);
                    values.put(r.getLong(1) + "|report", status == null ? 0.0 : "INLAMNAD".equals(status) ? 100.0 : -1);
                }
            }
        }
    }

    private static void agreements(Connection connection, Map<String, Double> values) throws SQLException {
        Map<String, Double> state = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT c.id, k.kind, "
                + "COUNT(a.id) FILTER (WHERE a.status = 'UNDERTECKNAT') FROM centre c "
                + "CROSS JOIN (VALUES ('SAMVERKAN'), ('SAMORDNARE')) k(kind) "
                + "LEFT JOIN agreement a ON a.centre_id = c.id AND a.kind = k.kind GROUP BY c.id, k.kind");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                state.put(r.getLong(1) + "|agreement." + r.getString(2), r.getInt(3) > 0 ? 1.0 : 0.0);
            }
        }
        values.putAll(state);
    }

}
