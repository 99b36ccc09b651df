package se.samordna.core.db;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/** Recognises a full disk in whatever wrapping the JDK, H2 or Flyway hands it over. */
public final class DiskErrors {
    private DiskErrors() {
    }

    /**
     * Whether a full disk is behind {@code failure}: anywhere in its causes or suppressed exceptions
     * (H2 wraps its write errors in each other, sometimes in a circle, and Flyway adds its own).
     */
    public static boolean isDiskFull(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                        || lower.contains("there is not enough space on the disk")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            Collections.addAll(next, t.getSuppressed());
        }
        return false;
    }
}
