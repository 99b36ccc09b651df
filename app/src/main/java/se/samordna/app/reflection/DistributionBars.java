package se.samordna.app.reflection;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.StatementStats;

/** How many gave each step, as six small bars (6 first, as on the form). */
final class DistributionBars extends HBox {

    DistributionBars(StatementStats stats, double height, double barWidth) {
        super(3);
        setAlignment(Pos.BOTTOM_LEFT);
        int most = 1;
        for (int value = Instrument.LOWEST; value <= Instrument.HIGHEST; value++) {
            most = Math.max(most, stats.count(value));
        }
        for (int value = Instrument.HIGHEST; value >= Instrument.LOWEST; value--) {
            int count = stats.count(value);
            Region bar = new Region();
            bar.getStyleClass().add("distribution-bar");
            double barHeight = count == 0 ? 1 : Math.max(3, height * count / most);
            bar.setMinSize(barWidth, barHeight);
            bar.setPrefSize(barWidth, barHeight);
            bar.setMaxSize(barWidth, barHeight);
            Label number = new Label(count == 0 ? "" : String.valueOf(count));
            number.getStyleClass().add("distribution-count");
            Label step = new Label(String.valueOf(value));
            step.getStyleClass().add("distribution-step");
            VBox column = new VBox(1, number, bar, step);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.setMinHeight(height + 34);
            getChildren().add(column);
        }
    }
}
