package se.samordna.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import se.samordna.core.centre.Centre;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;
import se.samordna.core.yearpackage.ImportPreview;
import se.samordna.core.yearpackage.ImportResult;

/**
 * Issue 16's speed check for the year package: one centre's year of the overview benchmark's size
 * (Solsidan of the example data, with its workshop, report, agreements (each given a 300 kB signed copy), wheel and
 * plan, and {@code bench.package.forms} (500) survey forms added to the year's survey), exported, then
 * imported into an empty workspace (preview and import, the backup before it included) and imported
 * again into the same one (preview and import that change nothing). Each round imports into a new empty
 * workspace; opening it is not timed. Medians and p95 after {@code bench.package.warmup} rounds.
 */
public final class YearPackageBench {

    public static void main(String[] args) throws Exception {
        if (!Bench.runs("package")) {
            return;
        }
        int forms = Integer.getInteger("bench.package.forms", 500);
        int reps = Integer.getInteger("bench.package.reps", 10);
        int warmup = Integer.getInteger("bench.package.warmup", 3);
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/year-package.md");
        Path dir = Files.createTempDirectory("samordna-package-bench");
        Clock clock = Clock.systemDefaultZone();
        int year = LocalDate.now(clock).getYear();
        try (Workspace source = Workspace.open(new DataDirectory(dir.resolve("centre")), clock)) {
            Centre centre = source.exampleData().create().stream()
                    .filter(c -> c.name().equals("Familjecentralen Solsidan")).findFirst().orElseThrow();
            Survey survey = source.surveys().forYear(centre.id(), year);
            addForms(source, survey, forms);
            // A scanned signed copy (about 300 kB, incompressible like a real scan) on every agreement.
            byte[] scan = new byte[300_000];
            new SplittableRandom(16L).nextBytes(scan);
            System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, scan, 0, 9);
            source.agreements().list(centre.id()).forEach(a ->
                    source.agreements().attachSignedCopy(a.id(), "underskrivet " + a.id() + ".pdf", scan));
            Path file = dir.resolve("Familjecentralen Solsidan " + year + ".samordna");

            List<Double> exportMs = new ArrayList<>();
            List<Double> previewMs = new ArrayList<>();
            List<Double> applyMs = new ArrayList<>();
            List<Double> importMs = new ArrayList<>();
            List<Double> againMs = new ArrayList<>();
            int records = 0;
            for (int i = 0; i < warmup + reps; i++) {
                long a = System.nanoTime();
                source.yearPackageExport().export(centre.id(), year, file);
                long b = System.nanoTime();
                Path folder = dir.resolve("county-" + i);
                try (Workspace target = Workspace.open(new DataDirectory(folder), clock)) {
                    target.exampleData().declineExamples();
                    long c = System.nanoTime();
                    ImportPreview preview = target.yearPackageImport().preview(file);
                    long d = System.nanoTime();
                    ImportResult result = target.yearPackageImport().apply(preview, Set.of(), "bench");
                    long e = System.nanoTime();
                    ImportPreview again = target.yearPackageImport().preview(file);
                    ImportResult nothing = target.yearPackageImport().apply(again, Set.of(), "bench");
                    long f = System.nanoTime();
                    if (result.added() != preview.records().size() || !again.changesNothing()
                            || nothing.backup().isPresent()) {
                        throw new IllegalStateException("The import did not add every record once: " + result);
                    }
                    records = result.added();
                    if (i >= warmup) {
                        exportMs.add((b - a) / 1e6);
                        previewMs.add((d - c) / 1e6);
                        applyMs.add((e - d) / 1e6);
                        importMs.add((e - c) / 1e6);
                        againMs.add((f - e) / 1e6);
                    }
                }
                Bench.deleteTree(folder);
                System.out.printf(Locale.ROOT, "round %d of %d%n", i + 1, warmup + reps);
            }
            long bytes = Files.size(file);
            List<List<Double>> all = List.of(exportMs, previewMs, applyMs, importMs, againMs);
            all.forEach(list -> list.sort(null));
            String table = String.format(Locale.ROOT, """
                    # Year package benchmark (issue 16)

                    One centre's year: Familjecentralen Solsidan %d from the example data (workshop, report, \
                    agreements with a 300 kB signed copy each, wheel, plan) with %d survey forms added; %d records, \
                    a package of %,d bytes. Each round imports into a new empty workspace (opening it not timed). \
                    %d warm-up rounds, %d timed. Goal: export and import each under 1 s warm.

                    | | median ms | p95 ms |
                    |---|---:|---:|
                    | export | %.1f | %.1f |
                    | import into an empty workspace: preview | %.1f | %.1f |
                    | import into an empty workspace: import (backup before it included) | %.1f | %.1f |
                    | import into an empty workspace: preview + import | %.1f | %.1f |
                    | import again, nothing changes: preview + import | %.1f | %.1f |
                    """, year, forms, records, bytes, warmup, reps,
                    Bench.percentile(exportMs, 50), Bench.percentile(exportMs, 95),
                    Bench.percentile(previewMs, 50), Bench.percentile(previewMs, 95),
                    Bench.percentile(applyMs, 50), Bench.percentile(applyMs, 95),
                    Bench.percentile(importMs, 50), Bench.percentile(importMs, 95),
                    Bench.percentile(againMs, 50), Bench.percentile(againMs, 95));
            System.out.println(table);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
        } finally {
            Bench.deleteTree(dir);
        }
    }

    /** {@code forms} forms with random answers, numbered after the forms the example survey has. */
    private static void addForms(Workspace workspace, Survey survey, int forms) {
        List<String> keys = survey.items().stream().map(SurveyItem::key).toList();
        SplittableRandom random = new SplittableRandom(20261130L);
        List<ResponseDraft> drafts = new ArrayList<>(forms);
        for (int f = 1; f <= forms; f++) {
            Map<String, Answer> answers = new HashMap<>();
            for (String key : keys) {
                int a = random.nextInt(12);
                if (a < 11) {
                    answers.put(key, Answer.values()[a < 1 ? 0 : a < 2 ? 1 : a < 3 ? 2 : a < 6 ? 3 : 4]);
                }
            }
            drafts.add(new ResponseDraft(10_000 + f, "sv", Gender.KVINNA, Relation.FORALDER, null, "", answers));
        }
        workspace.surveys().importResponses(survey.id(), drafts);
    }
}
