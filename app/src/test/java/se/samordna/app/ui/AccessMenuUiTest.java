package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.TestDatabases;
import se.samordna.core.access.AccessGroup;
import se.samordna.core.access.CurrentAccess;

/** Arkiv › Behörigheter… is there only for an administrator of the county server; nobody else sees it. */
class AccessMenuUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 768);
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
