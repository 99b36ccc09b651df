package se.samordna.core.document;

import java.util.List;

import se.samordna.core.pdf.DocumentInfo;

/**
 * A document as data: what it says about itself, its paper, the running head of its PDF pages and
 * its blocks in order. {@link PdfRenderer} and {@link DocxRenderer} both read it, so a document's
 * words and order are written once ({@link DocumentExport} picks the renderer).
 */
public record Document(DocumentInfo info, Paper paper, Orientation orientation, RunningHead head,
                       List<Block> blocks) {

    public enum Paper {
        A4,
        A3
    }

    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }

    /**
     * The printed page's header (a text at either end) and the text beside the page number in the
     * footer; Word's pages carry only the page number.
     */
    public record RunningHead(String left, String right, String footer) {
        public static final RunningHead NONE = new RunningHead("", "", "");
    }

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** A4 upright, as most of the app's documents. */
    public static Document portrait(DocumentInfo info, RunningHead head, List<Block> blocks) {
        return new Document(info, Paper.A4, Orientation.PORTRAIT, head, blocks);
    }

    /** A4 on its side, for wide tables (the action plan's six columns). */
    public static Document landscape(DocumentInfo info, RunningHead head, List<Block> blocks) {
        return new Document(info, Paper.A4, Orientation.LANDSCAPE, head, blocks);
    }

    public String title() {
        return info.title();
    }

    public String language() {
        return info.language();
    }
}
