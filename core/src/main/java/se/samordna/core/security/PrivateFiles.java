package se.samordna.core.security;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Makes the data folder the user's alone: folders 0700 and files 0600 on Linux and macOS. On Windows
 * the data folder is inside the user's own profile (%APPDATA%), whose access list already admits only
 * the user (and administrators); nothing is changed there.
 */
public final class PrivateFiles {
    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether this file system has POSIX permissions (Linux, macOS). */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and its parents as the system makes them) and makes it private. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Makes one file or folder private; a failure is logged, never thrown (it must not stop a start). */
    public static void restrict(Path path) {
        if (!posix() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not make private: " + path.getFileName() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Makes a folder and everything in it private (the data folder at start-up). */
    public static void restrictTree(Path root) {
        if (!posix() || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(PrivateFiles::restrict);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make the data folder private (" + e.getClass().getSimpleName() + ")");
        }
    }
}
