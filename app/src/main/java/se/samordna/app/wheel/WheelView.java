package se.samordna.app.wheel;

import java.time.Month;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.common.FileNames;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelExports;
import se.samordna.core.wheel.WheelProgress;
import se.samordna.core.wheel.WheelYear;

/**
 * The Årshjul page: the wheel on the left and the same activities as a list on the right, in step;
 * under the list what the chosen activity is and what can be done with this year's occurrence of it.
 */
public final class WheelView {
    private final WheelViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final BorderPane root = new BorderPane();
    private final TableView<Occurrence> table = new TableView<>();

    public WheelView(WheelViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("wheelPage");
        root.getStyleClass().add("page");
        root.setTop(header());
        SplitPane split = new SplitPane(wheelSide(), tabs());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36); // the list's five columns fit a 1200 px window
        split.getStyleClass().add("wheel-split");
        root.setCenter(split);
        model.attach();
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label title = new Label(messages.get("section.WHEEL"));
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("wheelSummary");
        summary.getStyleClass().add("page-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);

        Button add = button("wheelAdd", "wheel.add", this::add);
        Button edit = button("wheelEdit", "wheel.edit", this::edit);
        Button remove = button("wheelRemove", "wheel.remove", this::remove);
        Button up = button("wheelUp", "wheel.up", () -> move(-1));
        Button down = button("wheelDown", "wheel.down", () -> move(1));
        BooleanBinding none = model.selectedProperty().isNull();
        BooleanBinding noCentre = Bindings.createBooleanBinding(() -> model.yearProperty().get() == null,
                model.yearProperty());
        add.disableProperty().bind(noCentre);
        for (Button needsOne : List.of(edit, remove, up, down)) {
            needsOne.disableProperty().bind(none);
        }

        Label startLabel = new Label(messages.get("wheel.startMonth"));
        ComboBox<Month> start = new ComboBox<>(FXCollections.observableArrayList(Month.values()));
        start.setId("wheelStartMonth");
        start.setVisibleRowCount(12);
        start.setConverter(new StringConverter<>() {
            @Override
            public String toString(Month month) {
                return month == null ? "" : WheelTexts.monthTitle(messages, month);
            }

            @Override
            public Month fromString(String string) {
                return null;
            }
        });
        startLabel.setLabelFor(start);
        model.yearProperty().addListener((obs, old, year) -> start.setValue(year == null ? null
                : year.year().startMonth()));
        start.valueProperty().addListener((obs, old, month) -> {
            if (month != null && old != null && model.yearProperty().get() != null
                    && model.yearProperty().get().year().startMonth() != month) {
                model.setStartMonth(month);
            }
        });
        start.disableProperty().bind(noCentre);

        MenuButton export = new MenuButton(messages.get("wheel.export"));
        export.setId("wheelExport");
        export.getItems().addAll(
                menuItem("wheelExportIcs", "wheel.export.ics", this::exportCalendar),
                menuItem("wheelExportA4", "wheel.export.a4", () -> exportPdf(WheelExports.Kind.WHEEL_A4)),
                menuItem("wheelExportA3", "wheel.export.a3", () -> exportPdf(WheelExports.Kind.WHEEL_A3)),
                menuItem("wheelExportList", "wheel.export.list", () -> exportPdf(WheelExports.Kind.LIST)),
                menuItem("wheelRestoreBilaga6", "wheel.restoreBilaga6", this::restoreBilaga6));
        export.disableProperty().bind(noCentre);

        FlowPane tools = new FlowPane(8, 6, add, edit, remove, up, down, spacer(), startLabel, start, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("tool-row");
        VBox header = new VBox(4, title, summary, tools);
        header.getStyleClass().add("page-header");
        return header;
    }

    private Node wheelSide() {
        WheelChart chart = new WheelChart(messages, model.occurrences(), model.selectedProperty(),
                model.yearProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label rings = new Label();
        rings.setId("wheelRings");
        rings.getStyleClass().add("muted");
        rings.setWrapText(true);
        rings.textProperty().bind(Bindings.createStringBinding(() -> ringsText(model.yearProperty().get()),
                model.yearProperty()));
        Label legend = new Label(messages.get("wheel.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        Label chosen = new Label();
        chosen.setId("wheelChosen");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("wheel-chosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            Occurrence o = model.selectedProperty().get();
            return o == null ? messages.get("wheel.chooseHint")
                    : o.number() + ". " + o.activity().name() + " — " + o.activity().responsible();
        }, model.selectedProperty()));
        for (Label label : List.of(chosen, rings, legend)) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox side = new VBox(6, chart, chosen, rings, legend);
        side.getStyleClass().add("wheel-side");
        side.setMinWidth(280);
        return side;
    }

    private String ringsText(WheelYear year) {
        if (year == null || year.roles().isEmpty()) {
            return "";
        }
        List<String> roles = year.roles();
        StringBuilder text = new StringBuilder(messages.get("wheel.rings.intro"));
        for (int i = 0; i < roles.size(); i++) {
            text.append(i == 0 ? " " : ", ").append(messages.get(i == 0 ? "wheel.rings.outer"
                    : i == roles.size() - 1 ? "wheel.rings.inner" : "wheel.rings.next", roles.get(i)));
        }
        return text.toString();
    }

    /** This centre's list, and every centre's wheel side by side for the municipal or county coordinator. */
    private Node tabs() {
        Tab mine = new Tab(messages.get("wheel.tab.centre"), listSide());
        mine.setId("wheelTabCentre");
        mine.setClosable(false);
        Tab all = new Tab(messages.get("wheel.tab.all"), allCentres());
        all.setId("wheelTabAll");
        all.setClosable(false);
        TabPane tabs = new TabPane(mine, all);
        tabs.setId("wheelTabs");
        all.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                model.loadProgress();
            }
        });
        model.yearProperty().addListener((obs, old, year) -> {
            if (all.isSelected()) {
                model.loadProgress();
            }
        });
        return tabs;
    }

    private Node allCentres() {
        TableView<WheelProgress.Row> progress = new TableView<>();
        progress.setId("wheelProgress");
        progress.setPlaceholder(new Label(messages.get("task.loadingWheel")));
        progress.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnWidths.fitToContent(progress);
        Label totals = new Label();
        totals.setId("wheelProgressTotals");
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.get("wheel.all.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        model.progressProperty().addListener((obs, old, shown) -> {
            progress.getColumns().clear();
            if (shown == null) {
                progress.getItems().clear();
                return;
            }
            TableColumn<WheelProgress.Row, String> activity = new TableColumn<>(messages.get("wheel.col.activity"));
            activity.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
            activity.setSortable(false);
            activity.setId("wheelProgressActivity");
            WrappingCells.apply(activity);
            progress.getColumns().add(activity);
            for (long centreId : shown.centreIds()) {
                TableColumn<WheelProgress.Row, String> centre = new TableColumn<>();
                // "Familjecentralen Solsidan" is "Solsidan" here: the whole name in the tooltip.
                String name = model.centreName(centreId);
                Label heading = new Label(name.replaceFirst("^(?i)familjecentralen\\s+", ""));
                heading.setTooltip(new javafx.scene.control.Tooltip(name));
                centre.setGraphic(heading);
                centre.setSortable(false);
                centre.setCellValueFactory(cell -> {
                    var state = cell.getValue().states().get(centreId);
                    return new ReadOnlyStringWrapper(state == null ? messages.get("wheel.all.none")
                            : messages.get("wheel.status." + state.name()));
                });
                centre.setPrefWidth(120);
                progress.getColumns().add(centre);
            }
            progress.getItems().setAll(shown.rows());
            totals.setText(String.join("\n", shown.centreIds().stream()
                    .map(id -> model.progressSummary(shown, id)).toList()));
        });
        VBox.setVgrow(progress, Priority.ALWAYS);
        VBox box = new VBox(8, hint, progress, totals);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        return box;
    }

    private Node listSide() {
        table.setId("wheelList");
        table.setItems(model.occurrences());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(messages.get("task.loadingWheel")).otherwise(messages.get("wheel.empty")));
        table.setPlaceholder(placeholder);
        TableColumn<Occurrence, String> number = column("wheel.col.number", o -> String.valueOf(o.number()));
        TableColumn<Occurrence, String> name = column("wheel.col.activity", o -> o.activity().name());
        WrappingCells.apply(name);
        TableColumn<Occurrence, String> responsible = column("wheel.col.responsible",
                o -> o.activity().responsible());
        WrappingCells.apply(responsible);
        TableColumn<Occurrence, String> when = column("wheel.col.when", model::whenText);
        WrappingCells.apply(when);
        TableColumn<Occurrence, String> status = column("wheel.col.status", model::statusText);
        number.setMaxWidth(64);
        status.setMaxWidth(240);
        table.getColumns().setAll(List.of(number, name, responsible, when, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnWidths.fitToContent(table);
        table.setRowFactory(view -> {
            TableRow<Occurrence> row = new TableRow<>() {
                @Override
                protected void updateItem(Occurrence item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("wheel-row-done", "wheel-row-overdue", "wheel-row-cancelled");
                    if (!empty && item != null) {
                        if (item.status() == OccurrenceStatus.DONE) {
                            getStyleClass().add("wheel-row-done");
                        } else if (item.status() == OccurrenceStatus.OVERDUE) {
                            getStyleClass().add("wheel-row-overdue");
                        } else if (item.status() == OccurrenceStatus.CANCELLED) {
                            getStyleClass().add("wheel-row-cancelled");
                        }
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && model.selectedProperty().get() != null) {
                edit();
                event.consume();
            }
        });
        // The list and the wheel choose the same activity.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != model.selectedProperty().get()) {
                model.selectedProperty().set(chosen);
            }
        });
        model.selectedProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != chosen) {
                table.getSelectionModel().select(chosen);
                table.scrollTo(chosen);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox side = new VBox(8, table, details());
        side.setMinWidth(420);
        return side;
    }

    /** What the chosen activity is, and the buttons for this year's occurrence of it. */
    private Node details() {
        ReadOnlyObjectWrapper<Occurrence> chosen = new ReadOnlyObjectWrapper<>();
        chosen.bind(model.selectedProperty());
        ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
        text.bind(Bindings.createStringBinding(() -> describe(chosen.get()), chosen));
        Label about = new Label();
        about.setId("wheelDetails");
        about.setWrapText(true);
        about.textProperty().bind(text);
        about.setMinHeight(Region.USE_PREF_SIZE);

        Button tick = button("wheelTick", "wheel.tick", this::tick);
        Button untick = button("wheelUntick", "wheel.untick", () -> withChosen(o -> model.untick(o.activity().id())));
        Button move = button("wheelMoveYear", "wheel.moveYear", this::moveOccurrence);
        Button cancel = button("wheelCancelYear", "wheel.cancelYear", this::cancelOccurrence);
        Button restore = button("wheelRestoreYear", "wheel.restoreYear",
                () -> withChosen(o -> model.restoreOccurrence(o.activity().id())));
        Button work = button("wheelOpenWork", "wheel.openWork", () -> withChosen(model::openWork));
        Runnable update = () -> {
            Occurrence o = chosen.get();
            boolean has = o != null;
            tick.setDisable(!has || o.tick() != null || o.cancelled());
            untick.setDisable(!has || o.tick() == null);
            move.setDisable(!has || o.cancelled());
            cancel.setDisable(!has || o.cancelled());
            restore.setDisable(!has || o.change() == null);
            work.setDisable(!has || model.workOf(o).isEmpty());
            untick.setVisible(has && o.tick() != null);
            untick.setManaged(untick.isVisible());
            tick.setVisible(!untick.isVisible());
            tick.setManaged(tick.isVisible());
            restore.setVisible(has && o.change() != null);
            restore.setManaged(restore.isVisible());
        };
        chosen.addListener((obs, old, value) -> update.run());
        update.run();
        FlowPane buttons = new FlowPane(8, 6, tick, untick, move, cancel, restore, work);
        Label yearOnly = new Label(messages.get("wheel.thisYearOnly"));
        yearOnly.getStyleClass().add("muted");
        yearOnly.setWrapText(true);
        yearOnly.setMinHeight(Region.USE_PREF_SIZE); // wrapped, not cut to "changes the activity for ever…"
        VBox box = new VBox(6, about, buttons, yearOnly);
        box.getStyleClass().add("wheel-details");
        return box;
    }

    private String describe(Occurrence o) {
        if (o == null) {
            return messages.get("wheel.chooseHint");
        }
        StringBuilder text = new StringBuilder();
        text.append(o.number()).append(". ").append(o.activity().name()).append('\n');
        text.append(messages.get("wheel.detail.line", o.activity().responsible(), model.whenText(o),
                model.statusText(o)));
        String done = model.doneText(o);
        if (!done.isEmpty()) {
            text.append('\n').append(done);
        }
        if (o.change() != null && !o.change().note().isBlank()) {
            text.append('\n').append(messages.get(o.cancelled() ? "wheel.detail.cancelledWhy" : "wheel.detail.movedWhy",
                    o.change().note()));
        }
        if (o.activity().draft().leadDays() > 0) {
            text.append('\n').append(messages.get("wheel.detail.reminder", o.activity().draft().leadDays(),
                    messages.longDate(o.remindOn())));
        }
        if (!o.activity().draft().note().isBlank()) {
            text.append('\n').append(o.activity().draft().note());
        }
        if (o.activity().fromBilaga6()) {
            text.append('\n').append(messages.get("wheel.detail.bilaga6"));
        }
        return text.toString();
    }

    // --- actions ---

    private void add() {
        ActivityEditorViewModel editor = model.editor(null);
        new ActivityDialog(editor, messages, model.roles(), window(), false).showAndWait()
                .ifPresent(draft -> model.add(draft, table::requestFocus));
    }

    private void edit() {
        withChosen(o -> new ActivityDialog(model.editor(o), messages, model.roles(), window(), true).showAndWait()
                .ifPresent(draft -> model.update(o.activity().id(), draft)));
    }

    private void remove() {
        withChosen(o -> {
            if (Dialogs.confirm(window(), messages, messages.get("wheel.remove.title"),
                    messages.get(o.activity().fromBilaga6() ? "wheel.remove.questionBilaga6" : "wheel.remove.question",
                            o.activity().name()), messages.get("button.remove"))) {
                model.remove(o.activity().id());
            }
        });
    }

    private void move(int delta) {
        withChosen(o -> model.move(o.activity().id(), delta));
    }

    private void tick() {
        withChosen(o -> OccurrenceDialogs.tick(window(), messages, o, model.roles(), model.today())
                .ifPresent(t -> model.tick(o.activity().id(), t.on(), t.role(), t.note())));
    }

    private void moveOccurrence() {
        withChosen(o -> OccurrenceDialogs.move(window(), messages, o)
                .ifPresent(m -> model.moveOccurrence(o.activity().id(), m.to(), m.note())));
    }

    private void cancelOccurrence() {
        withChosen(o -> OccurrenceDialogs.cancel(window(), messages, o)
                .ifPresent(note -> model.cancelOccurrence(o.activity().id(), note)));
    }

    private void restoreBilaga6() {
        model.restoreBilaga6(count -> Dialogs.info(window(), messages, messages.get("wheel.restoreBilaga6"),
                messages.get("wheel.restoreBilaga6.done", count)));
    }

    private void exportCalendar() {
        files.save(window(), messages.get("wheel.export.ics"), FileNames.safe(model.fileName() + ".ics"),
                FileDialogs.CALENDAR).ifPresent(file -> model.exportCalendar(file, count -> Dialogs.info(window(),
                        messages, messages.get("wheel.export.ics"),
                        messages.get("wheel.export.icsDone", count, file.toString()))));
    }

    private void exportPdf(WheelExports.Kind kind) {
        String key = switch (kind) {
            case WHEEL_A4 -> "wheel.export.a4";
            case WHEEL_A3 -> "wheel.export.a3";
            case LIST -> "wheel.export.list";
        };
        String suffix = switch (kind) {
            case WHEEL_A4 -> " A4";
            case WHEEL_A3 -> " A3";
            case LIST -> " " + messages.get("wheel.fileName.list");
        };
        files.save(window(), messages.get(key), FileNames.safe(model.fileName() + suffix + ".pdf"), FileDialogs.PDF)
                .ifPresent(file -> model.exportPdf(file, kind, () -> Dialogs.info(window(), messages,
                        messages.get(key), messages.get("wheel.export.pdfDone", file.toString()))));
    }

    private void withChosen(java.util.function.Consumer<Occurrence> action) {
        Occurrence o = model.selectedProperty().get();
        if (o != null) {
            action.accept(o);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private MenuItem menuItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Region spacer() {
        Region spacer = new Region();
        spacer.setPrefWidth(16);
        return spacer;
    }

    private TableColumn<Occurrence, String> column(String key, java.util.function.Function<Occurrence, String> value) {
        TableColumn<Occurrence, String> column = new TableColumn<>(messages.get(key));
        column.setId(key.replace('.', '-'));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? ""
                : value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
