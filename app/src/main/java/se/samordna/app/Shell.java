package se.samordna.app;

import se.samordna.app.ui.FileDialogs;
import se.samordna.app.yearpackage.ImportLogDialog;
import se.samordna.app.yearpackage.ImportPreviewDialog;
import se.samordna.app.yearpackage.YearPackageViewModel;
import se.samordna.core.centre.CentreSummary;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import se.samordna.app.access.AccessDialog;
import se.samordna.app.access.AccessViewModel;
import se.samordna.app.backup.RestoreDialog;
import se.samordna.app.centre.CentresFeature;
import se.samordna.app.help.HelpGuide;
import se.samordna.app.help.HelpTopic;
import se.samordna.app.help.HelpWindow;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.SettingsDialog;
import se.samordna.app.shell.FirstStartDialog;
import se.samordna.app.shell.MainWindowView;
import se.samordna.app.shell.Section;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Styles;
import se.samordna.app.settings.DatabaseSettingsView;
import se.samordna.app.settings.DatabaseSettingsViewModel;
import se.samordna.app.yearpackage.MoveToServerDialog;
import se.samordna.app.yearpackage.MoveToServerViewModel;
import se.samordna.core.db.Schema;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.workspace.LaptopData;
import java.util.List;

/**
 * Puts an {@link AppContext} into a stage and carries out the menu: backup, restore, settings,
 * about. A change of language or a restore rebuilds the window from the (unchanged) workspace.
 */
public final class Shell implements MainWindowView.Actions {
    private final Stage stage;
    private final Runnable quit;
    private final javafx.beans.property.IntegerProperty fontSize = new javafx.beans.property.SimpleIntegerProperty();
    private boolean dialogsFollowStyle;
    private AppContext context;
    private MainWindowView view;
    private HelpWindow guide;

    public Shell(Stage stage, AppContext context, Runnable quit) {
        this.stage = stage;
        this.context = context;
        this.quit = quit;
    }

