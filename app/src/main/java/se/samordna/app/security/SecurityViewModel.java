package se.samordna.app.security;

import java.util.Arrays;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.db.ProtectionService;
import se.samordna.core.security.Passwords;
import se.samordna.core.security.RecoveryCode;

/**
 * Inställningar › Säkerhet: turning password protection on and off and changing the password, each a
 * background task (the key derivation alone takes half a second; turning protection on rewrites the
 * database and every backup) with progress in the status bar.
 */
public final class SecurityViewModel {
    private final ProtectionService protection;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public SecurityViewModel(ProtectionService protection, TaskRunner runner, Messages messages) {
        this.protection = protection;
        this.runner = runner;
        this.messages = messages;
        enabled.set(protection.enabled());
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** While protection is being turned on or off: the controls wait. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The hint under a new password: how long it must be, or how hard it looks to guess. */
    public String strengthHint(String password) {
        Passwords.Strength strength = Passwords.strength(password);
        return strength == Passwords.Strength.TOO_SHORT
                ? messages.get("security.hint.tooShort", Passwords.MIN_LENGTH, password.codePointCount(0, password.length()))
                : messages.label(strength);
    }

    /** Turns protection on; {@code onCode} gets the recovery code to show once. */
    public void enable(char[] password, Consumer<RecoveryCode> onCode) {
        working.set(true);
        runner.run(messages.get("security.task.enable"), progress -> {
            try {
                return protection.enable(password, progress::update);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, code -> {
            working.set(false);
            enabled.set(protection.enabled());
            onCode.accept(code);
        }, failure -> {
            working.set(false);
            enabled.set(protection.enabled());
            runner.reportFailure(failure);
        });
    }

    public void disable(char[] password, Runnable onDone) {
        working.set(true);
        runner.run(messages.get("security.task.disable"), progress -> {
            try {
                protection.disable(password, progress::update);
                return true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, done -> {
            working.set(false);
            enabled.set(protection.enabled());
            onDone.run();
        }, failure -> {
            working.set(false);
            enabled.set(protection.enabled());
            runner.reportFailure(failure);
        });
    }

    /** Changes the password: instant apart from the key derivation (the database is not rewritten). */
    public void changePassword(char[] current, char[] newPassword, Runnable onDone) {
        runner.run(messages.get("security.task.change"), progress -> {
            try {
                protection.changePassword(current, newPassword);
                return true;
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(newPassword, '\0');
            }
        }, done -> onDone.run());
    }

    /** After a start with the recovery code: a new password, the key being open already. */
    public void setPassword(char[] newPassword, Runnable onDone) {
        runner.run(messages.get("security.task.change"), progress -> {
            try {
                protection.setPassword(newPassword);
                return true;
            } finally {
                Arrays.fill(newPassword, '\0');
            }
        }, done -> onDone.run());
    }
}
