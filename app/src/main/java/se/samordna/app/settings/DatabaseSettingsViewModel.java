package se.samordna.app.settings;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.db.ServerCheck;
import se.samordna.core.db.ServerSettings;

/**
 * Inställningar › Databas: this computer's file or the shared server, with the server's address, user
 * name and encryption kept in the preferences (never the password), and "Testa anslutningen" off the
 * window's thread. A change takes effect at the next start.
 */
public final class DatabaseSettingsViewModel {
    /** Where the data is. */
    public enum Kind { LOCAL, SERVER }

    private final AppPreferences preferences;
    private final TaskRunner runner;
    private final Messages messages;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LOCAL);
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "5432");
    private final StringProperty database = new SimpleStringProperty(this, "database", "samordna");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ObjectProperty<ServerSettings.Tls> tls = new SimpleObjectProperty<>(this, "tls",
            ServerSettings.Tls.VERIFY_FULL);
    private final StringProperty rootCertificate = new SimpleStringProperty(this, "rootCertificate", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(this, "succeeded", false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing", false);
    private final Optional<ServerSettings> atStart;

    public DatabaseSettingsViewModel(AppPreferences preferences, TaskRunner runner, Messages messages) {
        this.preferences = preferences;
        this.runner = runner;
        this.messages = messages;
        this.atStart = preferences.server();
        ServerSettings shown = atStart.orElseGet(preferences::lastServer);
        kind.set(atStart.isPresent() ? Kind.SERVER : Kind.LOCAL);
        host.set(shown.host());
        port.set(String.valueOf(shown.port()));
        if (!shown.database().isEmpty()) {
            database.set(shown.database());
        }
        user.set(shown.user().isEmpty() ? System.getProperty("user.name", "") : shown.user());
        tls.set(shown.tls());
        rootCertificate.set(shown.rootCertificate());
        // An answer belongs to the settings it was given for.
        for (var property : java.util.List.of(host, port, database, user, rootCertificate, password)) {
            property.addListener((obs, old, now) -> clearResult());
        }
        tls.addListener((obs, old, now) -> clearResult());
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<ServerSettings.Tls> tlsProperty() {
        return tls;
    }

    /** The root certificate file ("" = the system's trusted authorities); only with {@code VERIFY_FULL}. */
    public StringProperty rootCertificateProperty() {
        return rootCertificate;
    }

    /** Only for the test; never saved. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** What the last test found, in words ("" before any). */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Whether the server's fields apply. */
    public BooleanBinding serverChosen() {
        return Bindings.equal(kind, Kind.SERVER);
    }

    /** What is missing or wrong in the server's fields, in words; empty when they can be tried. */
    public Optional<String> problem() {
        if (host.get().isBlank()) {
            return Optional.of(messages.get("settings.database.missing", messages.get("settings.database.host")));
        }
        if (database.get().isBlank()) {
            return Optional.of(messages.get("settings.database.missing", messages.get("settings.database.name")));
        }
        if (user.get().isBlank()) {
            return Optional.of(messages.get("settings.database.missing", messages.get("settings.database.user")));
        }
        if (portNumber() < 0) {
            return Optional.of(messages.get("settings.database.badPort"));
        }
        return Optional.empty();
    }

    private int portNumber() {
        try {
            int number = Integer.parseInt(port.get().strip());
            return number >= 1 && number <= 65_535 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The server as the fields describe it (check {@link #problem()} first). */
    public ServerSettings settings() {
        return new ServerSettings(host.get(), Math.max(portNumber(), 1), database.get(), user.get(), tls.get(),
                tls.get() == ServerSettings.Tls.VERIFY_FULL ? rootCertificate.get() : "");
    }

    /** Tries the settings with the password typed, off the window's thread; the answer goes to {@link #resultProperty()}. */
    public void test() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            show(false, problem.get());
            return;
        }
        if (password.get().isEmpty()) {
            show(false, messages.get("login.passwordEmpty"));
            return;
        }
        ServerSettings tried = settings();
        char[] secret = password.get().toCharArray();
        testing.set(true);
        result.set(messages.get("settings.database.testing", tried.describe()));
        runner.run(messages.get("settings.database.testing", tried.describe()), p -> {
            try {
                return ServerCheck.run(tried, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, found -> {
            testing.set(false);
            show(true, found.empty() ? messages.get("settings.database.testOkEmpty", found.serverVersion())
                    : found.upgrade() ? messages.get("settings.database.testOkUpgrade", found.serverVersion(),
                            found.schemaVersion())
                    : messages.get("settings.database.testOk", found.serverVersion(), found.schemaVersion()));
        }, failure -> {
            testing.set(false);
            show(false, messages.describe(failure));
        });
    }

    /**
     * Keeps the choice for the next start. Refused (with the reason in {@link #resultProperty()}) when the
     * server is chosen and its fields are incomplete.
     */
    public Saved save() {
        if (kind.get() == Kind.SERVER) {
            Optional<String> problem = problem();
            if (problem.isPresent()) {
                show(false, problem.get());
                return Saved.REFUSED;
            }
            preferences.setServer(Optional.of(settings()));
        } else {
            preferences.setServer(Optional.empty());
        }
        return preferences.server().equals(atStart) ? Saved.UNCHANGED : Saved.AT_NEXT_START;
    }

    /** What saving did. */
    public enum Saved {
        /** The fields were incomplete; nothing was saved. */
        REFUSED,
        /** The same database as now. */
        UNCHANGED,
        /** Another database (or the same server with other settings) from the next start. */
        AT_NEXT_START
    }

    private void show(boolean ok, String text) {
        succeeded.set(ok);
        result.set(text);
    }

    private void clearResult() {
        if (!testing.get()) {
            result.set("");
            succeeded.set(false);
        }
    }
}
