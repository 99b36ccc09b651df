package se.samordna.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.db.ServerSettings;
import se.samordna.core.overview.Measure;
import se.samordna.core.overview.OverviewService;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Issue 17's speed check: the survey results and the cross-centre overview on the shared PostgreSQL
 * server against the H2 file, the same data built in both from one seed, measured side by side in one
 * run (rounds interleaved, so drift hits both alike). Runs when SAMORDNA_TEST_PG_URL, _USER and
 * _PASSWORD name a server (a schema of its own there, dropped afterwards); otherwise says so and skips.
 * Settings: {@code bench.server.forms} (50000 forms in the survey), {@code bench.server.centres} (30),
 * {@code bench.server.years} (3), {@code bench.server.overviewForms} (200 a survey),
 * {@code bench.server.warmup} (3), {@code bench.server.reps} (10). Target: each ratio PostgreSQL ÷ H2 ≤ 1.5.
 */
public final class ServerBench {
    private static final int YEAR = 2025;

    private ServerBench() {
    }

    /** What is timed on one database: the survey's results and item counts, the overview. */
    private record Subject(String name, Workspace workspace, long surveyId) {
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.runs("server")) {
            return;
        }
        String url = System.getenv("SAMORDNA_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            System.out.println("Skipped: the server benchmark needs SAMORDNA_TEST_PG_URL, SAMORDNA_TEST_PG_USER and "
                    + "SAMORDNA_TEST_PG_PASSWORD");
            return;
        }
        int forms = Integer.getInteger("bench.server.forms", 50_000);
        int centres = Integer.getInteger("bench.server.centres", 30);
        int years = Integer.getInteger("bench.server.years", 3);
        int overviewForms = Integer.getInteger("bench.server.overviewForms", 200);
        int warmup = Integer.getInteger("bench.server.warmup", 3);
        int reps = Integer.getInteger("bench.server.reps", 10);
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/server.md");
        Path dir = Files.createTempDirectory("samordna-server-bench");
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        ServerSettings settings = ServerSettings.fromJdbcUrl(url, System.getenv("SAMORDNA_TEST_PG_USER"));
        Workspace h2 = Workspace.open(new DataDirectory(dir.resolve("h2")), Clock.systemDefaultZone());
        ServerDatabase database = ServerDatabase.open(settings,
                System.getenv("SAMORDNA_TEST_PG_PASSWORD").toCharArray(), Optional.of(schema));
        Workspace pg = Workspace.openServer(new DataDirectory(dir.resolve("pg")), database, Clock.systemDefaultZone());
        try {
            List<Subject> subjects = new ArrayList<>();
            for (Workspace workspace : List.of(h2, pg)) {
                long t0 = System.nanoTime();
                long survey = fill(workspace, forms, centres, years, overviewForms);
                String name = workspace == h2 ? "H2" : "PostgreSQL";
                System.out.printf(Locale.ROOT, "%s filled in %.0f s%n", name, (System.nanoTime() - t0) / 1e9);
                subjects.add(new Subject(name, workspace, survey));
            }
            // Fresh statistics for the bench's own tables (a bare ANALYZE would visit every schema on the server).
            pg.database().transaction(ctx -> ctx.execute("ANALYZE survey, survey_item, survey_response, survey_answer, "
                    + "centre, workshop, workshop_statement, workshop_agreed, annual_report, agreement"));

            LocalDate today = LocalDate.of(YEAR + 1, 11, 23);
            EnumSet<Measure> measures = EnumSet.of(Measure.REFLECTION, Measure.SURVEY, Measure.REPORT,
                    Measure.AGREEMENTS);
            Map<String, Map<String, LongSupplier>> cases = new LinkedHashMap<>();
            for (Subject s : subjects) {
                SurveyService surveys = s.workspace().surveys();
                OverviewService overview = s.workspace().service(OverviewService.class);
                cases.computeIfAbsent("SurveyService.results (" + forms + " forms)", k -> new LinkedHashMap<>())
                        .put(s.name(), () -> surveys.results(s.surveyId()).respondents());
                cases.computeIfAbsent("SurveyService.itemCounts", k -> new LinkedHashMap<>())
                        .put(s.name(), () -> surveys.itemCounts(List.of(s.surveyId())).get(s.surveyId()).size());
                cases.computeIfAbsent("OverviewService.compute (" + (centres + 1) + " centres)",
                        k -> new LinkedHashMap<>()).put(s.name(),
                        () -> overview.compute(null, YEAR, today, measures).rows().count());
            }
            // The same answers from both, before anything is timed.
            for (Map.Entry<String, Map<String, LongSupplier>> c : cases.entrySet()) {
                List<Long> answers = c.getValue().values().stream().map(LongSupplier::getAsLong).toList();
                if (answers.stream().distinct().count() != 1) {
                    throw new IllegalStateException(c.getKey() + " differs between the databases: " + answers);
                }
            }
            Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
            long sink = 0;
            for (int round = 0; round < warmup + reps; round++) {
                for (Map.Entry<String, Map<String, LongSupplier>> c : cases.entrySet()) {
                    for (Map.Entry<String, LongSupplier> side : c.getValue().entrySet()) {
                        long t0 = System.nanoTime();
                        sink += side.getValue().getAsLong();
                        double ms = (System.nanoTime() - t0) / 1e6;
                        if (round >= warmup) {
                            times.computeIfAbsent(c.getKey(), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(side.getKey(), k -> new ArrayList<>()).add(ms);
                        }
                    }
                }
            }
            StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                    # Shared server benchmark (issue 17): PostgreSQL beside H2

                    Run %s · Java %s · %d CPUs · PostgreSQL %s at %s (schema of its own) · H2 file.
                    Data, the same in both: one survey of %,d forms; %d centres × %d years with a survey of %d forms, \
                    a workshop with agreed ratings and a report a year, agreements. %d warm-up rounds, %d measured, \
                    interleaved. Target: PostgreSQL ÷ H2 ≤ 1.5.

                    | measurement | H2 median ms | PostgreSQL median ms | H2 p95 | PostgreSQL p95 | ratio (median) |
                    |---|---:|---:|---:|---:|---:|
                    """, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    pg.database().transactionResult(ctx -> ctx.fetchValue("SHOW server_version")),
                    settings.host() + ":" + settings.port(), forms, centres, years, overviewForms, warmup, reps));
            times.forEach((name, sides) -> {
                List<Double> a = sides.get("H2").stream().sorted().toList();
                List<Double> b = sides.get("PostgreSQL").stream().sorted().toList();
                double ratio = Bench.percentile(b, 50) / Bench.percentile(a, 50);
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f×%s |%n", name,
                        Bench.percentile(a, 50), Bench.percentile(b, 50), Bench.percentile(a, 95),
                        Bench.percentile(b, 95), ratio, ratio > 1.5 ? " (above 1.5)" : ""));
            });
            md.append(String.format(Locale.ROOT, "%nChecksum %d.%n", sink));
            System.out.println();
            System.out.println(md);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md);
            System.out.println("Written to " + out.toAbsolutePath());
        } finally {
            h2.close();
            try {
                pg.database().transaction(ctx -> ctx.execute("DROP SCHEMA " + schema + " CASCADE"));
            } finally {
                pg.close();
                Bench.deleteTree(dir);
            }
        }
    }

    /** The bench's data: one big survey (its id returned), and centres with years behind the overview. */
    private static long fill(Workspace workspace, int forms, int centres, int years, int overviewForms) {
        workspace.exampleData().declineExamples();
        SplittableRandom random = new SplittableRandom(20261130L);
        long big = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Benchmark", "Östersund",
                "Region Norr")).id();
        Survey survey = workspace.surveys().forYear(big, YEAR);
        importForms(workspace.surveys(), survey, forms, random);
        for (int c = 0; c < centres; c++) {
            long id = workspace.centres().create(CentreDetails.newCentre("Familjecentralen " + (c + 1),
                    "Kommun " + (char) ('A' + c % 8), c % 2 == 0 ? "Region Norr" : "Region Syd")).id();
            workspace.agreements().create(id, AgreementKind.SAMVERKAN);
            if (c % 5 != 0) {
                workspace.agreements().create(id, AgreementKind.SAMORDNARE);
            }
            for (int year = YEAR - years + 1; year <= YEAR; year++) {
                importForms(workspace.surveys(), workspace.surveys().forYear(id, year), c == 3 ? 4 : overviewForms,
                        random);
                workspace.reflection().start(id, new WorkshopDetails(year, LocalDate.of(year, 12, 5), 8, ""));
                if (year < YEAR || c % 3 != 0) {
                    workspace.reports().start(id, year);
                }
            }
        }
        workspace.database().transaction(ctx -> {
            ctx.execute("INSERT INTO workshop_agreed (workshop_id, statement_key, rating, cannot_assess) "
                    + "SELECT workshop_id, statement_key, CASE WHEN MOD(position + workshop_id, 11) = 0 THEN NULL "
                    + "ELSE 1 + MOD(position * 7 + workshop_id * 3, 6) END, MOD(position + workshop_id, 11) = 0 "
                    + "FROM workshop_statement");
            ctx.execute("UPDATE annual_report SET status = 'INLAMNAD', submitted_on = DATE '2026-01-15'");
            ctx.execute("UPDATE agreement SET status = 'UNDERTECKNAT', signed_date = DATE '2024-01-15' "
                    + "WHERE MOD(id, 7) <> 0");
        });
        return survey.id();
    }

    private static void importForms(SurveyService surveys, Survey survey, int forms, SplittableRandom random) {
        List<String> keys = survey.items().stream().map(SurveyItem::key).toList();
        Gender[] genders = Gender.values();
        Relation[] relations = Relation.values();
        int next = 1;
        while (next <= forms) {
            List<ResponseDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 10_000 && next <= forms; i++, next++) {
                Map<String, Answer> answers = new HashMap<>();
                for (String key : keys) {
                    int a = random.nextInt(12);
                    if (a < 11) {
                        answers.put(key, Answer.values()[a < 1 ? 0 : a < 2 ? 1 : a < 3 ? 2 : a < 6 ? 3 : 4]);
                    }
                }
                drafts.add(new ResponseDraft(next, "sv", genders[random.nextInt(genders.length)],
                        relations[random.nextInt(relations.length)], null, "", answers));
            }
            surveys.importResponses(survey.id(), drafts);
        }
    }
}
