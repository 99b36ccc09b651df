package se.samordna.app.ui;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/** Bars of positive shares (0–100 %) with the target drawn across as a dashed line. */
public final class TargetBarChart extends BarChart<String, Number> {
    private final Line line = new Line();
    private final Label label = new Label();
    private final NumberAxis axis;
    private double target = 85;

    public TargetBarChart(String targetText) {
        super(new CategoryAxis(), new NumberAxis(0, 100, 10));
        axis = (NumberAxis) getYAxis();
        axis.setLabel("%");
        setAnimated(false);
        line.getStyleClass().add("target-line");
        label.getStyleClass().add("target-label");
        label.setText(targetText);
        getPlotChildren().addAll(line, label);
    }

    public void setTarget(double value, String text) {
        target = value;
        label.setText(text);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double y = axis.getDisplayPosition(target);
        double width = getXAxis().getWidth();
        line.setStartX(0);
        line.setEndX(width);
        line.setStartY(y);
        line.setEndY(y);
        label.autosize();
        label.relocate(Math.max(0, width - label.getWidth() - 4), y - label.getHeight() - 1);
        line.toFront();
        label.toFront();
    }
}
