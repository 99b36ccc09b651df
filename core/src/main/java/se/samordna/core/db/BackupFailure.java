package se.samordna.core.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import se.samordna.core.common.UserFacingException;

/**
 * A backup that could not be made, remembered in the backup folder until the next one succeeds, so
 * the coordinator is told even when it was the exit backup and the window had already closed.
 *
 * @param at when it failed
 * @param reason why the backup was being made
 * @param messageKey the message that says what went wrong (a key of the app's messages)
 * @param arguments the message's arguments, as text
 */
public record BackupFailure(LocalDateTime at, Backup.Reason reason, String messageKey, List<String> arguments) {
    static final String FILE_NAME = "senaste-misslyckade-sakerhetskopia.properties";

    public BackupFailure {
        arguments = List.copyOf(arguments);
    }

    static BackupFailure of(LocalDateTime at, Backup.Reason reason, UserFacingException failure) {
        return new BackupFailure(at, reason, failure.messageKey(),
                failure.arguments().stream().map(String::valueOf).toList());
    }

    /**
     * Where the note is kept: beside the backup folder (in the data folder), so it can be written also
     * when the backup folder itself is what cannot be written.
     */
    static Path noteFor(Path backupDirectory) {
        Path parent = backupDirectory.toAbsolutePath().getParent();
        return (parent == null ? backupDirectory : parent).resolve(FILE_NAME);
    }

    /** Writes the record; a folder that cannot take even this has already been reported by the failure. */
    void writeTo(Path backupDirectory) {
        Properties properties = new Properties();
        properties.setProperty("at", at.toString());
        properties.setProperty("reason", reason.name());
        properties.setProperty("message", messageKey);
        for (int i = 0; i < arguments.size(); i++) {
            properties.setProperty("argument." + i, arguments.get(i));
        }
        Path file = noteFor(backupDirectory);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Samordna: the last backup that failed (removed when one succeeds)");
            }
        } catch (IOException e) {
            // Nothing more to do: the failure itself is what the user is told about.
        }
    }

    static Optional<BackupFailure> readFrom(Path backupDirectory) {
        Path file = noteFor(backupDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            List<String> arguments = new ArrayList<>();
            for (int i = 0; properties.containsKey("argument." + i); i++) {
                arguments.add(properties.getProperty("argument." + i));
            }
            return Optional.of(new BackupFailure(LocalDateTime.parse(properties.getProperty("at")),
                    Backup.Reason.valueOf(properties.getProperty("reason")),
                    properties.getProperty("message", "backup.folderNotWritable"), arguments));
        } catch (IOException | RuntimeException e) {
            // A damaged note still says a backup failed, and when.
            return Optional.of(new BackupFailure(modified(file), Backup.Reason.MANUAL, "backup.folderNotWritable",
                    List.of(backupDirectory.toString())));
        }
    }

    private static LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDateTime.now();
        }
    }

    static void clear(Path backupDirectory) {
        try {
            Files.deleteIfExists(noteFor(backupDirectory));
        } catch (IOException e) {
            // Stays until the next success can remove it.
        }
    }
}
