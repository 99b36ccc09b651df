package se.samordna.core.db;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One verified backup file: when it was made, why, and what it holds. */
public record Backup(Path file, LocalDateTime createdAt, Reason reason, long sizeBytes, Contents contents) {

    /** What a backup holds, in the units a coordinator counts. */
    public record Contents(long centres, long agreements, long workshops, long surveyForms, long reports) {
    }

    /** Why a backup was made; part of its file name. */
    public enum Reason {
        MANUAL("manuell"),
        ON_EXIT("avslut"),
        BEFORE_UPGRADE("fore-uppgradering"),
        BEFORE_RESTORE("fore-aterstallning"),
        BEFORE_DELETE("fore-borttagning"),
        BEFORE_IMPORT("fore-import"),
        /** Before password protection is turned on or off (decision record 0016). */
        BEFORE_PROTECTION("fore-skydd");

        private final String fileTag;

        Reason(String fileTag) {
            this.fileTag = fileTag;
        }

        String fileTag() {
            return fileTag;
        }

        static Reason fromFileTag(String tag) {
            for (Reason reason : values()) {
                if (reason.fileTag.equals(tag)) {
                    return reason;
                }
            }
            return null;
        }
    }
}
