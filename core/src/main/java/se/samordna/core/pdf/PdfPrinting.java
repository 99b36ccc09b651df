package se.samordna.core.pdf;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import se.samordna.core.common.UserFacingException;

/**
 * Prints a PDF through the operating system's print dialog. Blocks until the dialog is closed and
 * the job handed over, so call it on a thread of its own, never the UI thread.
 */
public final class PdfPrinting {
    /** How a print request ended. */
    public enum Outcome {
        PRINTED,
        CANCELLED
    }

    private PdfPrinting() {
    }

    public static Outcome print(byte[] pdf, String jobName) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserFacingException("print.unavailable");
        }
        if (javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            throw new UserFacingException("print.noPrinter");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, null));
            if (!job.printDialog(attributes)) {
                return Outcome.CANCELLED;
            }
            job.print(attributes);
            return Outcome.PRINTED;
        } catch (PrinterException | IOException e) {
            throw new UserFacingException("print.failed", e, e.getMessage());
        }
    }
}