    /** Shows the main window in the stage's scene. */
    public void show() {
        Messages messages = context.messages();
        Optional<ServerDatabase> server = server();
        view = new MainWindowView(context.mainWindow(), messages, context.runner(), context.pages(), this,
                server.map(s -> messages.get("status.server", s.settings().describe(), s.user()))
                        .orElseGet(() -> messages.get("status.dataFolder",
                                context.workspace().directory().root().toString())));
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(view.root(), context.preferences().windowWidth(), context.preferences().windowHeight());
            stage.setScene(scene);
        } else {
            scene.setRoot(view.root());
        }
        Styles.apply(scene, context.mainWindow().fontSizeProperty().get());
        if (!dialogsFollowStyle) {
            Styles.followInNewWindows(fontSize);
            dialogsFollowStyle = true;
        }
        fontSize.bind(context.mainWindow().fontSizeProperty());
        addFontAccelerators(scene);
        stage.setTitle(server.map(s -> messages.get("app.title.server", s.settings().host() + "/"
                + s.settings().database(), s.user())).orElseGet(() -> messages.get("app.title")));
        view.showWarning(context.backup().failureNoticeProperty(), context.backup().failureDetailProperty());
        if (server.isEmpty()) {
            context.backup().checkLastFailure();
        }
        context.start();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> context.stopPolling());
        loadAccess();
    }

    /** On the county server: what this user may do, for the menu (Behörigheter, Ny familjecentral). */
    private void loadAccess() {
        var access = context.workspace().access();
        if (!access.inUse()) {
            return;
        }
        var window = context.mainWindow();
        context.runner().run(context.messages().get("access.task.loading"), p -> access.whoAmI(),
                me -> {
                    window.accessProperty().set(me);
                    context.work().accessProperty().set(me);
                });
    }

    /** On a database that has never been used: offer example data. */
    public void offerExamplesIfFirstStart() {
        // A shared server is filled with real data (Flytta till servern…), never with made-up centres.
        if (!context.workspace().meta().firstStartPending() || onServer()) {
            return;
        }
        boolean examples = new FirstStartDialog(context.messages(), stage,
                context.workspace().directory().root()).ask();
        context.runner().run(context.messages().get(examples ? "task.creatingExamples" : "task.saving"), p -> {
            if (examples) {
                context.workspace().exampleData().create();
            } else {
                context.workspace().exampleData().declineExamples();
            }
            return examples;
        }, created -> {
            context.start();
            context.home().refresh();
            if (!created) {
                view.select(CentresFeature.SECTION);
            }
        });
    }

    public AppContext context() {
        return context;
    }

    public MainWindowView view() {
        return view;
    }

    @Override
    public void newCentre() {
        view.select(CentresFeature.SECTION);
        context.centresView().newCentre();
    }

    /** The shared server the data is on, or empty for the file on this computer. */
    private Optional<ServerDatabase> server() {
        return context.workspace().database() instanceof ServerDatabase server ? Optional.of(server)
                : Optional.empty();
    }

    @Override
    public boolean onServer() {
        return server().isPresent();
    }

    /** On the server backups are IT's: say what IT should run instead of making one. True when so. */
    private boolean saidBackupsAreOnTheServer() {
        Optional<ServerDatabase> server = server();
        if (server.isEmpty()) {
            return false;
        }
        Messages messages = context.messages();
        Dialogs.info(stage, messages, messages.get("backup.server.title"), messages.get("backup.server.text",
                server.get().settings().describe(), server.get().settings().database()));
        return true;
    }

    @Override
    public void backupNow() {
        if (saidBackupsAreOnTheServer()) {
            return;
        }
        context.backup().backupNow(backup -> Dialogs.info(stage, context.messages(),
                context.messages().get("backup.done.title"),
                context.messages().get("backup.done.text", backup.file().toString())));
    }

    @Override
    public void restore() {
        if (saidBackupsAreOnTheServer()) {
            return;
        }
        Messages messages = context.messages();
        Optional<RestoreDialog.Choice> chosen = new RestoreDialog(context.backup(), messages, stage, context.files())
                .showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        if (!Dialogs.confirm(stage, messages, messages.get("restore.title"),
                messages.get("restore.question", chosen.get().label()), messages.get("restore.confirm"))) {
            return;
        }
        context.backup().restore(chosen.get().file(), () -> new se.samordna.app.security.BackupSecretDialog(messages,
                stage, chosen.get().label()).showAndWait(), safety -> {
            rebuild(context.messages());
            Dialogs.info(stage, messages, messages.get("restore.title"),
                    messages.get("restore.done", context.backup().describe(safety)));
        });
    }

    @Override
    public void exportPackage() {
        Messages messages = context.messages();
        CentreSummary centre = context.mainWindow().context().centre();
        if (centre == null) {
            Dialogs.info(stage, messages, messages.get("yearPackage.export.title"),
                    messages.get("yearPackage.export.noCentre"));
            return;
        }
        int year = context.mainWindow().context().year();
        YearPackageViewModel model = yearPackages();
        context.files().save(stage, messages.get("yearPackage.export.title"), model.suggestedName(centre, year),
                FileDialogs.PACKAGE).ifPresent(file -> model.export(centre, year, file,
                        text -> Dialogs.info(stage, messages, messages.get("yearPackage.export.title"), text)));
    }

    @Override
    public void importPackage() {
        Messages messages = context.messages();
        YearPackageViewModel model = yearPackages();
        context.files().open(stage, messages.get("yearPackage.import.title"), FileDialogs.PACKAGE)
                .ifPresent(file -> model.preview(file, preview -> new ImportPreviewDialog(model, messages, stage, preview)
                        .showAndWait().ifPresent(taken -> model.apply(preview, taken, summary -> {
                            // What is shown may have changed (or a centre been added): every page is built anew.
                            rebuild(messages);
                            Dialogs.info(stage, messages, messages.get("yearPackage.import.title"), summary);
                        }))));
    }

    @Override
    public void importLog() {
        new ImportLogDialog(yearPackages(), context.messages(), stage).showAndWait();
    }

    private YearPackageViewModel yearPackages() {
        return new YearPackageViewModel(context.workspace(), context.runner(), context.messages());
    }

    @Override
    public void access() {
        if (!context.mainWindow().accessProperty().get().administers()) {
            return;
        }
        new AccessDialog(new AccessViewModel(context.workspace().access(), context.workspace().centres(),
                context.runner(), context.messages()), context.messages(), stage).showAndWait();
        // A centre given or taken may be the user's own view of the list: read it again.
        loadAccess();
    }

    @Override
    public void settings() {
        Messages messages = context.messages();
        DatabaseSettingsViewModel database = new DatabaseSettingsViewModel(context.preferences(), context.runner(),
                messages);
        // Password protection is of this computer's file; on the server the server protects the data.
        javafx.scene.Node security = context.workspace().database().isServer() ? null
                : new se.samordna.app.security.SecurityPane(new se.samordna.app.security.SecurityViewModel(
                        context.workspace().protection(), context.runner(), messages), messages, stage).root();
        new SettingsDialog(messages, stage, context.preferences().language(),
                context.mainWindow().fontSizeProperty().get(),
                new DatabaseSettingsView(database, messages, context.files(), () -> stage).root(), security)
                .showAndWait().ifPresent(choice -> {
                    switch (database.save()) {
                        case REFUSED -> Dialogs.error(stage, messages, database.resultProperty().get());
                        case AT_NEXT_START -> Dialogs.info(stage, messages, messages.get("settings.title"),
                                messages.get("settings.database.saved"));
                        case UNCHANGED -> { }
                    }
                    context.mainWindow().fontSizeProperty().set(choice.fontSize());
                    if (!choice.language().equals(context.preferences().language())) {
                        context.preferences().setLanguage(choice.language());
                        rebuild(Messages.forLanguage(choice.language()));
                    }
                });
    }

    @Override
    public void moveToServer() {
        Messages messages = context.messages();
        Optional<ServerDatabase> server = server();
        if (server.isEmpty()) {
            Dialogs.info(stage, messages, messages.get("move.title"), messages.get("move.onlyServer"));
            return;
        }
        MoveToServerViewModel move = new MoveToServerViewModel(context.runner(), messages, context.clock());
        context.files().folder(stage, messages.get("move.chooseFolder"),
                context.workspace().directory().root()).ifPresent(folder ->
                move.read(folder, centres -> {
                    if (centres.isEmpty()) {
                        Dialogs.info(stage, messages, messages.get("move.title"),
                                messages.get("move.nothing", folder.toString()));
                        return;
                    }
                    new MoveToServerDialog(messages, stage, server.get().settings().describe(), centres,
                            move.packageCount(centres)).showAndWait().ifPresent(choice ->
                            move.write(folder, choice, packages -> importNext(move, packages, 0)));
                }));
    }

    /** Previews and imports the packages one after another; Avbryt in a preview stops the move there. */
    private void importNext(MoveToServerViewModel move, List<LaptopData.Written> packages, int index) {
        Messages messages = context.messages();
        if (index >= packages.size()) {
            rebuild(messages);
            Dialogs.info(stage, messages, messages.get("move.title"), move.done(packages.size()));
            return;
        }
        YearPackageViewModel model = yearPackages();
        LaptopData.Written written = packages.get(index);
        model.preview(written.file(), preview -> {
            Optional<java.util.Set<java.util.UUID>> taken = preview.changesNothing() ? Optional.of(java.util.Set.of())
                    : new ImportPreviewDialog(model, messages, stage, preview)
                            .titled(move.packageTitle(index, packages.size(), written)).showAndWait();
            if (taken.isEmpty()) {
                rebuild(messages);
                Dialogs.info(stage, messages, messages.get("move.title"), move.stopped(index, packages.size()));
                return;
            }
            model.apply(preview, taken.get(), summary -> importNext(move, packages, index + 1));
        });
    }

    @Override
    public void help() {
        Messages messages = context.messages();
        if (guide != null && !guide.language().equals(messages.language())) {
            guide.close();
            guide = null;
        }
        if (guide == null) {
            guide = new HelpWindow(stage, messages, HelpGuide.load(messages.language()), fontSize.get());
        }
        guide.show(HelpTopic.of(context.mainWindow().sectionProperty().get()));
    }

    /** The open guide, if any (for tests). */
    public Optional<HelpWindow> guide() {
        return Optional.ofNullable(guide);
    }

    @Override
    public void about() {
        Messages messages = context.messages();
        String version = Optional.ofNullable(Shell.class.getPackage().getImplementationVersion())
                .orElse(messages.get("about.devVersion"));
        context.runner().run(messages.get("task.loadingHome"),
                p -> Schema.currentVersion(context.workspace().database()),
                schema -> Dialogs.info(stage, messages, messages.get("about.title"), messages.get("about.text",
                        version, context.workspace().directory().root().toString(), schema,
                        System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"))));
    }

    @Override
    public void quit() {
        quit.run();
    }

    private void rebuild(Messages messages) {
        Section section = context.mainWindow().sectionProperty().get();
        // The same printer and file dialogs: a rebuilt window must not fall back to the system's.
        context = context.withMessages(messages);
        show();
        view.select(section);
    }

    private void addFontAccelerators(Scene scene) {
        // The menu holds Ctrl+Plus (Swedish keyboards); these cover the numeric keypad and keyboards
        // where plus is Shift+= (Ctrl+= and Ctrl+Shift+= both enlarge).
        var model = context.mainWindow();
        scene.getAccelerators().clear();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model::enlargeFont);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), model::enlargeFont);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                model::shrinkFont);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN),
                model::resetFont);
    }
}
