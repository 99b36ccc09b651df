package se.samordna.app.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser.ExtensionFilter;
import javafx.stage.Window;

/**
 * The system's dialogs for choosing a file to save to or to read. Views get one through their
 * constructors (from {@code AppContext}) instead of creating a {@link javafx.stage.FileChooser}, so a
 * test can answer them with a path: a native dialog cannot be shown without a screen, and in 0.1.0
 * every dialog failed (StackOverflowError) without one test noticing.
 */
public interface FileDialogs {
    /** PDF documents. */
    ExtensionFilter PDF = new ExtensionFilter("PDF", "*.pdf");
    /** Word documents. */
    ExtensionFilter WORD = new ExtensionFilter("Word", "*.docx");
    /** Excel workbooks. */
    ExtensionFilter EXCEL = new ExtensionFilter("Excel", "*.xlsx");
    /** Calendar files (Outlook, Google Calendar, Apple Calendar). */
    ExtensionFilter CALENDAR = new ExtensionFilter("iCalendar", "*.ics");
    /** Year packages (one centre's year, docs/year-package.md). */
    ExtensionFilter PACKAGE = new ExtensionFilter("Samordna", "*.samordna");

    /**
     * Asks where to save. {@code suggestedName} is offered as the file name; callers make it with
     * {@link se.samordna.core.common.FileNames#safe}. Empty when the user cancels.
     */
    Optional<Path> save(Window owner, String title, String suggestedName, ExtensionFilter... types);

    /** Asks for an existing file to read. Empty when the user cancels. */
    Optional<Path> open(Window owner, String title, ExtensionFilter... types);

    /** Certificates (a root certificate IT hands out for the shared server). */
    ExtensionFilter CERTIFICATE = new ExtensionFilter("Certifikat", "*.crt", "*.pem", "*.cer");

    /** Asks for an existing folder, starting in {@code start} when it exists. Empty when the user cancels. */
    Optional<Path> folder(Window owner, String title, Path start);
}
