package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import se.samordna.core.centre.Centre;
import se.samordna.core.yearpackage.ImportPreview;
import se.samordna.core.yearpackage.ImportPreview.RecordPreview;

/**
 * Solsidan's year exported through Arkiv, its centre changed here afterwards, and the package imported
 * back through Arkiv: the preview shows the one changed record field by field, the package's version is
 * taken, and the import log says so.
 */
class YearPackageUiTest extends AppWithFileDialogs {
    private static final String CATCHMENT_IN_PACKAGE = "Solsidan, Norrby och Åby";
    private static final String CATCHMENT_HERE = "Solsidan och Norrby, ändrat efter exporten";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void aYearExportedThroughArkivComesBackWithItsOneChangeShownAndTaken(FxRobot robot) throws Exception {
        Centre before = workspace.centres().get(solsidan);
        robot.interact(() -> workspace.centres().update(solsidan,
                before.details().withCatchmentArea(CATCHMENT_IN_PACKAGE)));

        Path file = out("Solsidan till länet.samordna");
        files.answer(file);
        robot.clickOn(LabeledMatchers.hasText("Arkiv")).clickOn("#menuExportPackage");
        assertThat(closeInfo(robot)).contains(file.toString()).contains("2026");
        assertSaveAsked("Familjecentralen Solsidan", ".samordna");
        assertThat(files.last().suggestedName()).endsWith(" 2026.samordna");
        assertThat(file).isRegularFile();

        robot.interact(() -> workspace.centres().update(solsidan,
                workspace.centres().get(solsidan).details().withCatchmentArea(CATCHMENT_HERE)));
        List<RecordPreview> changed = workspace.yearPackageImport().preview(file).records().stream()
                .filter(r -> r.state() == ImportPreview.State.CHANGED).toList();
        assertThat(changed).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo("centre"));
        UUID centre = changed.getFirst().uuid();

        files.answer(file);
        robot.clickOn(LabeledMatchers.hasText("Arkiv")).clickOn("#menuImportPackage");
        assertThat(files.last().save()).isFalse();
        assertThat(files.last().patterns()).contains("*.samordna");
        assertThat(robot.lookup("#packageCentreLine").queryAs(Label.class).getText())
                .contains("finns redan här");
        assertThat(robot.lookup("#packageKind-centre").tryQuery()).isPresent();
        GridPane changes = robot.lookup("#changes-" + centre).queryAs(GridPane.class);
        assertThat(texts(changes)).contains("Här", "I paketet", CATCHMENT_HERE, CATCHMENT_IN_PACKAGE);
        Set<Node> boxes = robot.lookup(n -> n instanceof CheckBox && n.getId() != null
                && n.getId().startsWith("take-")).queryAll();
        assertThat(boxes).as("one changed record to choose").hasSize(1);
        CheckBox take = robot.lookup("#take-" + centre).queryAs(CheckBox.class);
        assertThat(take.isSelected()).as("nothing is taken unless ticked").isFalse();
        robot.clickOn(take);
        assertThat(take.isSelected()).isTrue();
        robot.clickOn(take);
        assertThat(take.isSelected()).isFalse();
        robot.clickOn(take);
        assertThat(take.isSelected()).isTrue();
        robot.clickOn("#packageImportButton");
        assertThat(closeInfo(robot)).startsWith("Importen är klar").contains("1 ändrade togs in");

        assertThat(workspace.centres().get(solsidan).details().catchmentArea()).isEqualTo(CATCHMENT_IN_PACKAGE);
        assertThat(robot.lookup("#homePage .label").queryAllAs(Label.class)).as("the page shows what was imported")
                .extracting(Label::getText).anySatisfy(t -> assertThat(t).contains(CATCHMENT_IN_PACKAGE))
                .noneSatisfy(t -> assertThat(t).contains(CATCHMENT_HERE));
        assertThat(workspace.centres().get(solsidan).details().name()).isEqualTo(HOSTILE_NAME);
        assertThat(workspace.yearPackageImport().preview(file).changesNothing()).as("importing again changes nothing")
                .isTrue();

        robot.clickOn(LabeledMatchers.hasText("Arkiv")).clickOn("#menuImportLog");
        ListView<String> log = robot.lookup("#importLog").queryListView();
        assertThat(log.getItems()).singleElement().asString()
                .contains(file.getFileName().toString(), "2026", "1 ändrade togs in");
        robot.clickOn("#importLogCloseButton");
        assertThat(robot.lookup("#importLog").tryQuery()).isEmpty();
        assertThat(runner.failures()).isEmpty();
    }

    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
