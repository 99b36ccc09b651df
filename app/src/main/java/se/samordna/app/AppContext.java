package se.samordna.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;

import se.samordna.app.agreement.AgreementNotices;
import se.samordna.app.agreement.AgreementsView;
import se.samordna.app.agreement.AgreementsViewModel;
import se.samordna.app.print.DocumentPrinter;
import se.samordna.app.print.FxDocumentPrinter;
import se.samordna.app.backup.BackupViewModel;
import se.samordna.app.reflection.ReflectionView;
import se.samordna.app.reflection.ReflectionViewModel;
import se.samordna.app.centre.CentresView;
import se.samordna.app.centre.CentresViewModel;
import se.samordna.app.context.WorkContext;
import se.samordna.app.home.Destination;
import se.samordna.app.home.HomeView;
import se.samordna.app.home.HomeViewModel;
import se.samordna.app.home.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.app.report.ReportNotices;
import se.samordna.app.report.ReportView;
import se.samordna.app.report.ReportViewModel;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.survey.SurveyNotices;
import se.samordna.app.survey.SurveyView;
import se.samordna.app.survey.SurveyViewModel;
import se.samordna.app.shell.MainWindowViewModel;
import se.samordna.app.shell.Section;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.SystemFileDialogs;
import se.samordna.core.workspace.Workspace;

/**
 * Builds everything the window needs, once, from the opened workspace: the one place where view
 * models, views and core services are wired together. No static state anywhere.
 */
public final class AppContext {
    private final Workspace workspace;
    private final TaskRunner runner;
    private final AppPreferences preferences;
    private final Messages messages;
    private final Clock clock;
    private final DocumentPrinter printer;
    private final FileDialogs files;
    private final WorkContext work;
    private final CentresViewModel centres;
    private final AgreementsViewModel agreements;
    private final ReflectionViewModel reflection;
    private final SurveyViewModel survey;
    private final ReportViewModel report;
    private final HomeViewModel home;
    private final BackupViewModel backup;
    private final MainWindowViewModel mainWindow;
    private final Navigator navigator;
    private CentresView centresView;

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
        this.centres = new CentresViewModel(workspace.centres(), workspace.backups(), runner, messages, work);
        this.agreements = new AgreementsViewModel(workspace.agreements(), workspace.centres(), runner, messages, work,
                printer, clock);
        this.reflection = new ReflectionViewModel(workspace.reflection(), workspace.goals(), runner, messages, work,
                clock);
        this.survey = new SurveyViewModel(workspace.surveys(), workspace.goals(), runner, messages, work, printer,
                clock);
        this.report = new ReportViewModel(workspace.reports(), workspace.surveys(), workspace.goals(), runner, messages,
                work, clock);
        this.home = new HomeViewModel(workspace.centres(), workspace.backups(), runner, messages, work,
                noticeSources(), this::goTo);
        this.backup = new BackupViewModel(workspace.backups(), runner, messages);
        this.mainWindow = new MainWindowViewModel(work, preferences, pages().keySet(), thisYear);
        this.navigator = new Navigator(mainWindow, work, agreements, survey);
        // What is due changes with what is done elsewhere: look again whenever Hem is shown.
        mainWindow.sectionProperty().addListener((obs, old, section) -> {
            if (section == Section.HOME) {
                home.refresh();
            }
        });
    }

    /** Loads the centres (choosing the one used last) so every page has something to show. */
    public void start() {
        centres.refreshList(preferences.lastCentre().orElse(-1));
    }

    /** The page of each capability that is built; the others show what they will become. */
    public Map<Section, Supplier<Node>> pages() {
        Map<Section, Supplier<Node>> pages = new EnumMap<>(Section.class);
        pages.put(Section.HOME, () -> new HomeView(home, messages).root());
        pages.put(Section.CENTRES, () -> centresView().root());
        pages.put(Section.AGREEMENTS, () -> new AgreementsView(agreements, messages, files).root());
        pages.put(Section.REFLECTION, () -> new ReflectionView(reflection, messages, files).root());
        pages.put(Section.SURVEY, () -> new SurveyView(survey, messages, files).root());
        pages.put(Section.REPORT, () -> new ReportView(report, messages, files).root());
        return pages;
    }

    public CentresView centresView() {
        if (centresView == null) {
            centresView = new CentresView(centres, messages);
        }
        return centresView;
    }

    /** Where a notice on the home screen leads (the navigator exists once the window's model does). */
    private void goTo(Destination destination) {
        navigator.accept(destination);
    }

    private List<NoticeSource> noticeSources() {
        return List.of(new AgreementNotices(workspace.agreements(), messages, clock),
                new SurveyNotices(workspace.surveys(), messages, clock),
                new ReportNotices(workspace.reports(), messages, clock));
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
        return centres;
    }

    public AgreementsViewModel agreements() {
        return agreements;
    }

    public ReflectionViewModel reflection() {
        return reflection;
    }

    public SurveyViewModel survey() {
        return survey;
    }

    public ReportViewModel report() {
        return report;
    }

    public HomeViewModel home() {
        return home;
    }

    public BackupViewModel backup() {
        return backup;
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }
}
