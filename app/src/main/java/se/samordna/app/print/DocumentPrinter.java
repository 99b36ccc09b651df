package se.samordna.app.print;

import java.util.function.Consumer;

import se.samordna.core.pdf.PdfPrinting;

/** Sends a finished PDF to the system print dialog, off the UI thread; callbacks come back on it. */
public interface DocumentPrinter {
    void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> done, Consumer<Throwable> failed);
}
