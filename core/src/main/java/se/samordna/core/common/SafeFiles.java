package se.samordna.core.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: a half-written PDF never replaces a good one. */
public final class SafeFiles {
    /** A file that cannot be written: a folder that is gone or read-only, a file open in another program. */
    public static final String UNWRITABLE = "file.unwritable";

    private SafeFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing it. A failure says which file, in words a
     * user can act on (a PDF still open in a reader is the usual cause on Windows), not "unexpected".
     */
    public static void write(Path target, byte[] content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".samordna-", ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network and USB file systems cannot rename atomically; a plain replace is still whole.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("file.unwritable", e, target.toAbsolutePath().toString());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // A leftover hidden temporary file does no harm.
                }
            }
        }
    }
}
