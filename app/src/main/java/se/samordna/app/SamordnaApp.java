package se.samordna.app;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import se.samordna.app.backup.RescueDialog;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.settings.DatabaseSettingsView;
import se.samordna.app.settings.DatabaseSettingsViewModel;
import se.samordna.app.settings.ServerLoginDialog;
import se.samordna.app.task.FxTaskRunner;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.Styles;
import se.samordna.core.db.Backup;
import se.samordna.core.db.DatabaseProblem;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.db.ServerSettings;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.SingleInstanceLock;
import se.samordna.core.workspace.Workspace;

/**
 * The JavaFX application: shows the window at once, opens the database in the background (with a
 * visible progress state), then the main window; on exit, waits for pending saves and backs up.
 */
public final class SamordnaApp extends Application {
    private static final Logger LOG = Logger.getLogger(SamordnaApp.class.getName());
    /** How long the loading state waits before it shows a spinner. */
    private static final long SPINNER_AFTER_MS = 1_000;

    private DataDirectory dataDirectory;
    private Optional<SingleInstanceLock> lock = Optional.empty();
    private FxTaskRunner runner;
    private Workspace workspace;
    private AppPreferences preferences;
    private Messages messages;
    private Stage stage;
    private Shell shell;
    private boolean probe;
    /** {@code --export-probe}'s kind ("" when not asked for). */
    private String exportProbe = "";
    /** The database being opened, until it is (or has failed); then null. */
    private volatile CompletableFuture<Workspace> opening;
    /** A failure before the window (a data folder that cannot be written): shown as a dialog, then exit. */
    private RuntimeException startupFailure;
    private volatile boolean closed;
    /** The shared server to open, from --server-url or Inställningar › Databas; empty: the file here. */
    private Optional<ServerSettings> server = Optional.empty();
    /** Whether the server came from the command line (its password may then come from the environment). */
    private boolean serverFromCommandLine;
    private boolean environmentPasswordTried;
    /** The progress state's text, which names the server while connecting to it. */
    private Label loadingText;
    /** Wall-clock time the first window (with its progress state) was on screen, for the start-up probe. */
    private long shownAt;
    /** The key of a password-protected database, once the password or recovery code opened it (issue 18). */
    private se.samordna.core.security.DataKey key;
    private boolean unlockedByRecoveryCode;

    /** The database is protected and its key not yet open: ask first, read nothing before. */
    private static final class Locked extends RuntimeException {
        private final transient se.samordna.core.security.KeyFile keys;

        Locked(se.samordna.core.security.KeyFile keys) {
            super("password needed", null, false, false);
            this.keys = keys;
        }
    }

