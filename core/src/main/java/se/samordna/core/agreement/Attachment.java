package se.samordna.core.agreement;

import java.time.LocalDateTime;

/** The signed copy (a PDF or a scan) kept with a signed agreement; the content is loaded on demand. */
public record Attachment(String fileName, String contentType, long sizeBytes, LocalDateTime addedAt) {

    public static final long MAX_BYTES = 30L * 1024 * 1024;
}
