package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The layout check finds what a person would see go wrong, and leaves alone what scrolls. */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX hands every test class the same stage: size it, whatever the class before did.
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void aLabelCutShortIsFound(FxRobot robot) {
        Label label = new Label("Registrera underskrift");
        label.setMaxWidth(80);
        assertThat(problems(robot, new VBox(label))).anyMatch(p -> p.startsWith("cut short: Label \"Registrera"));
    }

    @Test
    void aWordBrokenInTheMiddleIsFound(FxRobot robot) {
        Label label = new Label("Ledningsgrupp och styrgrupp");
        label.setWrapText(true);
        label.setMaxWidth(50);
        label.setMinHeight(Label.USE_PREF_SIZE);
        assertThat(problems(robot, new VBox(label))).anyMatch(p -> p.startsWith("word broken: \"Ledningsgrupp\""));
    }

    @Test
    void aColumnHeadingCutShortIsFound(FxRobot robot) {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> column = new TableColumn<>("Organisation/förvaltning");
        column.setPrefWidth(60);
        table.getColumns().add(column);
        table.setPrefSize(200, 150);
        assertThat(problems(robot, new VBox(table))).anyMatch(p -> p.contains("Organisation/förvaltning"));
    }

    @Test
    void aControlOutsideTheWindowIsFound(FxRobot robot) {
        Button button = new Button("Ner");
        button.relocate(stage.getScene().getWidth() - 20, stage.getScene().getHeight() - 10);
        assertThat(problems(robot, new javafx.scene.Group(button))).anyMatch(p -> p.startsWith("outside the window: Button"));
    }

    @Test
    void aControlOutsideItsContainerIsFound(FxRobot robot) {
        HBox row = new HBox();
        for (String text : List.of("Ny punkt", "Ta bort", "Upp", "Ner")) {
            Button button = new Button(text);
            button.setMinWidth(Button.USE_PREF_SIZE); // whole, so the row runs out of its container
            row.getChildren().add(button);
        }
        Pane narrow = new Pane(row);
        narrow.setPrefWidth(120);
        narrow.setMaxWidth(120);
        assertThat(problems(robot, new VBox(narrow))).anyMatch(p -> p.startsWith("clipped: Button \"Ner\""));
    }

    @Test
    void whatAScrollPaneScrollsToIsNotClipped(FxRobot robot) {
        VBox tall = new VBox();
        for (int i = 0; i < 30; i++) {
            tall.getChildren().add(new Button("Rad " + i));
        }
        ScrollPane scroll = new ScrollPane(tall);
        scroll.setFitToWidth(true);
        assertThat(problems(robot, new VBox(scroll))).isEmpty();
    }

    @Test
    void aSquashedListIsFound(FxRobot robot) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Rad"));
        table.setMaxHeight(20);
        assertThat(problems(robot, new VBox(table))).anyMatch(p -> p.startsWith("squashed: TableView"));
    }

    private List<String> problems(FxRobot robot, javafx.scene.Parent root) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            stage.getScene().setRoot(root);
            root.applyCss();
            root.layout();
        });
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            found.addAll(LayoutCheck.problems(stage.getScene(), 13));
        });
        return found;
    }
}
