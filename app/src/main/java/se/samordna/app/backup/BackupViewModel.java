package se.samordna.app.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupFailure;
import se.samordna.core.db.BackupService;

/** Backup now, list backups, restore one: each a background task. */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackupService backups;
    private final TaskRunner runner;
    private final Messages messages;
    private final ReadOnlyStringWrapper failureNotice = new ReadOnlyStringWrapper(this, "failureNotice", "");
    private final ReadOnlyStringWrapper failureDetail = new ReadOnlyStringWrapper(this, "failureDetail", "");

    public BackupViewModel(BackupService backups, TaskRunner runner, Messages messages) {
        this.backups = backups;
        this.runner = runner;
        this.messages = messages;
    }

    public void backupNow(Consumer<Backup> onDone) {
        runner.run(messages.get("task.backingUp"), p -> backups.create(Backup.Reason.MANUAL), backup -> {
            checkLastFailure();
            onDone.accept(backup);
        }, failure -> {
            checkLastFailure();
            runner.reportFailure(failure);
        });
    }

    /**
     * What the status bar says while the last backup attempt failed (the exit backup fails after the
     * window is gone, so this is where the coordinator hears of it); empty once a backup succeeds.
     */
    public ReadOnlyStringProperty failureNoticeProperty() {
        return failureNotice.getReadOnlyProperty();
    }

    /** What went wrong with the failed backup, and what to do: for the status bar's tooltip. */
    public ReadOnlyStringProperty failureDetailProperty() {
        return failureDetail.getReadOnlyProperty();
    }

    /** Reads the note of a failed backup, if any, and shows it in {@link #failureNoticeProperty()}. */
    public void checkLastFailure() {
        runner.run(messages.get("task.listingBackups"), p -> backups.lastFailure(), failure -> {
            failureNotice.set(failure.map(f -> messages.get("backup.failedNotice", WHEN.format(f.at()))).orElse(""));
            failureDetail.set(failure.map(this::detail).orElse(""));
        });
    }

    private String detail(BackupFailure failure) {
        return messages.get("backup.failedDetail", WHEN.format(failure.at()), messages.label(failure.reason()),
                messages.get(failure.messageKey(), failure.arguments().toArray()));
    }

    public void loadBackups(Consumer<List<Backup>> onLoaded) {
        runner.run(messages.get("task.listingBackups"), p -> backups.list(), onLoaded);
    }

    /** Restores {@code file}; the current state is backed up first. */
    public void restore(Path file, Consumer<Backup> onRestored) {
        restore(file, () -> java.util.Optional.empty(), onRestored);
    }

    /**
     * As {@link #restore(Path, Consumer)}; a backup of a protected database made with another key (on
     * another computer, or before the password protection was turned on anew) is opened with what
     * {@code askSecret} returns: its password or its recovery code (issue 18).
     */
    public void restore(Path file, java.util.function.Supplier<java.util.Optional<String>> askSecret,
                        Consumer<Backup> onRestored) {
        runner.run(messages.get("task.restoring"), p -> backups.needsKey(file), needsKey -> {
            if (!needsKey) {
                runner.run(messages.get("task.restoring"), p -> backups.restore(file), onRestored);
                return;
            }
            askSecret.get().ifPresent(secret -> runner.run(messages.get("task.restoring"),
                    p -> backups.restore(file, unlock(file, secret)), onRestored));
        });
    }

    /** The backup's key from its password, or else from its recovery code. */
    private se.samordna.core.security.DataKey unlock(Path file, String secret) {
        se.samordna.core.security.KeyFile keys = BackupService.keysOf(file).orElseThrow();
        try {
            return keys.unlockWithPassword(secret.toCharArray());
        } catch (se.samordna.core.common.UserFacingException wrongPassword) {
            return se.samordna.core.security.RecoveryCode.parse(secret).map(keys::unlockWithRecoveryCode)
                    .orElseThrow(() -> new se.samordna.core.common.UserFacingException("security.wrongPasswordOrCode"));
        }
    }

    public Path folder() {
        return backups.directory();
    }

    public String describe(Backup backup) {
        return messages.get("backup.describe", WHEN.format(backup.createdAt()), messages.label(backup.reason()));
    }

    public String when(Backup backup) {
        return WHEN.format(backup.createdAt());
    }

    public String reason(Backup backup) {
        return messages.label(backup.reason());
    }

    public String contents(Backup backup) {
        return RescueDialog.contents(messages, backup.contents());
    }

    public String size(Backup backup) {
        return messages.get("backup.sizeKb", Math.max(1, Math.round(backup.sizeBytes() / 1024.0)));
    }
}
