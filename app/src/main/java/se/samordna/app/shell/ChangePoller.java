package se.samordna.app.shell;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lists refresh when others change things (the shared server only): now and then, on a thread of its
 * own and never the FX thread, reads a change marker; when it differs from the last one seen and the
 * user is not in the middle of an edit, refreshes on the FX thread. While the user edits, the refresh
 * waits for a later look. Started when the window is shown, closed with it.
 */
public final class ChangePoller implements AutoCloseable {
    /** How often the server is asked: light (a few counts), and soon enough for a colleague's edit. */
    public static final Duration EVERY = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(ChangePoller.class.getName());

    private final Supplier<String> marker;
    private final BooleanSupplier editing;
    private final Runnable refresh;
    private final Consumer<Runnable> onFxThread;
    private volatile String seen;
    private ScheduledExecutorService timer;

    /**
     * {@code marker} is read off the FX thread; {@code editing} and {@code refresh} run on it
     * ({@code onFxThread}: Platform::runLater in the app, Runnable::run in tests).
     */
    public ChangePoller(Supplier<String> marker, BooleanSupplier editing, Runnable refresh,
                        Consumer<Runnable> onFxThread) {
        this.marker = marker;
        this.editing = editing;
        this.refresh = refresh;
        this.onFxThread = onFxThread;
    }

    /** Takes the marker as it is now and looks again every {@code every}. */
    public synchronized void start(Duration every) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "samordna-change-poller");
            thread.setDaemon(true);
            return thread;
        });
        timer.execute(() -> seen = readQuietly());
        timer.scheduleWithFixedDelay(this::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look: reads the marker, and refreshes on the FX thread if it changed and nothing is being edited. */
    public void poll() {
        String now = readQuietly();
        if (now == null || Objects.equals(now, seen)) {
            return;
        }
        onFxThread.accept(() -> {
            if (editing.getAsBoolean()) {
                return; // seen stays as it was: the next look refreshes once the edit is saved
            }
            seen = now;
            refresh.run();
        });
    }

    /** Sets the marker seen so far without refreshing (at start, and in tests). */
    public void remember() {
        seen = readQuietly();
    }

    private String readQuietly() {
        try {
            return marker.get();
        } catch (RuntimeException e) {
            // The server out of reach for a moment: the next look tries again; the edits say it loudly.
            LOG.log(Level.FINE, "Change marker not read", e);
            return null;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
