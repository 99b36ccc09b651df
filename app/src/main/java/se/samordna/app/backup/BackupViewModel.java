package se.samordna.app.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;

/** Backup now, list backups, restore one: each a background task. */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackupService backups;
    private final TaskRunner runner;
    private final Messages messages;

    public BackupViewModel(BackupService backups, TaskRunner runner, Messages messages) {
        this.backups = backups;
        this.runner = runner;
        this.messages = messages;
    }

    public void backupNow(Consumer<Backup> onDone) {
        runner.run(messages.get("task.backingUp"), p -> backups.create(Backup.Reason.MANUAL), onDone);
    }

    public void loadBackups(Consumer<List<Backup>> onLoaded) {
        runner.run(messages.get("task.listingBackups"), p -> backups.list(), onLoaded);
    }

    /** Restores {@code file}; the current state is backed up first. */
    public void restore(Path file, Consumer<Backup> onRestored) {
        runner.run(messages.get("task.restoring"), p -> backups.restore(file), onRestored);
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
