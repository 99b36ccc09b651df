package se.samordna.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;

import se.samordna.app.task.FxTaskRunner;
import se.samordna.core.agreement.AgreementPdfRenderer;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.report.ReportOutline;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.workspace.Workspace;

/**
 * {@code --export-probe=report|agreement|both}: the export benchmark's view of a freshly started app. Once
 * the home page has its data, exports Solsidan's newest annual report as PDF/A and/or its newest agreement
 * through the same core calls the pages make ({@code ReportViewModel.exportPdf},
 * {@code AgreementsViewModel.exportPdf}), on the background runner, first once (the first export of the
 * day) and then {@value #WARM} times more (warm); prints one line and exits. It waits for the export
 * warm-up unless the kind ends in {@value #AT_ONCE}.
 */
final class ExportProbe {
    static final String PREFIX = "SAMORDNA-EXPORT";
    private static final String CENTRE = "Familjecentralen Solsidan";
    private static final int WARM = 7;
    /** The suffix of a kind measured at once, before the warm-up ({@link ExportWarmUp}). */
    static final String AT_ONCE = "-at-once";

    private ExportProbe() {
    }

    /** Whether {@code kind} is one the probe knows. */
    static boolean known(String kind) {
        return List.of("report", "agreement", "both", "report" + AT_ONCE, "agreement" + AT_ONCE).contains(kind);
    }

    /**
     * Measures once the export warm-up is over (as for a coordinator who exports a few seconds after the
     * start), or, for a kind ending in {@value #AT_ONCE}, at once when the home page has its data.
     */
    static void run(String kind, Workspace workspace, FxTaskRunner runner, CompletableFuture<Void> warmUp,
                    Runnable quit) {
        boolean atOnce = kind.endsWith(AT_ONCE);
        String what = kind.replace(AT_ONCE, "");
        (atOnce ? CompletableFuture.<Void>completedFuture(null) : warmUp).whenComplete((over, failure) ->
                Platform.runLater(() -> runner.run("export-probe", p -> measure(what, workspace), line -> {
                    System.out.println(line);
                    System.out.flush();
                    quit.run();
                })));
    }

    private static String measure(String kind, Workspace workspace) {
        long centre = workspace.centres().list().stream().filter(c -> c.name().equals(CENTRE))
                .map(CentreSummary::id).findFirst().orElseThrow();
        Path dir;
        try {
            dir = Files.createTempDirectory("samordna-export-probe");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder line = new StringBuilder(PREFIX);
        try {
            if (!kind.equals("agreement")) {
                long report = workspace.reports().list(centre).stream()
                        .max(Comparator.comparingInt(ReportSummary::year).thenComparingInt(ReportSummary::version))
                        .orElseThrow().id();
                Path target = dir.resolve("report.pdf");
                line.append(times("report", () -> DocumentExport.export(
                        ReportOutline.of(workspace.reports().content(report), LocalDate.now(workspace.clock())),
                        DocumentExport.Format.PDF, target)));
            }
            if (!kind.equals("report")) {
                long agreement = workspace.agreements().list(centre).stream()
                        .max(Comparator.comparing(AgreementSummary::updatedAt)).orElseThrow().id();
                Path target = dir.resolve("agreement.pdf");
                line.append(times("agreement", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    AgreementPdfRenderer.render(workspace.agreements().document(agreement, 1), out);
                    Files.write(target, out.toByteArray());
                    return null;
                }));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary folder left behind does no harm
            }
        }
        return line.toString();
    }

    private interface Export {
        Object run() throws IOException;
    }

    /** " name-first-ms=… name-warm-ms=…": the first export, then the median of the warm ones. */
    private static String times(String name, Export export) {
        List<Double> warm = new ArrayList<>();
        double first = 0;
        for (int i = 0; i <= WARM; i++) {
            long t0 = System.nanoTime();
            try {
                export.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i == 0) {
                first = ms;
            } else {
                warm.add(ms);
            }
        }
        warm.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, " %s-first-ms=%.0f %s-warm-ms=%.0f", name, first, name,
                warm.get(warm.size() / 2));
    }
}
