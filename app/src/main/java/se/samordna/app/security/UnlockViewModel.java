package se.samordna.app.security;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.GuessDelay;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.RecoveryCode;

/**
 * The start of a protected data folder: the password (or the recovery code) opens the key before
 * anything of the database is read. A wrong one is said so; each further try waits a little longer
 * ({@link GuessDelay}), but there is no limit that locks the user out.
 */
public final class UnlockViewModel {
    /** The key, and whether the recovery code opened it (then a new password is asked for). */
    public record Unlocked(DataKey key, boolean byRecoveryCode) {
    }

    private final KeyFile keys;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty recoveryCode = new SimpleStringProperty(this, "recoveryCode", "");
    private final BooleanProperty useRecoveryCode = new SimpleBooleanProperty(this, "useRecoveryCode");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper secondsToWait = new ReadOnlyIntegerWrapper(this, "secondsToWait");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private int failures;

    public UnlockViewModel(KeyFile keys, TaskRunner runner, Messages messages) {
        this.keys = keys;
        this.runner = runner;
        this.messages = messages;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public BooleanProperty useRecoveryCodeProperty() {
        return useRecoveryCode;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Seconds before the next try may be made (counted down by {@link #tick()}). */
    public ReadOnlyIntegerProperty secondsToWaitProperty() {
        return secondsToWait.getReadOnlyProperty();
    }

    /** Whether "Öppna" can be pressed now. */
    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> !checking.get() && secondsToWait.get() == 0
                        && !(useRecoveryCode.get() ? recoveryCode.get() : password.get()).isBlank(),
                checking, secondsToWait, useRecoveryCode, recoveryCode, password);
    }

    /** One second has passed (the view's timer). */
    public void tick() {
        if (secondsToWait.get() > 0) {
            secondsToWait.set(secondsToWait.get() - 1);
            if (secondsToWait.get() == 0) {
                error.set(messages.get(useRecoveryCode.get() ? "security.unlock.wrongCode" : "security.unlock.wrong"));
            } else {
                error.set(waitText());
            }
        }
    }

    /** Tries what was typed, in the background; {@code onUnlocked} gets the key. */
    public void submit(Consumer<Unlocked> onUnlocked) {
        if (!canSubmit().get()) {
            return;
        }
        boolean byCode = useRecoveryCode.get();
        Optional<RecoveryCode> code = byCode ? RecoveryCode.parse(recoveryCode.get()) : Optional.empty();
        if (byCode && code.isEmpty()) {
            error.set(messages.get("security.unlock.notACode"));
            return;
        }
        char[] typed = password.get().toCharArray();
        checking.set(true);
        error.set(messages.get("security.unlock.checking"));
        runner.run(messages.get("security.unlock.checking"), progress -> byCode
                ? keys.unlockWithRecoveryCode(code.get()) : keys.unlockWithPassword(typed), key -> {
                    checking.set(false);
                    password.set("");
                    recoveryCode.set("");
                    error.set("");
                    onUnlocked.accept(new Unlocked(key, byCode));
                }, failure -> {
                    checking.set(false);
                    if (failure instanceof UserFacingException) {
                        failures++;
                        password.set("");
                        secondsToWait.set((int) GuessDelay.after(failures).toSeconds());
                        error.set(secondsToWait.get() > 0 ? waitText() : messages.get(byCode
                                ? "security.unlock.wrongCode" : "security.unlock.wrong"));
                    } else {
                        runner.reportFailure(failure);
                    }
                });
    }

    private String waitText() {
        return messages.get("security.unlock.wait", secondsToWait.get());
    }
}
