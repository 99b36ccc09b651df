package se.samordna.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import se.samordna.core.common.SafeFiles;
import se.samordna.core.pdf.FlowDocument;

/** Writes a {@link Document} as a PDF/A or a Word document: what views call to save one. */
public final class DocumentExport {

    public enum Format {
        PDF("pdf"),
        DOCX("docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name ending, without the dot. */
        public String extension() {
            return extension;
        }
    }

    /**
     * What was written: the file's size, and for a PDF its pages and the characters no font had
     * (printed as "?"); a Word document has no pages of its own (0) and keeps every character.
     */
    public record Exported(long bytes, int pages, Set<String> replacedCharacters) {
        public long kilobytes() {
            return Math.max(1, bytes / 1024L);
        }
    }

    private DocumentExport() {
    }

    /**
     * Writes the document to {@code target} whole or not at all ({@link SafeFiles}): a half-written
     * file never replaces a good one.
     *
     * @throws se.samordna.core.common.UserFacingException when the file cannot be written
     */
    public static Exported export(Document document, Format format, Path target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exported exported = write(document, format, out);
        SafeFiles.write(target, out.toByteArray());
        return exported;
    }

    /** Writes the document to a stream (a sample, a test, a zip of the year's documents). */
    public static Exported write(Document document, Format format, OutputStream out) {
        CountingStream counted = new CountingStream(out);
        try {
            if (format == Format.PDF) {
                FlowDocument.Report report = PdfRenderer.render(document, counted);
                return new Exported(counted.count, report.pages(), report.replacedCharacters());
            }
            DocxRenderer.write(document, counted);
            return new Exported(counted.count, 0, Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
