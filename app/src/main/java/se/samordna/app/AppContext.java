package se.samordna.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import javafx.scene.Node;

import se.samordna.app.agreement.AgreementsFeature;
import se.samordna.app.agreement.AgreementsViewModel;
import se.samordna.app.backup.BackupViewModel;
import se.samordna.app.centre.CentresFeature;
import se.samordna.app.centre.CentresView;
import se.samordna.app.centre.CentresViewModel;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.home.HomeFeature;
import se.samordna.app.home.HomeViewModel;
import se.samordna.app.i18n.Messages;
import se.samordna.app.print.DocumentPrinter;
import se.samordna.app.print.FxDocumentPrinter;
import se.samordna.app.reflection.ReflectionFeature;
import se.samordna.app.reflection.ReflectionViewModel;
import se.samordna.app.overview.OverviewFeature;
import se.samordna.app.plan.PlanFeature;
import se.samordna.app.report.ReportFeature;
import se.samordna.app.report.ReportViewModel;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.shell.ChangePoller;
import se.samordna.app.shell.MainWindowViewModel;
import se.samordna.app.shell.Section;
import se.samordna.app.survey.SurveyFeature;
import se.samordna.app.survey.SurveyViewModel;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.SystemFileDialogs;
import se.samordna.app.wheel.WheelFeature;
import se.samordna.core.workspace.ChangeMarker;
import se.samordna.core.workspace.Workspace;

/**
 * Builds everything the window needs, once, from the opened workspace: the features in the order of
 * the sidebar, each with its view model over the core services. No static state anywhere.
 */
public final class AppContext {

    /** The parts of the window in the order of a coordinator's year. A new capability is one line here. */
    public static final List<Feature.Factory> FEATURES = List.of(
            HomeFeature::new,
            CentresFeature::new,
            AgreementsFeature::new,
            ReflectionFeature::new,
            SurveyFeature::new,
            ReportFeature::new,
            WheelFeature::new,
            PlanFeature::new,
            OverviewFeature::new);

    private final Workspace workspace;
    private final TaskRunner runner;
    private final AppPreferences preferences;
    private final Messages messages;
    private final Clock clock;
    private final DocumentPrinter printer;
    private final FileDialogs files;
    private final WorkContext work;
    private final List<Feature> features;
    private final BackupViewModel backup;
    private final MainWindowViewModel mainWindow;
    /** On the server only: refreshes what others changed; null on the laptop. */
    private final ChangePoller poller;

    public AppContext(Workspace workspace, TaskRunner runner, AppPreferences preferences, Messages messages,
                      Clock clock) {
        this(workspace, runner, preferences, messages, clock, new FxDocumentPrinter(), new SystemFileDialogs());
    }

    /** With the printer and the file dialogs given, as tests answer them instead of the system. */
    public AppContext(Workspace workspace, TaskRunner runner, AppPreferences preferences, Messages messages,
                      Clock clock, DocumentPrinter printer, FileDialogs files) {
        this.workspace = workspace;
        this.runner = runner;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.printer = printer;
        this.files = files;
        int thisYear = LocalDate.now(clock).getYear();
        this.work = new WorkContext(preferences.lastYear(thisYear));
        List<NoticeSource> notices = new ArrayList<>();
        FeatureContext shared = new FeatureContext(workspace, runner, preferences, messages, clock, printer, files,
                work, this::goTo, java.util.Collections.unmodifiableList(notices));
        this.features = FEATURES.stream().map(factory -> factory.create(shared)).toList();
        features.forEach(feature -> notices.addAll(feature.notices()));
        this.backup = new BackupViewModel(workspace.backups(), runner, messages);
        this.mainWindow = new MainWindowViewModel(work, preferences,
                features.stream().map(Feature::section).toList(),
                java.util.Set.copyOf(features.stream().filter(Feature::built).map(Feature::section).toList()),
                thisYear);
        // Several people at once: on the server, lists follow what others change (never on the laptop's file).
        this.poller = workspace.database().isServer()
                ? new ChangePoller(new ChangeMarker(workspace.database())::read, () -> centres().isEditing(),
                this::refreshFromOthers, javafx.application.Platform::runLater)
                : null;
        // What is due changes with what is done elsewhere: look again whenever Hem is shown.
        mainWindow.sectionProperty().addListener((obs, old, section) -> {
            if (HomeFeature.SECTION.equals(section)) {
                home().refresh();
            }
        });
    }

    /** Loads the centres (choosing the one used last) so every page has something to show. */
    public void start() {
        centres().refreshList(preferences.lastCentre().orElse(-1));
        if (poller != null) {
            poller.start(ChangePoller.EVERY);
        }
    }

    /** The window is closed: no more looks at the server. */
    public void stopPolling() {
        if (poller != null) {
            poller.close();
        }
    }

    /** What others changed on the server: the list of centres, the open centre, Hem. */
    private void refreshFromOthers() {
        centres().refreshList(-1);
        centres().reloadIfIdle();
        home().refresh();
    }

    /** The page of each feature that is built; the others show what they will become. */
    public Map<Section, Supplier<Node>> pages() {
        Map<Section, Supplier<Node>> pages = new LinkedHashMap<>();
        for (Feature feature : features) {
            if (feature.built()) {
                pages.put(feature.section(), feature::createPage);
            }
        }
        return pages;
    }

    public List<Feature> features() {
        return features;
    }

    /** The feature of that class, as the list above built it. */
    public <F extends Feature> F feature(Class<F> type) {
        return features.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new NoSuchElementException(type.getSimpleName()));
    }

    /**
     * Takes the user to the work a notice names: the feature first makes its page show the thing itself,
     * then the page is shown, so a page built now opens there at once.
     */
    private void goTo(Destination destination) {
        features.stream().filter(feature -> feature.section().equals(destination.section())).findFirst()
                .ifPresent(feature -> feature.open(destination));
        mainWindow.sectionProperty().set(destination.section());
    }

    /** The same workspace and devices in another language: the window is rebuilt around it. */
    public AppContext withMessages(Messages other) {
        return new AppContext(workspace, runner, preferences, other, clock, printer, files);
    }

    public Workspace workspace() {
        return workspace;
    }

    public TaskRunner runner() {
        return runner;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public FileDialogs files() {
        return files;
    }

    public WorkContext work() {
        return work;
    }

    public CentresViewModel centres() {
        return feature(CentresFeature.class).model();
    }

    public CentresView centresView() {
        return feature(CentresFeature.class).view();
    }

    public AgreementsViewModel agreements() {
        return feature(AgreementsFeature.class).model();
    }

    public ReflectionViewModel reflection() {
        return feature(ReflectionFeature.class).model();
    }

    public SurveyViewModel survey() {
        return feature(SurveyFeature.class).model();
    }

    public ReportViewModel report() {
        return feature(ReportFeature.class).model();
    }

    public HomeViewModel home() {
        return feature(HomeFeature.class).model();
    }

    public BackupViewModel backup() {
        return backup;
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }
}
