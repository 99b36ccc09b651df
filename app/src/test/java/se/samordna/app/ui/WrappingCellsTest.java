package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A parent's own words in Arabic in a wrapping table column: the table lays out at every width
 * (JavaFX 26.0.2 throws while wrapping right-to-left text), and Swedish words still wrap.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingCellsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void arabicWordsInAWrappingColumnNeverBreakTheLayout(FxRobot robot) {
        List<String> quotes = List.of(
                "الموظفون لطفاء جدا ويساعدونني دائما عندما أحتاج إلى الدعم، شكرا لكم على كل شيء",
                "Personalen är snäll och hjälper alltid till när jag behöver stöd, tack för allt 🌻");
        List<String> failures = new ArrayList<>();
        TableView<String> table = new TableView<>();
        robot.interact(() -> {
            TableColumn<String, String> column = new TableColumn<>("Egna ord");
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
            WrappingCells.apply(column);
            table.getColumns().add(column);
            table.getItems().setAll(quotes);
            stage.setScene(new Scene(table, 600, 300));
            stage.show();
            for (int width = 40; width <= 600; width += 4) {
                try {
                    column.setPrefWidth(width);
                    table.applyCss();
                    table.layout();
                } catch (RuntimeException e) {
                    failures.add(width + " px: " + e);
                }
            }
        });
        assertThat(failures).isEmpty();
        assertThat(WrappingCells.wrapsSafely(quotes.get(0))).isFalse();
        assertThat(WrappingCells.wrapsSafely(quotes.get(1))).isTrue();
    }
}
