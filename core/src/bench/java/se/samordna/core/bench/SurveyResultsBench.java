package se.samordna.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.ItemCounts;
import se.samordna.core.survey.PartUsed;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Benchmark of the parent-survey results on a real H2 workspace: imports many random forms, then
 * times {@link SurveyService#itemCounts}, {@link SurveyService#results} and plain-JDBC GROUP BY
 * baselines over the same data, interleaved round by round. Not a test: it asserts no timing and
 * runs only with {@code mvn -B -Pbench -pl core verify} (see docs/decisions/0005).
 *
 * <p>Settings (system properties): {@code bench.forms} (250000), {@code bench.batch} (25000),
 * {@code bench.warmup} (1 round, after the cross-check that already ran each query once),
 * {@code bench.reps} (6 rounds), {@code bench.seed} (20261123); {@code bench.only=report} skips it.
 * The first argument is the Markdown file to write.
 */
public final class SurveyResultsBench {
    private static final String[] LANGUAGES = {"sv", "sv", "sv", "sv", "sv", "sv", "en", "ar", "so", "fi"};

    /** Same data as the service reads: this survey's answers only (join to survey_response). */
    private static final String BASELINE_SQL = """
            SELECT a.item_key, a.answer, COUNT(*)
            FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = ?
            GROUP BY a.item_key, a.answer""";

    /** The cheapest possible form: the answer table alone, no join, no filter (one survey in the file). */
    private static final String TABLE_ONLY_SQL = """
            SELECT item_key, answer, COUNT(*) FROM survey_answer GROUP BY item_key, answer""";

    private SurveyResultsBench() {
    }

    /** What one run measured, for the side-by-side of a plain and an encrypted file (issue 18). */
    private record Run(double importSeconds, Map<String, Double> medianMs, long dbBytes) {
    }

    public static void main(String[] args) throws IOException {
        if (!Bench.runs("survey")) {
            return;
        }
        Path report = Path.of(args.length > 0 ? args[0] : "target/bench/survey-results.md");
        Run plain = run(report, null);
        // Issue 18: the same run on a password-protected (CIPHER=AES) file, written beside it.
        Path encryptedReport = report.resolveSibling(report.getFileName().toString().replace(".md", "-encrypted.md"));
        Run encrypted = run(encryptedReport, se.samordna.core.security.DataKey.generate());
        String side = sideBySide(plain, encrypted);
        System.out.println();
        System.out.println(side);
        Path sideFile = report.resolveSibling("encryption-cost.md");
        Files.writeString(sideFile, side, StandardCharsets.UTF_8);
        System.out.println("Written to " + sideFile.toAbsolutePath());
    }

    private static String sideBySide(Run plain, Run encrypted) {
        StringBuilder md = new StringBuilder("# Cost of encryption (issue 18): plain vs CIPHER=AES, same data and seed\n\n");
        md.append("| measurement | plain | encrypted | encrypted ÷ plain |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| import, s | %.1f | %.1f | %.2f |%n", plain.importSeconds(),
                encrypted.importSeconds(), encrypted.importSeconds() / plain.importSeconds()));
        plain.medianMs().forEach((name, ms) -> md.append(String.format(Locale.ROOT, "| %s, median ms | %.1f | %.1f | %.2f |%n",
                name, ms, encrypted.medianMs().get(name), encrypted.medianMs().get(name) / ms)));
        md.append(String.format(Locale.ROOT, "| database file, MiB | %.0f | %.0f | %.2f |%n", plain.dbBytes() / 1048576.0,
                encrypted.dbBytes() / 1048576.0, (double) encrypted.dbBytes() / plain.dbBytes()));
        return md.toString();
    }

    private static Run run(Path report, se.samordna.core.security.DataKey key) throws IOException {
        int forms = Integer.getInteger("bench.forms", 250_000);
        int batch = Integer.getInteger("bench.batch", 25_000);
        int warmup = Integer.getInteger("bench.warmup", 1);
        int reps = Integer.getInteger("bench.reps", 6);
        long seed = Long.getLong("bench.seed", 20261123L);

        Path dir = Files.createTempDirectory("samordna-bench");
        if (key != null) {
            // As protection leaves a folder: the wrapped key beside the file, which the exit backup seals with.
            Path keyFile = se.samordna.core.security.KeyFile.beside(new DataDirectory(dir).databaseBase());
            Files.createDirectories(keyFile.getParent());
            se.samordna.core.security.KeyFile.create(key, "bench-password-1".toCharArray(),
                    se.samordna.core.security.RecoveryCode.generate()).write(keyFile);
        }
        long started = System.nanoTime();
        try (Workspace workspace = Workspace.open(new DataDirectory(dir), Clock.systemDefaultZone(), key)) {
            workspace.exampleData().declineExamples();
            long centre = workspace.centres()
                    .create(CentreDetails.newCentre("Familjecentralen Benchmark", "Östersund", "Jämtland Härjedalen"))
                    .id();
            SurveyService surveys = workspace.surveys();
            Survey survey = surveys.forYear(centre, 2026);
            long surveyId = survey.id();
            List<String> keys = survey.items().stream().map(SurveyItem::key).toList();

            // --- import ---
            SplittableRandom random = new SplittableRandom(seed);
            List<Double> batchMs = new ArrayList<>();
            long importNanos = 0;
            int nextForm = 1;
            while (nextForm <= forms) {
                int size = Math.min(batch, forms - nextForm + 1);
                List<ResponseDraft> drafts = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    drafts.add(randomForm(random, nextForm++, keys));
                }
                long t0 = System.nanoTime();
                surveys.importResponses(surveyId, drafts);
                long took = System.nanoTime() - t0;
                importNanos += took;
                batchMs.add(took / 1e6);
                System.out.printf(Locale.ROOT, "imported %,d / %,d forms (batch %.0f ms)%n", nextForm - 1, forms,
                        took / 1e6);
            }
            long answerRows = workspace.database().transactionResult(ctx -> ctx.connectionResult(
                    c -> singleLong(c, "SELECT COUNT(*) FROM survey_answer")));

            // --- correctness cross-check (not a timing assertion): service and raw SQL must agree ---
            Map<String, ItemCounts> serviceCounts = surveys.itemCounts(List.of(surveyId)).get(surveyId);
            Map<String, long[]> rawCounts = workspace.database().transactionResult(ctx -> ctx.connectionResult(
                    c -> rawItemCounts(c, surveyId)));
            checkSame(serviceCounts, rawCounts);
            SurveyResults check = surveys.results(surveyId);
            if (check.respondents() != forms) {
                throw new IllegalStateException("results() saw " + check.respondents() + " forms, expected " + forms);
            }

            // --- queries: rounds of all measurements, interleaved so drift hits each alike ---
            Map<String, LongSupplier> cases = new LinkedHashMap<>();
            cases.put("(a) SurveyService.itemCounts(List.of(surveyId))",
                    () -> surveys.itemCounts(List.of(surveyId)).get(surveyId).size());
            cases.put("(b) SurveyService.results(surveyId)",
                    () -> surveys.results(surveyId).breakdowns().size());
            cases.put("(c) JDBC GROUP BY item_key, answer (join, this survey)",
                    () -> workspace.database().transactionResult(ctx -> ctx.connectionResult(
                            c -> groupBy(c, BASELINE_SQL, surveyId))));
            cases.put("(c0) JDBC GROUP BY item_key, answer (answer table only)",
                    () -> workspace.database().transactionResult(ctx -> ctx.connectionResult(
                            c -> groupBy(c, TABLE_ONLY_SQL, null))));
            Map<String, List<Double>> times = new LinkedHashMap<>();
            cases.keySet().forEach(name -> times.put(name, new ArrayList<>()));
            long sink = 0;
            for (int round = 0; round < warmup + reps; round++) {
                for (Map.Entry<String, LongSupplier> c : cases.entrySet()) {
                    long t0 = System.nanoTime();
                    sink += c.getValue().getAsLong();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (round >= warmup) {
                        times.get(c.getKey()).add(ms);
                    }
                }
                System.out.printf(Locale.ROOT, "%s round %d/%d done%n", round < warmup ? "warm-up" : "measured",
                        round < warmup ? round + 1 : round - warmup + 1, round < warmup ? warmup : reps);
            }

            Path file = workspace.database().file();
            long dbBytes = Files.size(file);

            // --- exit: the on-exit backup and the close (which compacts when the file is wasteful) ---
            long t0 = System.nanoTime();
            if (Boolean.parseBoolean(System.getProperty("bench.exitBackup", "true"))) {
                workspace.backups().createIfChanged(se.samordna.core.db.Backup.Reason.ON_EXIT);
            }
            double backupMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            workspace.close();
            double closeMs = (System.nanoTime() - t0) / 1e6;
            long closedBytes = Files.size(file);
            t0 = System.nanoTime();
            long compactBytes = compactedCopy(file, dir.resolve("compacted"), key);
            double compactMs = (System.nanoTime() - t0) / 1e6;
            Exit exit = new Exit(dbBytes, backupMs, closeMs, closedBytes, compactBytes, compactMs);
            System.out.println(exit.line());

            double totalSeconds = (System.nanoTime() - started) / 1e9;
            String table = (key == null ? "" : "**Encrypted file (CIPHER=AES, issue 18).**\n\n") + markdown(forms, batch, keys.size(), answerRows, exit, importNanos, batchMs, times,
                    warmup, reps, seed, totalSeconds, sink);
            System.out.println();
            System.out.println(table);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, table, StandardCharsets.UTF_8);
            System.out.println("Written to " + report.toAbsolutePath());
            Map<String, Double> medians = new LinkedHashMap<>();
            times.forEach((name, list) -> medians.put(name, Bench.percentile(list.stream().sorted().toList(), 50)));
            return new Run(importNanos / 1e9, medians, dbBytes);
        } finally {
            Bench.deleteTree(dir);
        }
    }

    /** One form: every item 0–4 or blank (one in six each), background answers random, some left blank. */
    private static ResponseDraft randomForm(SplittableRandom random, int formNumber, List<String> keys) {
        Map<String, Answer> answers = new HashMap<>();
        for (String key : keys) {
            int code = random.nextInt(6) - 1;
            if (code >= 0) {
                answers.put(key, Answer.ofCode(code));
            }
        }
        Gender[] genders = Gender.values();
        Relation[] relations = Relation.values();
        int g = random.nextInt(genders.length + 1);
        int r = random.nextInt(relations.length + 1);
        EnumSet<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
        for (PartUsed part : PartUsed.values()) {
            if (random.nextInt(3) == 0) {
                parts.add(part);
            }
        }
        return new ResponseDraft(formNumber, LANGUAGES[random.nextInt(LANGUAGES.length)],
                g == genders.length ? null : genders[g], r == relations.length ? null : relations[r], parts, "",
                answers);
    }

    /** What closing the benchmark's workspace cost, and the file it left against a compacted copy. */
    record Exit(long openBytes, double backupMs, double closeMs, long closedBytes, long compactBytes,
                double compactMs) {
        String line() {
            return String.format(Locale.ROOT, "database file before close: %.0f MiB; database file after close: "
                            + "%.1f MiB; compacted copy: %.1f MiB (%.2f×); exit backup %.0f ms, close %.0f ms "
                            + "(compacting the copy took %.0f ms)",
                    openBytes / 1048576.0, closedBytes / 1048576.0, compactBytes / 1048576.0,
                    (double) closedBytes / compactBytes, backupMs, closeMs, compactMs);
        }
    }

    /**
     * Size of a copy of the closed {@code file} after H2's SHUTDOWN COMPACT: the data without waste. An
     * encrypted file ({@code key} not null) is opened as the app opens it (CIPHER=AES, decision 0016).
     */
    private static long compactedCopy(Path file, Path scratch, se.samordna.core.security.DataKey key)
            throws IOException {
        Files.createDirectories(scratch);
        Path copy = scratch.resolve("copy.mv.db");
        Files.copy(file, copy);
        String base = scratch.resolve("copy").toAbsolutePath().toString();
        String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE" + (key == null ? "" : ";CIPHER=AES");
        String password = key == null ? "" : key.h2ConnectionPassword();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", password);
             java.sql.Statement statement = c.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IOException("Could not compact a copy of " + file, e);
        }
        return Files.size(copy);
    }

    private static long groupBy(Connection c, String sql, Long surveyId) throws SQLException {
        long checksum = 0;
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            if (surveyId != null) {
                statement.setLong(1, surveyId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    checksum += rs.getString(1).length() + rs.getInt(2) + rs.getLong(3);
                }
            }
        }
        return checksum;
    }

    /** Item → {counted (1–4), positive (3–4), Vet inte (0)} from the raw GROUP BY. */
    private static Map<String, long[]> rawItemCounts(Connection c, long surveyId) throws SQLException {
        Map<String, long[]> counts = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement(BASELINE_SQL)) {
            statement.setLong(1, surveyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long[] cell = counts.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    int answer = rs.getInt(2);
                    long n = rs.getLong(3);
                    if (answer >= 1) {
                        cell[0] += n;
                    }
                    if (answer >= 3) {
                        cell[1] += n;
                    }
                    if (answer == 0) {
                        cell[2] += n;
                    }
                }
            }
        }
        return counts;
    }

    private static void checkSame(Map<String, ItemCounts> service, Map<String, long[]> raw) {
        if (!service.keySet().equals(raw.keySet())) {
            throw new IllegalStateException("itemCounts items " + service.keySet() + " differ from SQL " + raw.keySet());
        }
        service.forEach((key, counts) -> {
            long[] expected = raw.get(key);
            if (counts.counted() != expected[0] || counts.positive() != expected[1] || counts.dontKnow() != expected[2]) {
                throw new IllegalStateException("itemCounts for " + key + " " + counts + " differ from SQL "
                        + Arrays.toString(expected));
            }
        });
    }

    private static long singleLong(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- report ---

    private static String markdown(int forms, int batch, int items, long answerRows, Exit exit, long importNanos,
                                   List<Double> batchMs, Map<String, List<Double>> times, int warmup, int reps,
                                   long seed, double totalSeconds, long sink) {
        StringBuilder md = new StringBuilder();
        md.append("# Parent survey benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Run %s · Java %s (%s) · %d CPUs · max heap %d MiB · H2 file database%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        md.append(String.format(Locale.ROOT,
                "Data: %,d forms × %d items (0–4 or blank, one in six each; random gender, relation, parts, "
                        + "language; seed %d) = %,d answer rows; database file %.0f MiB before close.%n%n",
                forms, items, seed, answerRows, exit.openBytes() / 1048576.0));

        double importSeconds = importNanos / 1e9;
        List<Double> sortedBatches = batchMs.stream().sorted().toList();
        md.append("## Import (`SurveyService.importResponses`, ").append(batchMs.size()).append(" × ")
                .append(String.format(Locale.ROOT, "%,d", batch)).append(" forms)\n\n");
        md.append("| total s | forms/s | answer rows/s | fastest batch ms | median batch ms | slowest batch ms |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %.1f | %,.0f | %,.0f | %.0f | %.0f | %.0f |%n%n", importSeconds,
                forms / importSeconds, answerRows / importSeconds, sortedBatches.getFirst(),
                Bench.percentile(sortedBatches, 50), sortedBatches.getLast()));

        md.append(String.format(Locale.ROOT, "## Queries (%d warm-up rounds, %d measured rounds, interleaved)%n%n",
                warmup, reps));
        md.append("| measurement | median ms | p95 ms | min ms | median ÷ (c) | p95 ÷ (c) |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        String baselineName = times.keySet().stream().filter(n -> n.startsWith("(c)")).findFirst().orElseThrow();
        List<Double> base = times.get(baselineName).stream().sorted().toList();
        double baseMedian = Bench.percentile(base, 50);
        double baseP95 = Bench.percentile(base, 95);
        times.forEach((name, list) -> {
            List<Double> sorted = list.stream().sorted(Comparator.naturalOrder()).toList();
            double median = Bench.percentile(sorted, 50);
            double p95 = Bench.percentile(sorted, 95);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %.2f |%n", name, median, p95,
                    sorted.getFirst(), median / baseMedian, p95 / baseP95));
        });
        md.append(String.format(Locale.ROOT,
                "%np95 is the nearest-rank percentile of the %d measured rounds (with fewer than 20 rounds, the "
                        + "slowest). Before the warm-up, a cross-check ran (a), (b) and (c) once and found (a) equal "
                        + "to (c). (c) reads the same rows as (a) and (b); (c0) is the answer table alone, for scale. "
                        + "Whole run %.0f s (checksum %d).%n",
                reps, totalSeconds, sink));
        md.append("\n## Database file and exit\n\n").append(exit.line()).append(
                ".\n\nThe exit backup is `BackupService.createIfChanged(ON_EXIT)` (script, verified in a scratch "
                        + "database), the close `Workspace.close()`; the compacted copy is the closed file copied and "
                        + "closed again with H2's `SHUTDOWN COMPACT`. Goal: the file after close ≤ 2× the copy.\n");
        return md.toString();
    }
}
