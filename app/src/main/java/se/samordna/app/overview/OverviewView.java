package se.samordna.app.overview;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.overview.Cell;
import se.samordna.core.overview.Column;
import se.samordna.core.overview.Measure;
import se.samordna.core.overview.Overview;

/**
 * The overview table: one row per centre, grouped by municipality (the municipality named on its first
 * row), one column group per measure. A cell shows its figure with its mark in words, its tooltip what
 * it is built from; a click opens that centre's work. Below, the chosen centre's trend.
 */
public final class OverviewView {
    private final OverviewViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final BorderPane root = new BorderPane();
    private final TableView<Overview.Row> table = new TableView<>();
    private final HBox trendValues = new HBox(18);

    public OverviewView(OverviewViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("overviewPage");
        root.getStyleClass().add("page");
        root.setTop(header());
        table.setId("overviewTable");
        table.setPlaceholder(new Label(messages.get("overview.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        root.setCenter(table);
        root.setBottom(trendPane());
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        model.visibleProperty().addListener((o, was, now) -> show(now));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.trendCentreProperty().set(now);
            }
        });
        if (model.visible() != null) {
            show(model.visible());
        }
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label title = new Label(messages.get("overview.title"));
        title.getStyleClass().add("page-title");
        Label status = new Label();
        status.setId("overviewStatus");
        status.getStyleClass().add("page-subtitle");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        Spinner<Integer> year = new Spinner<>(2000, 2100, model.yearProperty().get());
        year.setId("overviewYear");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.valueProperty().addListener((o, was, now) -> model.yearProperty().set(now));
        ComboBox<String> region = filter("overviewRegion", model.regions(), "overview.allRegions");
        region.valueProperty().bindBidirectional(model.regionProperty());
        ComboBox<String> municipality = filter("overviewMunicipality", model.municipalities(),
                "overview.allMunicipalities");
        municipality.valueProperty().bindBidirectional(model.municipalityProperty());
        Button pdf = new Button(messages.get("overview.export.pdf"));
        pdf.setId("overviewExportPdf");
        pdf.setOnAction(e -> files.save(root.getScene().getWindow(), messages.get("overview.export.pdf"),
                model.suggestedFileName("pdf"), FileDialogs.PDF).ifPresent(file -> model.exportPdf(file,
                text -> Dialogs.info(root.getScene().getWindow(), messages, messages.get("overview.export.pdf"),
                        text + "\n" + file.toAbsolutePath()))));
        Button xlsx = new Button(messages.get("overview.export.xlsx"));
        xlsx.setId("overviewExportXlsx");
        xlsx.setOnAction(e -> files.save(root.getScene().getWindow(), messages.get("overview.export.xlsx"),
                model.suggestedFileName("xlsx"), FileDialogs.EXCEL).ifPresent(file -> model.exportXlsx(file,
                text -> Dialogs.info(root.getScene().getWindow(), messages, messages.get("overview.export.xlsx"),
                        text + "\n" + file.toAbsolutePath()))));
        pdf.disableProperty().bind(model.visibleProperty().isNull());
        xlsx.disableProperty().bind(model.visibleProperty().isNull());

        FlowPane tools = new FlowPane(8, 6, fixed(new Label(messages.get("overview.year"))), year,
                fixed(new Label(messages.get("overview.region"))), region,
                fixed(new Label(messages.get("overview.municipality"))), municipality, fixed(pdf), fixed(xlsx));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("tool-row");

        FlowPane measures = new FlowPane(12, 4);
        measures.getChildren().add(new Label(messages.get("overview.measures")));
        for (Measure measure : Measure.values()) {
            CheckBox box = new CheckBox(messages.label(measure));
            box.setId("overviewMeasure" + measure.name());
            box.selectedProperty().bindBidirectional(model.shownProperty(measure));
            measures.getChildren().add(box);
        }
        Label legend = new Label(messages.get("overview.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        VBox header = new VBox(6, title, status, tools, measures, legend);
        header.getStyleClass().add("page-header");
        return header;
    }

    /** A label or button shown whole: the row wraps before it is cut. */
    private static <T extends javafx.scene.layout.Region> T fixed(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    private ComboBox<String> filter(String id, javafx.collections.ObservableList<String> items, String allKey) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.get(allKey) : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setPrefWidth(200);
        return box;
    }

    private void show(Overview overview) {
        Overview.Row chosen = table.getSelectionModel().getSelectedItem();
        table.getColumns().clear();
        TableColumn<Overview.Row, String> municipality = new TableColumn<>(messages.get("overview.column.municipality"));
        municipality.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(firstOfGroup(overview, c.getValue())
                ? c.getValue().municipality() : ""));
        municipality.setPrefWidth(120);
        municipality.setMinWidth(110);
        municipality.setSortable(false);
        se.samordna.app.ui.WrappingCells.apply(municipality);
        TableColumn<Overview.Row, String> centre = new TableColumn<>(messages.get("overview.column.centre"));
        centre.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().centre()));
        centre.setPrefWidth(170);
        centre.setMinWidth(160);
        centre.setSortable(false);
        se.samordna.app.ui.WrappingCells.apply(centre);
        table.getColumns().add(municipality);
        table.getColumns().add(centre);
        for (Measure measure : Measure.values()) {
            List<Column> columns = overview.columns().stream().filter(c -> c.measure() == measure).toList();
            if (columns.isEmpty()) {
                continue;
            }
            if (columns.size() == 1) {
                // One column: its heading is the measure's name, not the name twice.
                table.getColumns().add(cellColumn(columns.getFirst(), messages.label(measure)));
                continue;
            }
            TableColumn<Overview.Row, Cell> group = new TableColumn<>(messages.label(measure));
            for (Column column : columns) {
                group.getColumns().add(cellColumn(column, heading(column)));
            }
            table.getColumns().add(group);
        }
        table.getItems().setAll(overview.rows().toList());
        if (chosen != null) {
            table.getItems().stream().filter(r -> r.centreId() == chosen.centreId()).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private static boolean firstOfGroup(Overview overview, Overview.Row row) {
        return overview.groups().stream().anyMatch(g -> !g.rows().isEmpty() && g.rows().getFirst() == row);
    }

    private TableColumn<Overview.Row, Cell> cellColumn(Column column, String headingText) {
        TableColumn<Overview.Row, Cell> tc = new TableColumn<>();
        Label head = new Label(twoLines(headingText));
        head.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tc.setGraphic(head);
        tc.setId("overviewColumn-" + column.key());
        tc.setSortable(false);
        double width = column.numeric() ? (column.measure() == Measure.SURVEY ? 150 : 115)
                : column.measure() == Measure.PLAN ? 200 : 150;
        tc.setPrefWidth(width);
        tc.setMinWidth(width);
        // Never narrower than the heading in the text size chosen: the table scrolls sideways instead.
        head.fontProperty().addListener((o, was, now) -> tc.setMinWidth(Math.max(width, head.prefWidth(-1) + 16)));
        tc.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(column.key())));
        tc.setCellFactory(c -> new FigureCell(column));
        return tc;
    }

    /** A long heading on two lines, broken at the space nearest its middle; the header grows to show both. */
    private static String twoLines(String heading) {
        if (heading.length() <= 12 || !heading.contains(" ")) {
            return heading;
        }
        int middle = heading.length() / 2;
        int best = -1;
        for (int i = 0; i < heading.length(); i++) {
            if (heading.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return heading.substring(0, best) + "\n" + heading.substring(best + 1);
    }

    private String heading(Column column) {
        String key = "overview.column." + column.key();
        return messages.has(key) ? messages.get(key) : column.heading();
    }

    /** A figure with its mark in words; its tooltip says what it is built from; a click opens the centre's work. */
    private final class FigureCell extends TableCell<Overview.Row, Cell> {
        private final Column column;
        private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

        FigureCell(Column column) {
            this.column = column;
            shown.getStyleClass().add("wrapping-cell-text");
            shown.wrappingWidthProperty().bind(widthProperty().subtract(12));
            getStyleClass().add("overview-cell");
            setOnMouseClicked(e -> {
                Overview.Row row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !isEmpty() && e.getClickCount() == 1) {
                    model.open(row, column);
                }
            });
        }

        @Override
        protected void updateItem(Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("overview-marked");
            setText(null);
            if (empty || cell == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean blank = cell.text().isEmpty() && !cell.marked();
            shown.setText(blank ? "–" : cell.printed());
            setGraphic(shown);
            if (cell.marked()) {
                getStyleClass().add("overview-marked");
            }
            Tooltip tip = new Tooltip(messages.get("overview.tooltip", blank ? messages.get("overview.noFigure")
                    : cell.source(), column.source()));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(300));
            setTooltip(tip);
        }
    }

    private Node trendPane() {
        Label heading = new Label(messages.get("overview.trend"));
        heading.getStyleClass().add("section-title");
        Label centre = new Label();
        centre.setId("overviewTrendCentre");
        centre.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.trendCentreProperty().get() == null ? messages.get("overview.trend.choose")
                        : model.trendCentreProperty().get().centre(), model.trendCentreProperty()));
        ComboBox<Column> measure = new ComboBox<>();
        measure.setId("overviewTrendMeasure");
        measure.getItems().setAll(model.trendColumns());
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(Column column) {
                return column == null ? "" : messages.label(column.measure()) + ": "
                        + heading(column);
            }

            @Override
            public Column fromString(String text) {
                return null;
            }
        });
        measure.getItems().stream().filter(c -> c.key().equals(model.trendColumnProperty().get())).findFirst()
                .ifPresent(measure::setValue);
        measure.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.trendColumnProperty().set(now.key());
            }
        });
        trendValues.setId("overviewTrend");
        model.trend().addListener((ListChangeListener<Overview.TrendPoint>) c -> showTrend());
        HBox line = new HBox(10, heading, centre, measure);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, line, trendValues);
        HBox.setHgrow(trendValues, Priority.ALWAYS);
        return box;
    }

    private void showTrend() {
        trendValues.getChildren().clear();
        for (Overview.TrendPoint point : model.trend()) {
            Cell cell = point.cell();
            Label year = new Label(String.valueOf(point.year()));
            year.getStyleClass().add("muted");
            Label value = new Label(cell.text().isEmpty() && !cell.marked() ? "–" : cell.printed());
            value.setId("overviewTrend" + point.year());
            if (!cell.source().isEmpty()) {
                value.setTooltip(new Tooltip(cell.source()));
            }
            trendValues.getChildren().add(new VBox(2, year, value));
        }
    }
}
