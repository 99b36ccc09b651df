package se.samordna.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.reflection.RatingRow;
import se.samordna.app.reflection.WorkshopViewModel;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.reflection.Rating;
import se.samordna.core.workspace.Workspace;

/**
 * Issue 12's promise at the level a coordinator sees it: the real Samordna, in a JVM of its own, on a
 * data folder that was filled with the example data and closed as Arkiv › Avsluta does; a participant
 * types N ratings; as soon as the window says "N av 30" the process is killed (kill -9). Samordna is
 * opened again on the folder and the participant's form shows all N ratings.
 */
@ExtendWith(ApplicationExtension.class)
class UiCrashTest {
    /** System properties the child needs to run JavaFX as this test JVM does (headless, software). */
    private static final List<String> FORWARDED = List.of("glass.platform", "prism.order", "testfx.robot",
            "testfx.headless", "monocle.platform", "file.encoding", "javafx.cachedir", "samordna.test");

    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;
    private AppPreferences preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        if (workspace != null) {
            workspace.close();
        }
        if (preferences != null) {
            TestWorkspaces.forget(preferences);
        }
    }

    /** The rating typed for the i-th statement: 1 to 6 in turn, so a lost or shifted one shows. */
    static int ratingFor(int i) {
        return 1 + (i - 1) % 6;
    }

    @ParameterizedTest(name = "{0} ratings typed, then kill -9")
    @ValueSource(ints = {1, 5, 20})
    void everyRatingTheWindowConfirmedIsThereAfterAKill(int ratings, FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Workspace used = TestWorkspaces.withExamples(data);
        used.closeWithBackup();

        Process child = startChild(data, ratings);
        List<String> said = new ArrayList<>();
        boolean confirmed;
        try {
            confirmed = waitFor(child, "CONFIRMED " + ratings, said);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(confirmed).as("the window confirmed %d ratings; the child said %s; its log: %s", ratings, said,
                childLog()).isTrue();

        // Samordna again, on the same folder: the start-up check, then the workshop where it was.
        preferences = TestWorkspaces.preferences();
        robot.interact(() -> {
            workspace = TestWorkspaces.open(data);
            AppContext context = new AppContext(workspace, new SameThreadTaskRunner(), preferences,
                    Messages.forLanguage("sv"), TestWorkspaces.CLOCK);
            new Shell(stage, context, () -> { }).show();
            stage.show();
        });
        robot.clickOn("#nav-REFLECTION");
        assertThat(robot.lookup("#participantLabel").queryAs(Label.class).getText()).startsWith("Deltagare 1 av");
        assertThat(robot.lookup("#participantProgress").queryAs(Label.class).getText())
                .startsWith(ratings + " av 30 påståenden besvarade");
        ListView<RatingRow> list = robot.lookup("#ratingList").queryListView();
        for (int i = 1; i <= 30; i++) {
            Rating shown = list.getItems().get(i - 1).ratingProperty().get();
            assertThat(shown).as("statement %d on the form", i)
                    .isEqualTo(i <= ratings ? Rating.of(ratingFor(i)) : Rating.NONE);
        }
    }

    private Process startChild(Path data, int ratings) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : FORWARDED) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        Path prefs = dir.resolve("prefs");
        Files.createDirectories(prefs);
        command.add("-Djava.util.prefs.userRoot=" + prefs);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(UiCrashChild.class.getName());
        command.add(data.toString());
        command.add(Integer.toString(ratings));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(dir.resolve("child.log").toFile());
        return builder.start();
    }

    /** Reads the child's output until {@code line} (true) or its end or two minutes (false). */
    private static boolean waitFor(Process child, String line, List<String> said) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String next = out.readLine(); next != null; next = out.readLine()) {
                    said.add(next);
                    if (next.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            return seen.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private String childLog() {
        try {
            String log = Files.readString(dir.resolve("child.log"));
            return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
        } catch (IOException e) {
            return "(none)";
        }
    }
}
