package se.samordna.core.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.samordna.core.centre.CentreSummary;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * Kills a separate JVM ({@code destroyForcibly}, SIGKILL on Linux) right after N saves the screen
 * would have confirmed, and counts what the next start finds. The data folders are (a) new, (b) the
 * first start's example data closed as Arkiv › Avsluta does, (c) left by a crash during the example
 * data. 0.1.0 lost these edits on (b) once H2 had freed the space of old chunks (decision 0008).
 */
@org.junit.jupiter.api.Tag("h2-only")
class CrashDurabilityTest {
    @TempDir
    static Path shared;

    private static Path cleanClose;
    private static Path afterCrash;

    @BeforeAll
    static void buildStartingFolders() throws Exception {
        cleanClose = shared.resolve("clean-close");
        run(cleanClose, "examples", 0).waitFor(120, TimeUnit.SECONDS);
        afterCrash = shared.resolve("after-crash");
        killAfter(afterCrash, "examples-then-crash", 0);
    }

    @ParameterizedTest(name = "{0} confirmed {1} on a {2} data folder survive kill -9")
    @CsvSource({
            "centres, 1, new", "centres, 3, new", "centres, 5, new", "centres, 10, new", "centres, 20, new",
            "centres, 1, clean-close", "centres, 3, clean-close", "centres, 5, clean-close",
            "centres, 10, clean-close", "centres, 20, clean-close",
            "centres, 1, after-crash", "centres, 3, after-crash", "centres, 5, after-crash",
            "centres, 10, after-crash", "centres, 20, after-crash",
            "ratings, 5, clean-close", "ratings, 20, after-crash", "forms, 3, clean-close", "forms, 10, after-crash"})
    void everyConfirmedSaveSurvivesAKill(String kind, int saves, String state, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        switch (state) {
            case "clean-close" -> DataFolders.copy(cleanClose, data);
            case "after-crash" -> DataFolders.copy(afterCrash, data);
            default -> Files.createDirectories(data);
        }
        int before = countOnCopy(kind, data, dir);

        killAfter(data, kind, saves);

        assertThat(count(kind, data) - before).as("%s kept of %d confirmed", kind, saves).isEqualTo(saves);
    }

    @ParameterizedTest(name = "{0} confirmed after a minute of use on a {1} data folder survive kill -9")
    @CsvSource({"5, clean-close", "5, after-crash"})
    void savesLateInASessionSurviveAKill(int saves, String state, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        DataFolders.copy(state.equals("clean-close") ? cleanClose : afterCrash, data);
        int before = countOnCopy("centres", data, dir);

        killAfter(data, "centres", saves, 50_000);

        assertThat(count("centres", data) - before).as("kept of %d confirmed", saves).isEqualTo(saves);
    }

    /** Counting opens and closes the folder (and compacts it): do it on a copy, so the state under test stays. */
    private static int countOnCopy(String kind, Path data, Path dir) throws IOException {
        Path copy = dir.resolve("count-copy");
        if (Files.exists(data)) {
            DataFolders.copy(data, copy);
        }
        return count(kind, copy);
    }

    private static int count(String kind, Path data) {
        if (!Files.exists(data.resolve("db"))) {
            return 0;
        }
        try (Workspace workspace = Workspace.open(new DataDirectory(data), Clock.systemDefaultZone())) {
            List<CentreSummary> centres = workspace.centres().list();
            return switch (kind) {
                case "centres" -> (int) centres.stream().filter(c -> c.name().startsWith("Kraschtest")).count();
                case "ratings" -> centres.stream().flatMap(c -> workspace.reflection().list(c.id()).stream())
                        .filter(w -> w.year() == 2031)
                        .mapToInt(w -> workspace.reflection().get(w.id()).ratings().size()).sum();
                case "forms" -> centres.stream().mapToInt(c -> workspace.surveys().responseCount(c.id(), 2031)).sum();
                default -> throw new IllegalArgumentException(kind);
            };
        }
    }

    /** Starts the child, waits for its N-th confirmation, gives H2's background a moment, kills it. */
    private static void killAfter(Path data, String mode, int saves) throws Exception {
        killAfter(data, mode, saves, 0);
    }

    private static void killAfter(Path data, String mode, int saves, long waitBeforeMs) throws Exception {
        Process child = run(data, mode, saves, waitBeforeMs);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.equals("CONFIRMED " + saves)) {
                    break;
                }
            }
            assertThat(seen).as("the child confirmed its saves").contains("CONFIRMED " + saves);
            Thread.sleep(300);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

    private static Process run(Path data, String mode, int saves) throws IOException {
        return run(data, mode, saves, 0);
    }

    private static Process run(Path data, String mode, int saves, long waitBeforeMs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                CrashChild.class.getName(), data.toString(), mode, Integer.toString(saves), Long.toString(waitBeforeMs));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
