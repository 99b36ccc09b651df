package se.samordna.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.chart.ChartPalette.SeriesStyle;

/**
 * Horizontal bars: one group per category (an area), one bar per year, the years in the
 * {@link ChartPalette} (the year in view dark teal, earlier years lighter and hatched), each bar's
 * value written at its end. The category names stand level on the left, however long. A target is a
 * dashed vertical line, named in the legend under the chart, never written across the bars.
 */
public final class YearBarChart extends VBox {

    /** One year's values per category; a category without a value gets no bar. */
    public record Series(String name, Map<String, Double> values) {
    }

    private final Bars chart;
    private final FlowPane legend = new FlowPane(18, 6);
    private final Function<Double, String> format;
    private Double target;
    private String targetText = "";

    /**
     * @param upper  the axis's end (6 for the workshop scale, 100 for shares in per cent)
     * @param tick   the distance between grid lines
     * @param format how a value is written beside its bar
     */
    public YearBarChart(double upper, double tick, Function<Double, String> format) {
        this.format = format;
        chart = new Bars(new NumberAxis(0, upper, tick), new CategoryAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(2);
        chart.setCategoryGap(14);
        chart.setMinHeight(Region.USE_PREF_SIZE);
        NumberAxis values = (NumberAxis) chart.getXAxis();
        values.setMinorTickVisible(false);
        values.setTickLabelFill(fx(ChartPalette.TEXT));
        chart.getYAxis().setTickLabelFill(fx(ChartPalette.TEXT));
        chart.getStyleClass().add("year-bar-chart");
        legend.getStyleClass().add("chart-legend-row");
        getChildren().setAll(chart, legend);
        setSpacing(4);
    }

    /** How the axis's numbers are written (the values beside the bars follow the constructor's format). */
    public void setTickFormat(Function<Double, String> tickFormat) {
        ((NumberAxis) chart.getXAxis()).setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return tickFormat.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    /** The chart itself (for an id and for tests). */
    public BarChart<Number, String> chart() {
        return chart;
    }

    /** The target line and its name in the legend; {@code null} for none. */
    public void setTarget(Double value, String text) {
        target = value;
        targetText = text == null ? "" : text;
        updateLegend();
        chart.requestLayout();
    }

    /** Shows {@code categories} top to bottom with {@code series} (oldest first, the year in view last). */
    public void show(List<String> categories, List<Series> series) {
        chart.getData().clear();
        CategoryAxis axis = (CategoryAxis) chart.getYAxis();
        // A vertical category axis runs upwards: reversed, the first category is at the top.
        List<String> upwards = new ArrayList<>(categories);
        java.util.Collections.reverse(upwards);
        axis.setAutoRanging(false);
        axis.setCategories(FXCollections.observableArrayList(upwards));
        List<SeriesStyle> styles = ChartPalette.oldestFirst(series.size());
        // Within a group the first series added is at the top: oldest at the top, the year in view at
        // the bottom, in the order the legend reads.
        for (int s = 0; s < series.size(); s++) {
            XYChart.Series<Number, String> data = new XYChart.Series<>();
            data.setName(series.get(s).name());
            for (String category : upwards) {
                Double value = series.get(s).values().get(category);
                if (value != null) {
                    data.getData().add(new XYChart.Data<>(value, category));
                }
            }
            chart.getData().add(data);
            String css = css(styles.get(s));
            for (XYChart.Data<Number, String> item : data.getData()) {
                if (item.getNode() != null) {
                    item.getNode().setStyle(css);
                }
                item.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        node.setStyle(css);
                    }
                });
            }
        }
        chart.styles = styles;
        chart.seriesCount = series.size();
        chart.categoryCount = categories.size();
        chart.names = series.stream().map(Series::name).toList();
        chart.labelValues();
        updateLegend();
        chart.requestLayout();
    }

    private void updateLegend() {
        legend.getChildren().clear();
        List<SeriesStyle> styles = chart.styles;
        for (int s = 0; s < chart.names.size(); s++) {
            Region swatch = new Region();
            swatch.getStyleClass().add("chart-legend-swatch");
            swatch.setStyle(css(styles.get(s)));
            legend.getChildren().add(item(swatch, chart.names.get(s)));
        }
        if (target != null) {
            Line dash = new Line(0, 0, 0, 14);
            dash.setStroke(fx(ChartPalette.TARGET));
            dash.setStrokeWidth(2);
            dash.getStrokeDashArray().setAll(ChartPalette.TARGET_DASH * 0.6, ChartPalette.TARGET_GAP * 0.5);
            StackPane mark = new StackPane(dash);
            mark.getStyleClass().add("chart-legend-swatch");
            legend.getChildren().add(item(mark, targetText));
        }
    }

    private static HBox item(Node swatch, String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, swatch, label);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A bar's (or a swatch's) fill, hatching and outline as CSS, from the palette. */
    static String css(SeriesStyle style) {
        String outline = style.outline().hex();
        String fill = style.fill().hex();
        String ink = style.ink().hex();
        double step = ChartPalette.HATCH_SPACING;
        double line = ChartPalette.HATCH_WIDTH / step * 100;
        // Stripes run across a gradient's direction: a gradient down to the right draws lines rising to the right.
        String rising = "linear-gradient(from 0px 0px to " + step + "px " + step + "px, repeat, transparent 0%, "
                + "transparent " + (100 - line) + "%, " + ink + " " + (100 - line) + "%, " + ink + " 100%)";
        String falling = "linear-gradient(from 0px " + step + "px to " + step + "px 0px, repeat, transparent 0%, "
                + "transparent " + (100 - line) + "%, " + ink + " " + (100 - line) + "%, " + ink + " 100%)";
        return switch (style.pattern()) {
            case SOLID -> "-fx-background-color: " + fill + "; -fx-background-insets: 0;";
            case HATCHED -> "-fx-background-color: " + outline + ", " + fill + ", " + rising
                    + "; -fx-background-insets: 0, 1, 1;";
            case CROSS_HATCHED -> "-fx-background-color: " + outline + ", " + fill + ", " + rising + ", " + falling
                    + "; -fx-background-insets: 0, 1, 1, 1;";
        };
    }

    static Color fx(ChartPalette.Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue());
    }

    /** The chart: its height follows the number of bars and the text size; values and target drawn on top. */
    private final class Bars extends BarChart<Number, String> {
        private final Line targetLine = new Line();
        private final Map<XYChart.Data<Number, String>, Label> values = new java.util.IdentityHashMap<>();
        private List<SeriesStyle> styles = List.of();
        private List<String> names = List.of();
        private int seriesCount;
        private int categoryCount;

        Bars(NumberAxis xAxis, CategoryAxis yAxis) {
            super(xAxis, yAxis);
            targetLine.setStroke(fx(ChartPalette.TARGET));
            targetLine.setStrokeWidth(2);
            targetLine.getStrokeDashArray().setAll(ChartPalette.TARGET_DASH, ChartPalette.TARGET_GAP);
            targetLine.setManaged(false);
        }

        /** A bar about one and a half lines of text thick, a gap of one line between groups. */
        @Override
        protected double computePrefHeight(double width) {
            double em = getXAxis().getTickLabelFont().getSize(); // the axis text is 1em here (samordna.css)
            double bars = Math.max(1, categoryCount) * (Math.max(1, seriesCount) * (1.45 * em + 2) + 1.2 * em);
            return Math.ceil(bars + 4.5 * em);
        }

        /** A label per bar, made once per data set; laid out with the bars. */
        void labelValues() {
            getPlotChildren().removeAll(values.values());
            getPlotChildren().remove(targetLine);
            values.clear();
            for (XYChart.Series<Number, String> series : getData()) {
                for (XYChart.Data<Number, String> item : series.getData()) {
                    Label value = new Label(format.apply(item.getXValue().doubleValue()));
                    value.getStyleClass().add("chart-value");
                    value.setManaged(false);
                    values.put(item, value);
                }
            }
            // Over the bars: first the target line, then the values, so a value is never hidden.
            getPlotChildren().add(targetLine);
            getPlotChildren().addAll(values.values());
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            NumberAxis axis = (NumberAxis) getXAxis();
            double plotWidth = axis.getWidth();
            double targetX = target == null ? Double.NaN : axis.getDisplayPosition(target);
            int s = 0;
            for (XYChart.Series<Number, String> series : getData()) {
                SeriesStyle style = styles.isEmpty() ? ChartPalette.year(0) : styles.get(s);
                for (XYChart.Data<Number, String> item : series.getData()) {
                    Node bar = item.getNode();
                    Label value = values.get(item);
                    if (bar == null || value == null) {
                        continue;
                    }
                    value.autosize();
                    Bounds b = bar.getBoundsInParent();
                    double w = value.getWidth();
                    double h = value.getHeight();
                    double x = b.getMaxX() + 4;
                    if (!Double.isNaN(targetX) && x < targetX + 3 && x + w > targetX - 3) {
                        x = targetX + 5; // after the target line, never across it
                    }
                    boolean inside = x + w > plotWidth;
                    if (inside) {
                        x = Math.max(b.getMinX() + 2, b.getMaxX() - w - 4);
                    }
                    Color fill = fx(inside ? style.textOnFill() : ChartPalette.TEXT);
                    if (!fill.equals(value.getTextFill())) {
                        value.setTextFill(fill);
                    }
                    String backing = inside && style.pattern() != ChartPalette.Pattern.SOLID
                            ? "-fx-background-color: rgba(255,255,255,0.85); -fx-background-radius: 2;" : "";
                    if (!backing.equals(value.getStyle())) {
                        value.setStyle(backing);
                    }
                    value.relocate(x, b.getMinY() + (b.getHeight() - h) / 2);
                }
                s++;
            }
            targetLine.setVisible(!Double.isNaN(targetX));
            if (!Double.isNaN(targetX)) {
                targetLine.setStartX(targetX);
                targetLine.setEndX(targetX);
                targetLine.setStartY(0);
                targetLine.setEndY(getYAxis().getHeight());
            }
        }
    }
}
