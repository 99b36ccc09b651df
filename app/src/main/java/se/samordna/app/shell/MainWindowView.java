package se.samordna.app.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.StatusBar;

import se.samordna.app.ui.Labels;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.ui.Styles;
import se.samordna.core.centre.CentreSummary;

/**
 * The main window: menu, the work bar with the centre and year pickers, the sidebar of
 * capabilities, the page of the chosen one, and a status bar showing background work.
 */
public final class MainWindowView {

    /** What the menu asks of the application around the window. */
    public interface Actions {
        void newCentre();

        void backupNow();

        void restore();

        void exportPackage();

        void importPackage();

        void importLog();

        /** Behörigheter: who sees and edits which centre (administrators on the county server). */
        void access();

        /** Arkiv › Flytta till servern…: this computer's data into the shared server (only shown there). */
        default void moveToServer() {
        }

        /** Whether the data is on the shared server (the menu then offers to move this computer's data there). */
        default boolean onServer() {
            return false;
        }

        void settings();

        /** The user guide, at the page about the part in view (F1). */
        void help();

        void about();

        void quit();
    }

    private final MainWindowViewModel model;
    private final Messages messages;
    private final Map<Section, Supplier<Node>> pageFactories;
    private final Map<Section, Node> pages = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label warning = new Label();
    private final ListView<Section> sidebar = new ListView<>() {
        /** As wide as its longest name at the current text size: no wider, and never cut short. */
        @Override
        protected double computePrefWidth(double height) {
            return fittedSidebarWidth(this);
        }
    };

    public MainWindowView(MainWindowViewModel model, Messages messages, TaskRunner runner,
                          Map<Section, Supplier<Node>> pageFactories, Actions actions, String statusText) {
        this.model = model;
        this.messages = messages;
        this.pageFactories = Map.copyOf(pageFactories);
        root.setId("mainWindow");
        root.setTop(new VBox(menuBar(actions), workBar()));
        root.setLeft(sidebar());
        content.setId("content");
        root.setCenter(content);
        root.setBottom(statusBar(runner, statusText));
        model.sectionProperty().addListener((obs, old, section) -> show(section));
        show(model.sectionProperty().get());
        model.fontSizeProperty().addListener((obs, old, size) -> Styles.setFontSize(root, size.intValue()));
    }

    public Parent root() {
        return root;
    }

    public void select(Section section) {
        model.sectionProperty().set(section);
    }

