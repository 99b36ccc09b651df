package se.samordna.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samordna.app.i18n.Messages;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.DataFolderCheck;
import se.samordna.core.workspace.SingleInstanceLock;

/**
 * {@code Samordna --verify-data [--data-dir DIR]}: checks the database and every backup of a data
 * folder without a window and without writing, prints one line per file, and exits 0 when all is
 * well, 1 when something is wrong, 3 when Samordna is running on the folder.
 */
final class DataCheckCommand {
    private DataCheckCommand() {
    }

    static int run(Optional<Path> dataDir, PrintStream out) {
        DataDirectory directory = dataDir.map(DataDirectory::new).orElseGet(DataDirectory::forThisMachine);
        Messages messages = Messages.forLanguage("sv");
        out.println(messages.get("verify.folder", directory.root()));
        Optional<SingleInstanceLock> lock;
        try {
            lock = SingleInstanceLock.tryAcquire(directory.lockFile());
        } catch (UserFacingException e) {
            out.println(messages.get("verify.problem", directory.root(), messages.describe(e)));
            return 1;
        }
        if (lock.isEmpty()) {
            out.println(messages.get("verify.running"));
            return 3;
        }
        try (SingleInstanceLock held = lock.get()) {
            List<DataFolderCheck.Finding> findings = DataFolderCheck.run(directory);
            boolean allOk = true;
            for (DataFolderCheck.Finding finding : findings) {
                if (finding.ok()) {
                    out.println(messages.get("verify.ok", finding.what(), summary(messages, finding.rows())));
                } else {
                    allOk = false;
                    out.println(messages.get("verify.problem", finding.what(), messages.describe(finding.problem().get())));
                }
            }
            out.println(messages.get(allOk ? "verify.allOk" : "verify.someFailed"));
            return allOk ? 0 : 1;
        }
    }

    private static String summary(Messages messages, Map<String, Long> rows) {
        if (rows.isEmpty()) {
            return messages.get("verify.empty");
        }
        return messages.get("backup.contents", rows.getOrDefault("CENTRE", 0L), rows.getOrDefault("AGREEMENT", 0L),
                rows.getOrDefault("WORKSHOP", 0L), rows.getOrDefault("SURVEY_RESPONSE", 0L),
                rows.getOrDefault("ANNUAL_REPORT", 0L));
    }
}
