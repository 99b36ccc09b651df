package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;

import se.samordna.core.TestDatabases;
import se.samordna.core.access.AccessGroup;
import se.samordna.core.access.CurrentAccess;
import se.samordna.core.workspace.Workspace;

/** Arkiv › Behörigheter… is there only for an administrator of the county server; nobody else sees it. */
@ExtendWith(ApplicationExtension.class)
class AccessMenuUiTest {
    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;
    private AppPreferences preferences;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.open(dir);
        context = new AppContext(workspace, new SameThreadTaskRunner(), preferences, Messages.forLanguage("sv"),
                TestWorkspaces.CLOCK);
        new Shell(stage, context, () -> { }).show();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    @Test
    void onlyAnAdministratorOnTheServerSeesBehorigheter(FxRobot robot) {
        // On this computer's file there is nobody to give access to; on the test server the app is logged in
        // as the server's superuser, an administrator.
        assertThat(item(robot, "menuAccess").isVisible()).isEqualTo(TestDatabases.onServer());
        assertThat(item(robot, "menuNewCentre").isDisable()).isFalse();

        robot.interact(() -> context.mainWindow().accessProperty().set(
                new CurrentAccess("anna", AccessGroup.COORDINATOR, false, Set.of(1L), Set.of(1L))));
        assertThat(item(robot, "menuAccess").isVisible()).isFalse();
        assertThat(item(robot, "menuNewCentre").isDisable()).isTrue();

        robot.interact(() -> context.mainWindow().accessProperty().set(
                new CurrentAccess("lena", AccessGroup.COUNTY, false, Set.of(1L, 2L), Set.of())));
        assertThat(item(robot, "menuAccess").isVisible()).isFalse();

        robot.interact(() -> context.mainWindow().accessProperty().set(
                new CurrentAccess("admin", AccessGroup.ADMIN, false, Set.of(), Set.of())));
        assertThat(item(robot, "menuAccess").isVisible()).isTrue();
        assertThat(item(robot, "menuAccess").getText()).isEqualTo("Behörigheter…");
    }

    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }
}
