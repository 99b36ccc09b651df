package se.samordna.app.overview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.agreement.AgreementsFeature;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.i18n.Messages;
import se.samordna.app.plan.PlanDestination;
import se.samordna.app.reflection.ReflectionFeature;
import se.samordna.app.report.ReportDestination;
import se.samordna.app.survey.SurveyDestination;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.wheel.WheelDestination;
import se.samordna.core.overview.Column;
import se.samordna.core.overview.Measure;
import se.samordna.core.overview.Overview;
import se.samordna.core.overview.OverviewService;

/**
 * Översikt: every centre's year side by side. The year, the measures shown and the region and
 * municipality filter are properties; the figures are computed in the background for every measure
 * once per year, and the rows and columns shown follow the choices without asking the database again.
 */
public final class OverviewViewModel {
    /** How many years a trend shows, ending with the year in view. */
    public static final int TREND_YEARS = 5;

    private final OverviewService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext work;
    private final Clock clock;
    private final Consumer<Destination> navigator;

    private final IntegerProperty year;
    private final Map<Measure, BooleanProperty> shown = new EnumMap<>(Measure.class);
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty municipality = new SimpleStringProperty("");
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> municipalities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Overview> all = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Overview> visible = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Overview.Row> trendCentre = new SimpleObjectProperty<>();
    private final StringProperty trendColumn = new SimpleStringProperty("survey.TILLGANGLIGHET");
    private final ObservableList<Overview.TrendPoint> trend = FXCollections.observableArrayList();

    public OverviewViewModel(OverviewService service, TaskRunner runner, Messages messages, WorkContext work,
                             Clock clock, Consumer<Destination> navigator) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.work = work;
        this.clock = clock;
        this.navigator = navigator;
        this.year = new SimpleIntegerProperty(work.year());
        for (Measure measure : Measure.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> refilter());
            shown.put(measure, on);
        }
        region.addListener((o, was, now) -> refilter());
        municipality.addListener((o, was, now) -> refilter());
        year.addListener((o, was, now) -> load());
        trendCentre.addListener((o, was, now) -> loadTrend());
        trendColumn.addListener((o, was, now) -> loadTrend());
    }

    // --- properties ---

    public IntegerProperty yearProperty() {
        return year;
    }

    public BooleanProperty shownProperty(Measure measure) {
        return shown.get(measure);
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    /** The regions to filter by, "" first for all. */
    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> municipalities() {
        return municipalities;
    }

    /** The overview as chosen: the measures shown and the centres of the region and municipality chosen. */
    public ReadOnlyObjectProperty<Overview> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public Overview visible() {
        return visible.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<Overview.Row> trendCentreProperty() {
        return trendCentre;
    }

    public StringProperty trendColumnProperty() {
        return trendColumn;
    }

    public ObservableList<Overview.TrendPoint> trend() {
        return trend;
    }

    /** Every column a trend can follow: those with a figure as a number. */
    public List<Column> trendColumns() {
        return OverviewService.columns(EnumSet.allOf(Measure.class)).stream().filter(Column::numeric).toList();
    }

    // --- commands ---

    /** Computes the year's overview in the background. */
    public void load() {
        int chosen = year.get();
        status.set(messages.get("overview.loading", chosen));
        LocalDate today = LocalDate.now(clock);
        runner.run(messages.get("overview.task.compute"), p -> service.compute(null, chosen, today,
                EnumSet.allOf(Measure.class)), result -> {
            if (result.year() != year.get()) {
                return;
            }
            all.set(result);
            Set<String> r = new TreeSet<>();
            Set<String> m = new TreeSet<>();
            result.rows().forEach(row -> {
                if (!row.region().isBlank()) {
                    r.add(row.region());
                }
                m.add(row.municipality());
            });
            List<String> rl = new ArrayList<>(List.of(""));
            rl.addAll(r);
            List<String> ml = new ArrayList<>(List.of(""));
            ml.addAll(m);
            regions.setAll(rl);
            municipalities.setAll(ml);
            if (!regions.contains(region.get())) {
                region.set("");
            }
            if (!municipalities.contains(municipality.get())) {
                municipality.set("");
            }
            refilter();
            loadTrend();
        });
    }

    /**
     * Opens the centre's own work behind a cell: the centre is chosen first (and the year), then the
     * page of the measure, at the thing itself where the page knows one.
     */
    public void open(Overview.Row row, Column column) {
        work.selectCentre(row.centreId());
        work.yearProperty().set(year.get());
        navigator.accept(destination(column.measure(), year.get()));
    }

    static Destination destination(Measure measure, int year) {
        return switch (measure) {
            case REFLECTION -> new Destination.Page(ReflectionFeature.SECTION);
            case SURVEY -> new SurveyDestination(SurveyDestination.Work.RESULTS);
            case REPORT -> new ReportDestination(year);
            case AGREEMENTS -> new Destination.Page(AgreementsFeature.SECTION);
            case WHEEL -> new WheelDestination(year, -1);
            case PLAN -> new PlanDestination(year);
        };
    }

    public String suggestedFileName(String extension) {
        return OverviewService.suggestedFileName(visible.get(), extension);
    }

    /** Writes the overview as shown (measures and centres chosen) as the landscape PDF; {@code done} gets the confirmation. */
    public void exportPdf(Path target, Consumer<String> done) {
        Overview shownNow = visible.get();
        runner.run(messages.get("overview.task.export"), p -> OverviewService.exportPdf(shownNow, target),
                exported -> done.accept(messages.get("overview.exported.pdf", target.getFileName().toString(),
                        exported.pages())));
    }

    public void exportXlsx(Path target, Consumer<String> done) {
        Overview shownNow = visible.get();
        runner.run(messages.get("overview.task.export"), p -> {
            OverviewService.exportXlsx(shownNow, target);
            return target;
        }, file -> done.accept(messages.get("overview.exported.xlsx", file.getFileName().toString())));
    }

    // --- internals ---

    private void refilter() {
        Overview overview = all.get();
        if (overview == null) {
            return;
        }
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        shown.forEach((m, on) -> {
            if (on.get()) {
                measures.add(m);
            }
        });
        List<Column> columns = overview.columns().stream().filter(c -> measures.contains(c.measure())).toList();
        List<Overview.Group> groups = overview.groups().stream()
                .filter(g -> region.get() == null || region.get().isEmpty() || region.get().equals(g.region()))
                .filter(g -> municipality.get() == null || municipality.get().isEmpty()
                        || municipality.get().equals(g.municipality()))
                .toList();
        Overview result = new Overview(overview.year(), overview.today(), columns, groups);
        visible.set(result);
        long centres = result.rows().count();
        status.set(messages.get("overview.status", centres, groups.size(), overview.year(), overview.today()));
    }

    private void loadTrend() {
        Overview.Row row = trendCentre.get();
        String column = trendColumn.get();
        if (row == null || column == null) {
            trend.clear();
            return;
        }
        int last = year.get();
        List<Integer> years = new ArrayList<>();
        for (int y = last - TREND_YEARS + 1; y <= last; y++) {
            years.add(y);
        }
        LocalDate today = LocalDate.now(clock);
        runner.run(messages.get("overview.task.trend"), p -> service.trend(row.centreId(), column, years, today),
                points -> {
                    if (row.equals(trendCentre.get()) && column.equals(trendColumn.get())) {
                        trend.setAll(points);
                    }
                });
    }
}
