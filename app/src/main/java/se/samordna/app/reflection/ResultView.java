package se.samordna.app.reflection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.TableHeights;
import se.samordna.app.ui.WrappingCells;
import se.samordna.app.ui.YearBarChart;
import se.samordna.core.chart.ChartPalette;
import se.samordna.core.reflection.AgreedRating;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.Workshop;

/**
 * The result: the Bilaga 4 table filled in, the average per area beside earlier workshops, and any
 * statement or area followed over the years; saved as PDF.
 */
final class ResultView {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final ScrollPane root = new ScrollPane();
    private final TableView<Statement> table = new TableView<>();
    private final YearBarChart areaChart;
    private final LineChart<String, Number> trendChart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 6, 1));
    private final ComboBox<Object> trendChoice = new ComboBox<>();
    private final Label respondents = new Label();

    ResultView(WorkshopViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        respondents.setId("respondents");
        respondents.getStyleClass().add("section-title");
        buildTable();
        areaChart = new YearBarChart(6, 1, value -> String.format(messages.locale(), "%.1f", value));
        areaChart.chart().setId("areaChart");
        trendChart.setId("trendChart");
        trendChart.setAnimated(false);
        trendChart.setPrefHeight(300);
        trendChart.setMinHeight(Region.USE_PREF_SIZE);
        trendChart.setLegendVisible(false);
        // The one line of the trend in the app's teal, not JavaFX's default orange.
        trendChart.setStyle("CHART_COLOR_1: " + ChartPalette.ACCENT.hex() + ";");
        trendChoice.setId("trendChoice");
        trendChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return value instanceof Area area ? messages.get("workshop.result.areaOption", Instrument.areaName(area))
                        : value instanceof Statement statement ? statement.title() : "";
            }

            @Override
            public Object fromString(String text) {
                return null;
            }
        });
        trendChoice.valueProperty().addListener((obs, old, value) -> drawTrend());

        Button export = new Button(messages.get("workshop.result.export"));
        export.setId("exportResultButton");
        export.setOnAction(event -> export());
        Label chartTitle = Forms.sectionTitle(messages.get("workshop.result.areaChart"));
        chartTitle.setWrapText(true);
        HBox top = new HBox(12, respondents, export);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // One scroll for the page: the table at its full height, then the charts below it.
        VBox page = new VBox(8, top, table, chartTitle, areaChart,
                Forms.sectionTitle(messages.get("workshop.result.trend")), trendChoice, trendChart);
        page.setPadding(new Insets(0, 12, 12, 0));
        root.setContent(page);
        root.setFitToWidth(true);
        root.setId("resultPage");
        model.workshopProperty().addListener((obs, old, value) -> refresh());
        model.history().addListener((ListChangeListener<Workshop>) change -> refresh());
        refresh();
    }

    Node root() {
        return root;
    }

    private void buildTable() {
        table.setId("resultTable");
        TableHeights.showAllRows(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Statement, String> area = column(messages.get("workshop.result.area"),
                s -> Instrument.areaName(s.area()), 150);
        TableColumn<Statement, String> statement = column(messages.get("workshop.result.statement"),
                s -> s.title() + " – " + s.text(), 330);
        TableColumn<Statement, String> rating = column(messages.get("workshop.result.agreed"),
                s -> describe(model.workshop().agreed(s.key())), 110);
        TableColumn<Statement, String> note = column(messages.get("workshop.result.comment"),
                s -> model.workshop().agreed(s.key()).note(), 220);
        table.getColumns().setAll(List.of(area, statement, rating, note));
        ColumnWidths.fitToContent(table);
    }

    private String describe(AgreedRating agreed) {
        if (agreed.rating().cannotAssess()) {
            return Instrument.CANNOT_ASSESS_LABEL;
        }
        return agreed.rating().value() == null ? "–" : String.valueOf(agreed.rating().value());
    }

    private void refresh() {
        Workshop workshop = model.workshop();
        if (workshop == null) {
            return;
        }
        respondents.setText(messages.get("workshop.result.respondents", workshop.participants()));
        table.getItems().setAll(workshop.statements());
        table.refresh();
        drawAreas(workshop);
        if (trendChoice.getItems().isEmpty() || trendChoice.getItems().size() != Area.values().length
                + workshop.statements().size()) {
            List<Object> choices = new ArrayList<>(List.of(Area.values()));
            choices.addAll(workshop.statements());
            trendChoice.getItems().setAll(choices);
            trendChoice.setValue(Area.values()[0]);
        }
        drawTrend();
    }

    private List<Workshop> series() {
        Workshop current = model.workshop();
        List<Workshop> all = new ArrayList<>();
        for (Workshop earlier : model.history()) {
            if (earlier.id() != current.id() && !earlier.details().heldOn().isAfter(current.details().heldOn())) {
                all.add(earlier);
            }
        }
        all.add(current);
        return all;
    }

    private void drawAreas(Workshop current) {
        List<Workshop> series = series();
        List<Workshop> shown = series.subList(Math.max(0, series.size() - 3), series.size());
        List<YearBarChart.Series> bars = new ArrayList<>();
        for (Workshop workshop : shown) {
            Map<Area, OptionalDouble> averages = ReflectionMath.areaAverages(workshop.id() == current.id() ? current
                    : workshop);
            Map<String, Double> values = new java.util.HashMap<>();
            for (Area area : Area.values()) {
                averages.get(area).ifPresent(value -> values.put(Instrument.areaName(area), value));
            }
            bars.add(new YearBarChart.Series(workshop.details().heldOn().toString(), values));
        }
        areaChart.show(java.util.Arrays.stream(Area.values()).map(Instrument::areaName).toList(), bars);
    }

    private void drawTrend() {
        Object choice = trendChoice.getValue();
        trendChart.getData().clear();
        if (choice == null || model.workshop() == null) {
            return;
        }
        XYChart.Series<String, Number> data = new XYChart.Series<>();
        data.setName(trendChoice.getConverter().toString(choice));
        for (Workshop workshop : series()) {
            Workshop source = workshop.id() == model.workshop().id() ? model.workshop() : workshop;
            Double value = null;
            if (choice instanceof Area area) {
                OptionalDouble average = ReflectionMath.areaAverages(source).get(area);
                value = average.isPresent() ? average.getAsDouble() : null;
            } else if (choice instanceof Statement statement) {
                Integer agreed = source.agreed(statement.key()).rating().value();
                value = agreed == null ? null : agreed.doubleValue();
            }
            if (value != null) {
                data.getData().add(new XYChart.Data<>(workshop.details().heldOn().toString(), value));
            }
        }
        trendChart.getData().add(data);
    }

    private void export() {
        files.save(root.getScene().getWindow(), messages.get("workshop.result.export"), model.resultFileName(),
                        FileDialogs.PDF)
                .ifPresent(file -> model.exportResult(file, written -> {
                    String text = messages.get("workshop.result.saved", file.toAbsolutePath().toString());
                    if (!written.replacedCharacters().isEmpty()) {
                        text += "\n\n" + messages.get("workshop.result.replacedCharacters",
                                String.join(" ", written.replacedCharacters()));
                    }
                    Dialogs.info(root.getScene().getWindow(), messages, messages.get("workshop.result.export"), text);
                }));
    }

    private static TableColumn<Statement, String> column(String title, java.util.function.Function<Statement, String> value,
                                                        double width) {
        TableColumn<Statement, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        WrappingCells.apply(column);
        return column;
    }
}
