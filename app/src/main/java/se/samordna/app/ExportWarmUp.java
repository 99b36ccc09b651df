package se.samordna.app;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import se.samordna.core.pdf.PdfWarmUp;

/**
 * A little after the home page shows, renders one small PDF/A page to nowhere ({@link PdfWarmUp}) on a
 * thread of its own at the lowest priority, so the coordinator's first export of the day is about as
 * quick as the ones after it (issue 19, decision 0018). Once per start; it reads no data, writes no file,
 * and shows nothing: a failure here only means the first export does the same work itself.
 */
final class ExportWarmUp {
    private static final Logger LOG = Logger.getLogger(ExportWarmUp.class.getName());
    /** Left to the home page's first paint and the user's first clicks. */
    private static final long DELAY_MS = 2_000;

    private ExportWarmUp() {
    }

    /** Begins the warm-up; the future completes when it is over (done or failed). */
    static CompletableFuture<Void> begin() {
        CompletableFuture<Void> over = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MS);
                long started = System.nanoTime();
                PdfWarmUp.run();
                LOG.info("Export warm-up: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "Export warm-up failed; the first export will take the time itself", e);
            } finally {
                over.complete(null);
            }
        }, "samordna-export-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return over;
    }
}
