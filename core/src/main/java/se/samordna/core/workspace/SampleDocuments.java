package se.samordna.core.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import se.samordna.core.capability.Capability;
import se.samordna.core.common.UserFacingException;

/**
 * Writes one sample of every document Samordna makes, from the example data, into a folder: for
 * looking at them and for checks. Runs against a throw-away database, never the user's.
 */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** The command: returns the process exit code. */
    public static int run(Path folder, PrintStream out) {
        try {
            List<Path> written = writeAll(folder);
            out.println("Samordna: " + written.size() + " exempeldokument i " + folder.toAbsolutePath());
            written.forEach(path -> out.println("  " + folder.toAbsolutePath().relativize(path.toAbsolutePath())));
            return 0;
        } catch (IOException | UserFacingException e) {
            out.println("Samordna: kunde inte skriva exempeldokumenten: " + e.getMessage());
            return 1;
        }
    }

    public static List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path scratch = Files.createTempDirectory("samordna-samples");
        List<Path> written = new ArrayList<>();
        try (Workspace workspace = Workspace.open(new DataDirectory(scratch), Clock.systemDefaultZone())) {
            workspace.exampleData().create();
            for (Capability capability : workspace.capabilities()) {
                written.addAll(capability.writeSamples(folder));
            }
            // The year package is no capability (it carries theirs): its samples come after theirs.
            written.addAll(workspace.yearPackageExport().writeSamples(workspace.centres().list(),
                    java.time.LocalDate.now(workspace.clock()).getYear(), folder));
        } finally {
            deleteRecursively(scratch);
        }
        return written;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