    @Override
    public void init() {
        logSince("JavaFX started");
        CommandLine options = CommandLine.parse(getParameters().getRaw());
        dataDirectory = options.dataDir().map(DataDirectory::new).orElseGet(DataDirectory::forThisMachine);
        probe = options.startupProbe();
        exportProbe = options.exportProbe();
        server = options.server();
        serverFromCommandLine = server.isPresent();
        try {
            AppLogging.toFolder(dataDirectory.logs());
            se.samordna.core.security.PrivateFiles.restrict(dataDirectory.root()); // 0700: the data folder is the user's
            lock = SingleInstanceLock.tryAcquire(dataDirectory.lockFile());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The data folder cannot be used", e);
            startupFailure = e;
            return;
        }
        // A logout or a kill -TERM ends the JVM without stop(): close the database properly then too.
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeWorkspace, "samordna-close"));
        logSince("logging and lock ready");
    }

    /**
     * Opens the database (backup and migrations included) on a thread of its own, begun once the
     * window with its progress state is on screen, so it does not compete with building the window
     * for the laptop's few cores (begun beside it, the window came 120–170 ms later and the data only
     * 60–140 ms sooner: decision 0018).
     */
    private CompletableFuture<Workspace> startOpening() {
        opening = CompletableFuture.supplyAsync(() -> {
            if (key == null) {
                Workspace.keysNeeded(dataDirectory).ifPresent(keys -> {
                    throw new Locked(keys);
                });
            }
            Workspace opened = Workspace.open(dataDirectory, Clock.systemDefaultZone(), key);
            logSince("database open");
            opened.centres().list(); // the first query readies jOOQ off the window's path
            logSince("first query done");
            return opened;
        }, runnable -> {
            Thread thread = new Thread(runnable, "samordna-open");
            thread.setDaemon(true);
            thread.start();
        });
        return opening;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        preferences = AppPreferences.forUser();
        messages = Messages.forLanguage(preferences.language());
        if (server.isEmpty()) {
            server = preferences.server();
        }
        if (startupFailure != null) {
            Dialogs.error(null, messages, messages.describe(startupFailure));
            Platform.exit();
            return;
        }
        if (lock.isEmpty()) {
            Dialogs.info(null, messages, messages.get("app.title"), messages.get("app.alreadyRunning",
                    dataDirectory.root().toString()));
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        runner.setFailureHandler(failure -> Dialogs.error(stage, messages, messages.describe(failure)));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.log(Level.SEVERE, "Uncaught on " + thread.getName(), failure);
            Platform.runLater(() -> Dialogs.error(stage, messages, messages.describe(failure)));
        });

        logSince("settings read");
        stage.setOnCloseRequest(event -> saveFocusedField());
        showLoading();
        logSince("window shown");
        Platform.runLater(() -> {
            shownAt = System.currentTimeMillis();
            if (server.isPresent()) {
                askForServer(null);
            } else {
                openDatabase();
            }
        });
    }

    /**
     * The data is on the shared server: asks for the password (or takes SAMORDNA_SERVER_PASSWORD once,
     * for a scripted start with --server-url), with this computer's data, other settings and quitting as
     * the ways out. {@code failure}: why the last attempt failed, shown in the dialog.
     */
    private void askForServer(String failure) {
        ServerSettings settings = server.orElseThrow();
        String fromEnvironment = System.getenv("SAMORDNA_SERVER_PASSWORD");
        if (serverFromCommandLine && !environmentPasswordTried && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            environmentPasswordTried = true;
            openServer(settings, fromEnvironment.toCharArray());
            return;
        }
        ServerLoginDialog.Answer answer = new ServerLoginDialog(messages, stage, settings, failure).showAndWait();
        switch (answer.action()) {
            case CONNECT -> openServer(settings, answer.password());
            case USE_LOCAL -> {
                server = Optional.empty();
                openDatabase();
            }
            case SETTINGS -> changeServerSettings();
            case QUIT -> Platform.exit();
        }
    }

    /** Inställningar › Databas before any database is open; then on to whichever it now names. */
    private void changeServerSettings() {
        DatabaseSettingsViewModel model = new DatabaseSettingsViewModel(preferences, runner, messages);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("settings.title"));
        dialog.getDialogPane().setContent(new DatabaseSettingsView(model, messages,
                new se.samordna.app.ui.SystemFileDialogs(), () -> stage).root());
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(messages.get("button.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, javafx.scene.control.ButtonType.CANCEL);
        boolean saved = dialog.showAndWait().filter(save::equals).isPresent()
                && model.save() != DatabaseSettingsViewModel.Saved.REFUSED;
        if (saved) {
            server = preferences.server();
            serverFromCommandLine = false;
        }
        if (server.isPresent()) {
            askForServer(saved ? null : model.resultProperty().get());
        } else {
            openDatabase();
        }
    }

    /** Logs in and opens the server's workspace off the FX thread; a failure asks again, with its message. */
    private void openServer(ServerSettings settings, char[] password) {
        if (loadingText != null) {
            loadingText.setText(messages.get("login.connecting", settings.describe()));
        }
        CompletableFuture.supplyAsync(() -> {
            ServerDatabase database;
            try {
                database = ServerDatabase.open(settings, password, Optional.empty());
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            Workspace opened = Workspace.openServer(dataDirectory, database, Clock.systemDefaultZone());
            opened.centres().list();
            return opened;
        }, runnable -> {
            Thread thread = new Thread(runnable, "samordna-open-server");
            thread.setDaemon(true);
            thread.start();
        }).whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                LOG.info("Connected to the server " + settings.describe() + " as " + settings.user());
                showMain(opened);
                return;
            }
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            LOG.log(Level.WARNING, "Connecting to the server " + settings.describe() + " failed", cause);
            askForServer(messages.describe(cause));
        }));
    }

    private void openDatabase() {
        startOpening().whenComplete((opened, failure) -> Platform.runLater(() -> {
            opening = null;
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof Locked locked) {
                    showUnlock(locked.keys);
                } else if (cause instanceof DatabaseProblem problem) {
                    LOG.log(Level.SEVERE, "Opening the database failed", cause);
                    offerRescue(problem);
                } else {
                    failAtStart("Opening the database failed", cause);
                }
            } else {
                showMain(opened);
            }
        }));
    }

    /** Asks for the password (or the recovery code) in the window, then opens the database with the key. */
    private void showUnlock(se.samordna.core.security.KeyFile keys) {
        se.samordna.app.security.UnlockViewModel model = new se.samordna.app.security.UnlockViewModel(keys, runner,
                messages);
        se.samordna.app.security.UnlockView view = new se.samordna.app.security.UnlockView(model, messages,
                dataDirectory.root(), unlocked -> {
                    key = unlocked.key();
                    unlockedByRecoveryCode = unlocked.byRecoveryCode();
                    LOG.info("Database unlocked" + (unlockedByRecoveryCode ? " with the recovery code" : ""));
                    stage.getScene().setRoot(loadingPane());
                    openDatabase();
                }, Platform::exit);
        stage.getScene().setRoot(view.root());
    }

    /** After a start with the recovery code: a new password, so the forgotten one is replaced. */
    private void offerNewPassword() {
        se.samordna.app.security.SecurityViewModel model = new se.samordna.app.security.SecurityViewModel(
                workspace.protection(), runner, messages);
        new se.samordna.app.security.PasswordDialog(messages, model, stage,
                se.samordna.app.security.PasswordDialog.Mode.NEW, messages.get("security.afterCode.title"),
                messages.get("security.afterCode.text"), messages.get("security.change.ok")).showAndWait()
                .ifPresent(entered -> model.setPassword(entered.newPassword(), () -> Dialogs.info(stage, messages,
                        messages.get("security.afterCode.title"), messages.get("security.change.done"))));
    }

    /** The database cannot be trusted: offer the newest verified backup, or quit. Nothing is overwritten. */
    private void offerRescue(DatabaseProblem problem) {
        Optional<Backup> newest;
        try {
            newest = Workspace.newestBackup(dataDirectory);
        } catch (RuntimeException e) {
            newest = Optional.empty();
        }
        RescueDialog.Choice choice = RescueDialog.show(stage, messages, problem, newest);
        if (choice == RescueDialog.Choice.QUIT) {
            Platform.exit();
            return;
        }
        Optional<Backup> chosen = newest;
        CompletableFuture.runAsync(() -> {
            if (choice == RescueDialog.Choice.RESTORE) {
                Optional<java.nio.file.Path> aside = Workspace.rescue(dataDirectory, chosen.orElseThrow(),
                        Clock.systemDefaultZone(), key);
                LOG.warning("Database restored from " + chosen.get().file().getFileName()
                        + aside.map(p -> "; the damaged file was kept as " + p).orElse(""));
            } else {
                Workspace.startEmpty(dataDirectory);
            }
        }).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                failAtStart("Restoring at start failed", failure instanceof CompletionException ? failure.getCause() : failure);
            } else {
                openDatabase();
            }
        }));
    }

    /** Says in Swedish why Samordna cannot start (the details go to the log) and ends it. */
    private void failAtStart(String logText, Throwable cause) {
        LOG.log(Level.SEVERE, logText, cause);
        Dialogs.error(stage, messages, messages.describe(cause));
        Platform.exit();
    }

    /** A text field saves when it loses focus: take the focus away before the window goes. */
    private void saveFocusedField() {
        if (stage.getScene() != null && stage.getScene().getRoot() != null) {
            stage.getScene().getRoot().requestFocus();
        }
    }

    /**
     * "Öppnar databasen…", and a spinner once the wait is one a user notices. For the usual half second
     * the text alone says what happens: the spinner's frames would take the laptop's second core from the
     * opening itself (decision 0018). Invisible, it keeps its place and does not animate.
     */
    private VBox loadingPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setVisible(false);
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(SPINNER_AFTER_MS));
        later.setOnFinished(event -> progress.setVisible(true));
        later.play();
        Label text = new Label(messages.get("task.openingDatabase"));
        loadingText = text;
        VBox box = new VBox(progress, text);
        box.getStyleClass().add("loading-pane");
        box.setId("loadingPane");
        return box;
    }

    private void showLoading() {
        VBox box = loadingPane();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(box, Math.min(preferences.windowWidth(), screen.getWidth()),
                Math.min(preferences.windowHeight(), screen.getHeight()));
        Styles.apply(scene, preferences.fontSize());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMaximized(preferences.windowMaximized());
        stage.show();
        if (stage.getY() < screen.getMinY()) {
            stage.setY(screen.getMinY());
        }
    }

    private void showMain(Workspace opened) {
        workspace = opened;
        if (opened.schemaOutcome().migrationsApplied() > 0 && !opened.schemaOutcome().createdNew()) {
            LOG.info("Database upgraded from " + opened.schemaOutcome().fromVersion() + " to "
                    + opened.schemaOutcome().toVersion());
        }
        shell = new Shell(stage, new AppContext(workspace, runner, preferences, messages, Clock.systemDefaultZone()),
                this::quit);
        logSince("shell built");
        shell.show();
        logSince("main window ready");
        CompletableFuture<Void> warmUp = ExportWarmUp.begin();
        if (probe) {
            Runnable then = exportProbe.isEmpty() ? this::quit
                    : () -> ExportProbe.run(exportProbe, workspace, runner, warmUp, this::quit);
            StartupProbe.report(workspace, runner, shell, shownAt, then);
            return;
        }
        shell.offerExamplesIfFirstStart();
        if (unlockedByRecoveryCode) {
            offerNewPassword();
        }
    }

    private void quit() {
        saveFocusedField();
        stage.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null) {
            preferences.setWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        }
        if (runner != null) {
            runner.close();
        }
        closeWorkspace();
        lock.ifPresent(SingleInstanceLock::close);
    }

    /** The exit backup (when anything changed) and a clean close, once, whichever way the app ends. */
    private synchronized void closeWorkspace() {
        CompletableFuture<Workspace> unfinished = opening;
        if (workspace == null && unfinished != null) {
            // Quit while the database was still opening: let the opening finish, then close it properly.
            try {
                unfinished.get(60, TimeUnit.SECONDS).close();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.fine("The opening under way at quit had failed");
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.warning("The database was still opening 60 s after quit; left as it is");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (closed || workspace == null) {
            return;
        }
        closed = true;
        try {
            workspace.closeWithBackup();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Backup on exit failed", e);
            workspace.close();
        }
    }

    static void logSince(String what) {
        LOG.info("Start-up: " + what + " " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - Launcher.STARTED_NANOS)
                + " ms after main began");
    }
}
