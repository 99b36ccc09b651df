package se.samordna.core.yearpackage;

import java.util.Optional;

import se.samordna.core.db.Backup;

/**
 * What an import did: records added, changed records taken from the package, changed records kept as
 * they were here, records already the same; whether the centre was created; the backup made before it
 * (empty when nothing was to be imported, so nothing was written).
 */
public record ImportResult(int added, int taken, int kept, int unchanged, boolean centreCreated,
        Optional<Backup> backup) {
}
