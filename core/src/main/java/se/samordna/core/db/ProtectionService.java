package se.samordna.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.Passwords;
import se.samordna.core.security.Progress;
import se.samordna.core.security.RecoveryCode;

/**
 * Password protection of the database and its backups (decision record 0016): turning it on or off,
 * changing the password, and, at start-up, which key file a database needs. Turning it on or off never
 * risks the database: the present state is backed up, a new file is built from that backup (encrypted
 * or plain), checked, and only then swapped in; then every backup is rewritten to match.
 */
public final class ProtectionService {
    private static final Logger LOG = Logger.getLogger(ProtectionService.class.getName());

    private final H2Database database;
    private final BackupService backups;

    public ProtectionService(H2Database database, BackupService backups) {
        this.database = database;
        this.backups = backups;
    }

    /** Whether the database is encrypted with a password. */
    public boolean enabled() {
        return database != null && database.key() != null;
    }

    /**
     * For a start: the key file a database needs before it can be opened, or empty when the file is
     * a plain one (or there is none yet). {@code security.keyFileMissing} when the database is encrypted
     * and its key file is gone.
     */
    public static Optional<KeyFile> keysNeeded(Path databaseBase) {
        if (!DatabaseCheck.isEncrypted(databaseBase)) {
            return Optional.empty();
        }
        Path file = KeyFile.beside(databaseBase);
        return Optional.of(KeyFile.read(file).orElseThrow(
                () -> new UserFacingException("security.keyFileMissing", file.getFileName())));
    }

    /**
     * Turns protection on: a new random key, wrapped by {@code password} and a new recovery code, the
     * database and every backup encrypted with it. Returns the recovery code, to be shown once.
     */
    public RecoveryCode enable(char[] password, Progress progress) {
        if (enabled()) {
            throw new IllegalStateException("already protected");
        }
        requireAcceptable(password);
        progress.update(0, 100);
        DataKey key = DataKey.generate();
        RecoveryCode code = RecoveryCode.generate();
        KeyFile keys = KeyFile.create(key, password, code);
        switchTo(key, keys, progress);
        LOG.info("Password protection turned on (key " + key.id() + ")");
        return code;
    }

    /** Turns protection off after checking {@code password}: the database and the backups become plain files. */
    public void disable(char[] password, Progress progress) {
        DataKey current = requireEnabled();
        progress.update(0, 100);
        DataKey unlocked = currentKeys().unlockWithPassword(password);
        if (!unlocked.equals(current)) {
            throw new UserFacingException("security.wrongPassword");
        }
        switchTo(null, null, progress);
        try {
            Files.deleteIfExists(KeyFile.beside(database.basePath()));
        } catch (IOException e) {
            LOG.warning("The key file of a database no longer protected stays (" + e.getClass().getSimpleName() + ")");
        }
        LOG.info("Password protection turned off");
    }

    /** Whether {@code password} is the present one. Slow on purpose (the key derivation). */
    public boolean checkPassword(char[] password) {
        DataKey current = requireEnabled();
        try {
            return currentKeys().unlockWithPassword(password).equals(current);
        } catch (UserFacingException e) {
            return false;
        }
    }

    /**
     * Changes the password: the key file's password wrapping is replaced, nothing else (the database and
     * the backups stay as they are). The recovery code stays valid. Backups made before keep opening with
     * the old password too, and always with the recovery code.
     */
    public void changePassword(char[] current, char[] newPassword) {
        if (!checkPassword(current)) {
            throw new UserFacingException("security.wrongPassword");
        }
        setPassword(newPassword);
    }

    /** Sets a new password with the key already open (after a start with the recovery code). */
    public void setPassword(char[] newPassword) {
        DataKey key = requireEnabled();
        requireAcceptable(newPassword);
        currentKeys().withPassword(key, newPassword).write(KeyFile.beside(database.basePath()));
        LOG.info("Password changed");
    }

    /**
     * After a start: backups a switch cut short by a crash left in the other form are brought in line
     * (the database file says which form is right). Returns how many were rewritten.
     */
    public int finishInterruptedSwitch() {
        DataKey key = database.key();
        if (key == null) {
            return 0; // plain backups of a plain database; encrypted ones still open with their keys
        }
        if (backups.notSealedWith(key.id()).isEmpty()) {
            return 0;
        }
        return backups.reseal(null, new BackupFile.Sealing(key, currentKeys()), (done, total) -> { });
    }

    private void switchTo(DataKey newKey, KeyFile newKeys, Progress progress) {
        DataKey oldKey = database.key();
        Backup safety = backups.create(Backup.Reason.BEFORE_PROTECTION);
        progress.update(20, 100);
        Path work = BackupService.workFolder(backups.directory(), ".protect-");
        try {
            Path prepared = work.resolve("switched");
            BackupManifest manifest = BackupService.prepare(safety.file(), prepared, work, oldKey, newKey);
            progress.update(50, 100);
            // Verified as a start would: every row read back, and the same rows as the backup it came from.
            Map<String, Long> rows = DatabaseCheck.readOnly(prepared, newKey);
            for (Map.Entry<String, Long> expected : manifest.rows().entrySet()) {
                if (!expected.getValue().equals(rows.get(expected.getKey()))) {
                    throw new UserFacingException("security.switchFailed");
                }
            }
            if (newKeys != null) {
                // Before the swap: a crash after it leaves an encrypted file with its keys. A key file
                // beside a plain database (a crash before it) is ignored: the database file decides.
                newKeys.write(KeyFile.beside(database.basePath()));
            }
            database.replaceWith(Database.fileOf(prepared), newKey);
            progress.update(70, 100);
        } finally {
            BackupService.deleteTree(work);
        }
        BackupFile.Sealing sealing = newKey == null ? null : new BackupFile.Sealing(newKey, newKeys);
        backups.reseal(oldKey, sealing, (done, total) -> progress.update(70 + 30L * done / Math.max(1, total), 100));
        progress.update(100, 100);
    }

    private KeyFile currentKeys() {
        Path file = KeyFile.beside(database.basePath());
        return KeyFile.read(file).orElseThrow(() -> new UserFacingException("security.keyFileMissing", file.getFileName()));
    }

    private DataKey requireEnabled() {
        DataKey key = database.key();
        if (key == null) {
            throw new IllegalStateException("not protected");
        }
        return key;
    }

    private static void requireAcceptable(char[] password) {
        if (!Passwords.acceptable(new String(password))) {
            throw new UserFacingException("security.passwordTooShort", Passwords.MIN_LENGTH);
        }
    }
}
