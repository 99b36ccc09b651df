package se.samordna.core.yearpackage;

import java.time.LocalDateTime;

/** One earlier import: when, by whom (the system's user name), which file, whose year, and what it changed. */
public record ImportLogEntry(LocalDateTime at, String by, String fileName, String centreName, int year,
        String writtenBy, String backupName, boolean centreCreated, int added, int taken, int kept, int unchanged,
        String changes) {
}
