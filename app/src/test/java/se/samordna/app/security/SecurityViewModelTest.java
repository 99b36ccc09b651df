package se.samordna.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.RecoveryCode;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The settings' Säkerhet and the start-up dialog, on a real workspace, without the FX thread. */
// Password protection is of the laptop's H2 file; on the server the server protects the data.
@org.junit.jupiter.api.Tag("h2-only")
class SecurityViewModelTest {
    private static final Messages SV = Messages.forLanguage("sv");

    @TempDir
    Path dir;

    @Test
    void turningProtectionOnGivesACodeAndTheNextStartAsksAndWaitsLongerAfterEachWrongTry() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        AtomicReference<RecoveryCode> code = new AtomicReference<>();
        try (Workspace workspace = TestWorkspaces.withExamples(dir)) {
            SecurityViewModel model = new SecurityViewModel(workspace.protection(), runner, SV);
            assertThat(model.enabledProperty().get()).isFalse();
            assertThat(model.strengthHint("kort")).isEqualTo("Minst 10 tecken (nu 4).");
            model.enable("Blåbärssoppa 2026".toCharArray(), code::set);
            assertThat(model.enabledProperty().get()).isTrue();
            assertThat(code.get()).isNotNull();
        }

        KeyFile keys = Workspace.keysNeeded(new DataDirectory(dir)).orElseThrow();
        UnlockViewModel unlock = new UnlockViewModel(keys, runner, SV);
        List<UnlockViewModel.Unlocked> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            unlock.passwordProperty().set("fel lösenord " + i);
            unlock.submit(opened::add);
        }
        assertThat(opened).isEmpty();
        assertThat(unlock.secondsToWaitProperty().get()).isEqualTo(2);
        assertThat(unlock.errorProperty().get()).isEqualTo("Fel lösenord eller kod. Vänta 2 sekunder innan du försöker igen.");
        unlock.passwordProperty().set("Blåbärssoppa 2026");
        assertThat(unlock.canSubmit().get()).as("waits first").isFalse();
        unlock.tick();
        unlock.tick();
        assertThat(unlock.canSubmit().get()).isTrue();
        unlock.useRecoveryCodeProperty().set(true);
        unlock.recoveryCodeProperty().set(code.get().grouped().toLowerCase());
        unlock.submit(opened::add);
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst().byRecoveryCode()).isTrue();

        try (Workspace workspace = Workspace.open(new DataDirectory(dir), TestWorkspaces.CLOCK, opened.getFirst().key())) {
            SecurityViewModel model = new SecurityViewModel(workspace.protection(), runner, SV);
            model.setPassword("Nytt lösenord 2027".toCharArray(), () -> { });
            model.changePassword("fel".toCharArray(), "Ett tredje lösenord".toCharArray(), () -> { });
            assertThat(runner.failures()).singleElement().isInstanceOf(UserFacingException.class);
            boolean[] off = {false};
            model.disable("Nytt lösenord 2027".toCharArray(), () -> off[0] = true);
            assertThat(off[0]).isTrue();
            assertThat(model.enabledProperty().get()).isFalse();
            assertThat(workspace.centres().list()).hasSize(3);
        }
        assertThat(Workspace.keysNeeded(new DataDirectory(dir))).isEmpty();
    }
}
