package se.samordna.app.print;

import java.util.function.Consumer;

import javafx.application.Platform;

import se.samordna.core.pdf.PdfPrinting;

/** Opens the system print dialog on a thread of its own, so the window stays responsive. */
public final class FxDocumentPrinter implements DocumentPrinter {
    @Override
    public void print(byte[] pdf, String jobName, Consumer<PdfPrinting.Outcome> done, Consumer<Throwable> failed) {
        Thread thread = new Thread(() -> {
            try {
                PdfPrinting.Outcome outcome = PdfPrinting.print(pdf, jobName);
                Platform.runLater(() -> done.accept(outcome));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept(e));
            }
        }, "samordna-print");
        thread.setDaemon(true);
        thread.start();
    }
}
