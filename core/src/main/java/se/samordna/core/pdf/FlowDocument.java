package se.samordna.core.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages (A4 unless asked otherwise) filled top to bottom: paragraphs wrapped and carried over to the next page, headings
 * kept with what follows, drawn blocks (signature fields, charts) kept whole. A document can hold
 * several copies, each with its own page numbers ("Sida X av Y") and header. Saved as PDF/A-2b.
 *
 * <p>A document in a right-to-left language (its {@link DocumentInfo#language()}: Arabic, Persian …)
 * is laid out mirrored: lines end at the right margin, bullets hang on the right, the header's first
 * text is on the right. All text, in any document, is drawn in visual order with Arabic letters
 * joined ({@link VisualText}); painters mirror their own drawings with {@link #rightToLeft()}.
 */
public final class FlowDocument implements AutoCloseable {
    public static final float MARGIN_LEFT = 64;
    public static final float MARGIN_RIGHT = 64;
    public static final float MARGIN_TOP = 74;
    public static final float MARGIN_BOTTOM = 80;

    /** Draws something of a fixed height at the current place. */
    @FunctionalInterface
    public interface Painter {
        void paint(PDPageContentStream content, float x, float top, float width) throws IOException;
    }

    /** What was made, and which characters had to be replaced. */
    public record Report(int pages, Set<String> replacedCharacters) {
    }

    private record PageFrame(PDPage page, int copy, String headerLeft, String headerRight, String footerLeft) {
    }

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(document);
    private final DocumentInfo info;
    private final boolean rightToLeft;
    private final List<PageFrame> frames = new ArrayList<>();
    private final PDRectangle size;
    private PDPageContentStream content;
    private float y;
    private int copy = -1;
    private String headerLeft = "";
    private String headerRight = "";
    private String footerLeft = "";

    public FlowDocument(DocumentInfo info) {
        this(info, PDRectangle.A4);
    }

    /** A document on pages of this size (A4 or A3, either way up); the margins stay the same. */
    public FlowDocument(DocumentInfo info, PDRectangle size) {
        this.info = info;
        this.size = size;
        this.rightToLeft = VisualText.isRightToLeft(info.language());
    }

    /** A page size turned to landscape. */
    public static PDRectangle landscape(PDRectangle portrait) {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public float contentWidth() {
        return size.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    public float left() {
        return MARGIN_LEFT;
    }

    /** Whether the document's language is written from right to left, so its layout is mirrored. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** Room left on the current page, in points. */
    public float remaining() {
        return content == null ? 0 : y - MARGIN_BOTTOM;
    }

    /** The number of the current page within the current copy, as its footer will print it; 0 before any page. */
    public int pageNumber() {
        int number = 0;
        for (PageFrame frame : frames) {
            if (frame.copy() == copy) {
                number++;
            }
        }
        return number;
    }

    /** Starts a new copy on a new page; its pages are numbered from 1 and carry these texts. */
    public void startCopy(String headerLeftText, String headerRightText, String footerLeftText) {
        copy++;
        headerLeft = headerLeftText;
        headerRight = headerRightText;
        footerLeft = footerLeftText;
        newPage();
    }

    public void newPage() {
        closeContent();
        if (copy < 0) {
            copy = 0;
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        frames.add(new PageFrame(page, copy, headerLeft, headerRight, footerLeft));
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - MARGIN_TOP;
    }

    /** Moves to a new page unless {@code points} of room are left. */
    public void ensureSpace(float points) {
        if (content == null || remaining() < points) {
            newPage();
        }
    }

    public void space(float points) {
        if (content != null) {
            y -= Math.min(points, remaining());
        }
    }

    public void heading(String text, TextStyle style) {
        // A heading never ends a page: keep room for it and three lines of what follows.
        float needed = style.spaceBefore() + wrap(text, style, contentWidth()).size() * style.lineHeight()
                + 3 * TextStyle.BODY.lineHeight();
        ensureSpace(needed);
        paragraph(text, style);
    }

    public void paragraph(String text, TextStyle style) {
        writeLines(text, style, MARGIN_LEFT, contentWidth());
    }

    /** A bullet point; level 1 is a bullet under a bullet. */
    public void bullet(String text, int level, TextStyle style) {
        float indent = 14 + level * 16;
        float textWidth = contentWidth() - indent - 10;
        List<String> lines = wrap(text, style, textWidth);
        ensureSpace(style.lineHeight());
        float top = y;
        String mark = level == 0 ? "•" : "–";
        if (rightToLeft) {
            float end = MARGIN_LEFT + contentWidth() - indent;
            writeText(mark, style, end - width(mark, style), top - style.size());
            writeWrapped(lines, style, MARGIN_LEFT, textWidth);
        } else {
            writeText(mark, style, MARGIN_LEFT + indent, top - style.size());
            writeWrapped(lines, style, MARGIN_LEFT + indent + 10, textWidth);
        }
    }

    /** Draws {@code height} points with {@code painter}, on a new page if it does not fit here. */
    public void block(float height, Painter painter) {
        ensureSpace(height);
        try {
            painter.paint(content, MARGIN_LEFT, y, contentWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** Writes one line of text starting at {@code x}, its left end (for painters). */
    public void text(PDPageContentStream target, String text, TextStyle style, float x, float baseline)
            throws IOException {
        String visual = visual(text);
        if (visual.isEmpty()) {
            return;
        }
        target.beginText();
        target.setNonStrokingColor(style.color());
        target.newLineAtOffset(x, baseline);
        fonts.show(target, visual, style.face(), style.size());
        target.endText();
    }

    /** Writes one line of text ending at {@code right} (for painters; right-to-left lines start there). */
    public void textEndingAt(PDPageContentStream target, String text, TextStyle style, float right, float baseline)
            throws IOException {
        text(target, text, style, right - width(text, style), baseline);
    }

    public float width(String text, TextStyle style) {
        try {
            return fonts.width(visual(text), style.face(), style.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line as drawn: characters no font has replaced, Arabic joined, in left-to-right drawing order. */
    private String visual(String text) {
        return VisualText.visual(fonts.drawable(text), rightToLeft);
    }

    /** Splits {@code text} into lines no wider than {@code width}; "\n" forces a new line. */
    public List<String> wrap(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String rawLine : text.replace("\r\n", "\n").split("\n", -1)) {
            String hardLine = fonts.drawable(rawLine);
            StringBuilder line = new StringBuilder();
            for (String word : hardLine.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the line (a long address, a pasted link) is broken where it must be.
                String rest = word;
                // One character at least per line, so a line narrower than a letter still ends.
                while (rest.length() > 1 && width(rest, style) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), style) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds page headers and footers, makes the file PDF/A-2b and writes it. */
    public Report save(OutputStream out) throws IOException {
        if (content == null) {
            newPage();
        }
        closeContent();
        decorate();
        PdfA.apply(document, info);
        document.save(out);
        return new Report(document.getNumberOfPages(), fonts.replacedCharacters());
    }

    @Override
    public void close() throws IOException {
        closeContent();
        try {
            document.close();
        } finally {
            fonts.close();
        }
    }

    private void writeLines(String text, TextStyle style, float x, float width) {
        if (content != null && y < size.getHeight() - MARGIN_TOP) {
            space(style.spaceBefore());
        }
        writeWrapped(wrap(text, style, width), style, x, width);
    }

    /** Lines from the left end of their column, or, right to left, ending at its right end. */
    private void writeWrapped(List<String> lines, TextStyle style, float x, float columnWidth) {
        for (String line : lines) {
            ensureSpace(style.lineHeight());
            float lineX = rightToLeft ? x + columnWidth - width(line, style) : x;
            writeText(line, style, lineX, y - style.size());
            y -= style.lineHeight();
        }
        space(style.spaceAfter());
    }

    private void writeText(String line, TextStyle style, float x, float baseline) {
        if (line.isEmpty()) {
            return;
        }
        try {
            text(content, line, style, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void decorate() throws IOException {
        for (int i = 0; i < frames.size(); i++) {
            PageFrame frame = frames.get(i);
            int number = 1;
            int total = 0;
            for (int j = 0; j < frames.size(); j++) {
                if (frames.get(j).copy() == frame.copy()) {
                    total++;
                    if (j < i) {
                        number++;
                    }
                }
            }
            try (PDPageContentStream stream = new PDPageContentStream(document, frame.page(),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float top = size.getHeight() - 40;
                float right = size.getWidth() - MARGIN_RIGHT;
                TextStyle bold = TextStyle.SMALL.withFace(TextStyle.Face.BOLD);
                // The header's first text stands where lines start: on the right in a right-to-left document.
                placed(stream, frame.headerLeft(), TextStyle.SMALL, !rightToLeft, top);
                placed(stream, frame.headerRight(), bold, rightToLeft, top);
                stream.setStrokingColor(TextStyle.MUTED);
                stream.setLineWidth(0.4f);
                stream.moveTo(MARGIN_LEFT, 56);
                stream.lineTo(right, 56);
                stream.stroke();
                String pageText = pageText(info.language(), number, total);
                float pageWidth = width(pageText, TextStyle.SMALL);
                List<String> footer = wrap(frame.footerLeft(), TextStyle.SMALL,
                        contentWidth() - pageWidth - 20);
                placed(stream, footer.isEmpty() ? "" : footer.getFirst(), TextStyle.SMALL, !rightToLeft, 44);
                placed(stream, pageText, TextStyle.SMALL, rightToLeft, 44);
            }
        }
    }

    /** One line against the left margin or against the right one. */
    private void placed(PDPageContentStream stream, String text, TextStyle style, boolean atLeft, float baseline)
            throws IOException {
        if (atLeft) {
            text(stream, text, style, MARGIN_LEFT, baseline);
        } else {
            textEndingAt(stream, text, style, size.getWidth() - MARGIN_RIGHT, baseline);
        }
    }

    /** "Sida 2 av 5" in the document's language where we have it (forms are printed in many), else Swedish. */
    static String pageText(String language, int number, int total) {
        String code = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        if (code.startsWith("en")) {
            return "Page " + number + " of " + total;
        } else if (code.startsWith("ar")) {
            return "صفحة " + number + " من " + total;
        } else if (code.startsWith("fa")) {
            return "صفحه " + number + " از " + total;
        }
        return "Sida " + number + " av " + total;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
