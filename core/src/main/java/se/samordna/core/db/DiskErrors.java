package se.samordna.core.db;

import java.util.Locale;

/** Recognises a full disk in whatever wrapping the JDK or H2 hands it over. */
public final class DiskErrors {
    private DiskErrors() {
    }

    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")
                        || lower.contains("there is not enough space on the disk")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