    private MenuBar menuBar(Actions actions) {
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(
                newCentreItem(actions),
                new SeparatorMenuItem(),
                item("menuBackupNow", "menu.backupNow", "Shortcut+Shift+S", actions::backupNow),
                item("menuRestore", "menu.restore", null, actions::restore),
                new SeparatorMenuItem(),
                item("menuExportPackage", "menu.exportPackage", null, actions::exportPackage),
                item("menuImportPackage", "menu.importPackage", null, actions::importPackage),
                item("menuImportLog", "menu.importLog", null, actions::importLog),
                new SeparatorMenuItem(),
                accessItem(actions),
                item("menuSettings", "menu.settings", "Shortcut+Comma", actions::settings),
                new SeparatorMenuItem(),
                item("menuQuit", "menu.quit", "Shortcut+Q", actions::quit));

        if (actions.onServer()) {
            int at = file.getItems().indexOf(file.getItems().stream()
                    .filter(i -> "menuImportLog".equals(i.getId())).findFirst().orElseThrow()) + 1;
            file.getItems().add(at, item("menuMoveToServer", "menu.moveToServer", null, actions::moveToServer));
        }

        Menu view = new Menu(messages.get("menu.view"));
        view.getItems().addAll(
                item("menuFontLarger", "menu.fontLarger", "Shortcut+Plus", model::enlargeFont),
                item("menuFontSmaller", "menu.fontSmaller", "Shortcut+Minus", model::shrinkFont),
                item("menuFontReset", "menu.fontReset", "Shortcut+0", model::resetFont),
                new SeparatorMenuItem());
        int number = 1;
        for (Section section : model.sections()) {
            String accelerator = number <= 9 ? "Shortcut+" + number : null;
            view.getItems().add(item("menuGo" + section.name(), "section." + section.name(), accelerator,
                    () -> select(section)));
            number++;
        }

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().addAll(item("menuGuide", "menu.guide", "F1", actions::help), new SeparatorMenuItem(),
                item("menuAbout", "menu.about", null, actions::about));

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** On the county server only administrators create centres (the database refuses anyone else). */
    private MenuItem newCentreItem(Actions actions) {
        MenuItem item = item("menuNewCentre", "menu.newCentre", "Shortcut+N", actions::newCentre);
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.accessProperty().get().createsCentres(), model.accessProperty()));
        return item;
    }

    /** Shown only to an administrator of the county server; nobody else ever sees it. */
    private MenuItem accessItem(Actions actions) {
        MenuItem item = item("menuAccess", "menu.access", null, actions::access);
        item.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.accessProperty().get().administers(), model.accessProperty()));
        return item;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Node workBar() {
        Label title = new Label("Samordna");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<CentreSummary> centre = new ComboBox<>(model.context().centres());
        centre.setId("centrePicker");
        centre.setPrefWidth(340);
        centre.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CentreSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? messages.get("workbar.noCentre") : item.name());
            }
        });
        centre.setPromptText(messages.get("workbar.noCentre"));
        centre.setConverter(Labels.of(value -> messages.get("workbar.centreItem", value.name(), value.municipality())));
        centre.setValue(model.context().centre());
        centre.valueProperty().addListener((obs, old, chosen) -> {
            CentreSummary current = model.context().centre();
            if (chosen != null && (current == null || current.id() != chosen.id())) {
                model.context().centreProperty().set(chosen);
            }
        });
        Runnable showCentre = () -> {
            CentreSummary current = model.context().centre();
            if (current == null ? centre.getValue() != null : !current.equals(centre.getValue())) {
                centre.setValue(current);
            }
        };
        model.context().centreProperty().addListener((obs, old, value) -> showCentre.run());
        model.context().centres().addListener((ListChangeListener<CentreSummary>) change -> showCentre.run());

        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("yearPicker");
        year.setConverter(Labels.of(String::valueOf));
        year.setValue(model.context().year());
        year.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.context().yearProperty().set(value);
            }
        });
        model.context().yearProperty().addListener((obs, old, value) -> year.setValue(value.intValue()));

        Label centreLabel = new Label(messages.get("workbar.centre"));
        centreLabel.setLabelFor(centre);
        Label yearLabel = new Label(messages.get("workbar.year"));
        yearLabel.setLabelFor(year);
        HBox bar = new HBox(title, spacer, centreLabel, centre, yearLabel, year);
        bar.getStyleClass().add("work-bar");
        return bar;
    }

    private Node sidebar() {
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        sidebar.getItems().setAll(model.sections());
        sidebar.setMinWidth(Region.USE_PREF_SIZE);
        sidebar.setMaxWidth(Region.USE_PREF_SIZE);
        sidebar.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                    return;
                }
                setId("nav-" + item.name());
                Label label = new Label(messages.get("section." + item.name()));
                setTooltip(null);
                if (!model.isBuilt(item)) {
                    label.getStyleClass().add("not-built");
                    setTooltip(new javafx.scene.control.Tooltip(messages.get("section.notBuiltTip")));
                }
                label.setMinWidth(0);
                setGraphic(label);
                setText(null);
                setPrefWidth(0); // cells follow the list's width: no sideways scrolling
            }
        });
        sidebar.getSelectionModel().select(model.sectionProperty().get());
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                model.sectionProperty().set(section);
            }
        });
        model.sectionProperty().addListener((obs, old, section) -> sidebar.getSelectionModel().select(section));
        return sidebar;
    }

    /**
     * A warning the status bar keeps showing (a backup that failed) until it is set empty, with the
     * whole story in its tooltip.
     */
    public void showWarning(ObservableStringValue text, ObservableStringValue detail) {
        warning.textProperty().bind(text);
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.textProperty().bind(detail);
        warning.setTooltip(tooltip);
    }

    /** The widest section name as its cell shows it, plus the cell's and the list's padding. */
    private static double fittedSidebarWidth(ListView<Section> list) {
        double widest = 0;
        double cellPadding = 0;
        double fontSize = 14;
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getGraphic() instanceof Label label) {
                widest = Math.max(widest, label.prefWidth(-1));
                fontSize = label.getFont().getSize();
                cellPadding = Math.max(cellPadding, cell.snappedLeftInset() + cell.snappedRightInset());
            }
        }
        if (widest == 0) {
            return 200; // before the first layout: about right for the normal text size
        }
        // A little room for a vertical scroll bar, should a very large text size need one.
        double scrollBar = fontSize * 0.9;
        return Math.ceil(widest + cellPadding + list.snappedLeftInset() + list.snappedRightInset() + scrollBar);
    }

    private Node statusBar(TaskRunner runner, String statusText) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(runner.messageProperty().isEmpty())
                .then(statusText).otherwise(runner.messageProperty()));
        bar.progressProperty().bind(runner.progressProperty());
        warning.setId("statusWarning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(false);
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        bar.getRightItems().add(warning);
        bar.setPadding(new Insets(2, 8, 2, 8));
        return bar;
    }

    private void show(Section section) {
        Node page = pages.computeIfAbsent(section, s -> {
            Supplier<Node> factory = pageFactories.get(s);
            return factory == null ? PlaceholderView.create(s, messages) : factory.get();
        });
        content.getChildren().setAll(page);
    }
}
