package se.samordna.app.access;

import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.access.AccessGroup;
import se.samordna.core.access.AccessService;
import se.samordna.core.access.AccessUser;
import se.samordna.core.access.CentreGrant;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;

/**
 * Behörigheter (Arkiv › Behörigheter…, administrators on the county server): the users, their group and the
 * centres given to them. Every change goes to the server at once; what the server refuses is said in
 * {@link #messageProperty()}.
 */
public final class AccessViewModel {
    private final AccessService access;
    private final CentreService centreService;
    private final TaskRunner runner;
    private final Messages messages;

    private final ObservableList<AccessUser> users = FXCollections.observableArrayList();
    private final ObservableList<CentreSummary> centres = FXCollections.observableArrayList();
    private final ObjectProperty<AccessUser> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper me = new ReadOnlyStringWrapper(this, "me", "");

    public AccessViewModel(AccessService access, CentreService centreService, TaskRunner runner, Messages messages) {
        this.access = access;
        this.centreService = centreService;
        this.runner = runner;
        this.messages = messages;
    }

    // Properties

    public ObservableList<AccessUser> users() {
        return users;
    }

    /** Every centre of the database, to give or take. */
    public ObservableList<CentreSummary> centres() {
        return centres;
    }

    public ObjectProperty<AccessUser> selectedProperty() {
        return selected;
    }

    /** What went wrong, or what was just done; "" when there is nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The administrator's own user name: their own group and access are not theirs to change. */
    public ReadOnlyStringProperty meProperty() {
        return me.getReadOnlyProperty();
    }

    /** Whether the selected user is the administrator using the dialog. */
    public boolean selectedIsMe() {
        return selected.get() != null && selected.get().name().equals(me.get());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the selected user may do with {@code centreId}. */
    public AccessLevel levelOf(long centreId) {
        AccessUser user = selected.get();
        if (user == null) {
            return AccessLevel.NONE;
        }
        return user.centres().stream().filter(grant -> grant.centreId() == centreId).findFirst()
                .map(grant -> grant.canEdit() ? AccessLevel.EDIT : AccessLevel.SEE).orElse(AccessLevel.NONE);
    }

    /** The message key of what is wrong with a new user's name, if anything. */
    public Optional<String> nameProblem(String name) {
        return AccessService.userNameProblem(name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT))
                .map(key -> messages.get(key, name));
    }

    // Commands

    /** Reads the users and the centres (again), keeping the selected user selected. */
    public void load() {
        if (!access.inUse()) {
            message.set(messages.get("access.notOnServer"));
            return;
        }
        String keep = selected.get() == null ? null : selected.get().name();
        run("access.task.loading", () -> new Loaded(access.users(), centreService.list(), access.whoAmI().user()),
                loaded -> {
            me.set(loaded.me());
            users.setAll(loaded.users());
            centres.setAll(loaded.centres());
            selected.set(loaded.users().stream().filter(u -> u.name().equals(keep)).findFirst()
                    .orElse(loaded.users().isEmpty() ? null : loaded.users().getFirst()));
        });
    }

    public void createUser(String name, char[] password, AccessGroup group) {
        String user = name.strip().toLowerCase(java.util.Locale.ROOT);
        change(() -> access.createUser(user, password, group), user, "access.created", user);
    }

    public void setGroup(AccessGroup group) {
        AccessUser user = selected.get();
        if (user == null || group == null || group == user.group()) {
            return;
        }
        change(() -> access.changeGroup(user.name(), group), user.name(), null, "");
    }

    public void setLevel(long centreId, AccessLevel level) {
        AccessUser user = selected.get();
        if (user == null || level == levelOf(centreId)) {
            return;
        }
        change(() -> {
            if (level == AccessLevel.NONE) {
                access.revoke(user.name(), centreId);
            } else {
                access.grant(user.name(), centreId, level == AccessLevel.EDIT);
            }
        }, user.name(), null, "");
    }

    public void resetPassword(char[] password) {
        AccessUser user = selected.get();
        if (user != null) {
            change(() -> access.resetPassword(user.name(), password), user.name(), "access.passwordSet", user.name());
        }
    }

    public void removeSelected() {
        AccessUser user = selected.get();
        if (user != null) {
            change(() -> access.removeUser(user.name()), null, "access.removed", user.name());
        }
    }

    /** The centres the selected user was given, for tests and the summary line. */
    public java.util.List<CentreGrant> selectedGrants() {
        return selected.get() == null ? java.util.List.of() : selected.get().centres();
    }

    private record Loaded(java.util.List<AccessUser> users, java.util.List<CentreSummary> centres, String me) {
    }

    /**
     * Runs a change, then reads everything again with {@code select} selected; {@code doneKey} (with
     * {@code argument}) is said after.
     */
    private void change(Runnable work, String select, String doneKey, String argument) {
        String name = select == null ? "" : select;
        run("access.task.saving", () -> {
            work.run();
            return new Loaded(access.users(), centreService.list(), me.get());
        }, loaded -> {
            users.setAll(loaded.users());
            centres.setAll(loaded.centres());
            selected.set(loaded.users().stream().filter(u -> u.name().equals(name)).findFirst()
                    .orElse(loaded.users().isEmpty() ? null : loaded.users().getFirst()));
            message.set(doneKey == null ? "" : messages.get(doneKey, argument));
        });
    }

    private <T> void run(String taskKey, java.util.function.Supplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        message.set("");
        runner.run(messages.get(taskKey), progress -> work.get(), result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(messages.describe(failure));
            // What the lists show may be ahead of the server now: show the selected user as they were.
            AccessUser shown = selected.get();
            selected.set(null);
            selected.set(shown);
        });
    }
}
