package se.samordna.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, embedded as subsets. Characters the font cannot draw (emoji, scripts it lacks)
 * are replaced with "?" and remembered, so the caller can say which ones, instead of failing.
 *
 * <p>Glyph substitution (the fonts' GSUB table: ligatures) is switched off. Our texts are Swedish and
 * English prose, which needs none, and PDFBox's Latin GSUB worker builds regular expressions for every
 * string it shows: with it on, four fifths of a report's export time went to it (ReportPdfBench).
 * Without ligatures "fi" and "fl" also stay two letters when the text is copied out of the PDF.
 */
public final class PdfFonts implements AutoCloseable {
    private final List<TrueTypeFont> parsed = new ArrayList<>(3);
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font italic;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final Set<String> replaced = new TreeSet<>();

    PdfFonts(PDDocument document) {
        regular = load(document, "LiberationSans-Regular.ttf");
        bold = load(document, "LiberationSans-Bold.ttf");
        italic = load(document, "LiberationSans-Italic.ttf");
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    public PDType0Font italic() {
        return italic;
    }

    /** The characters replaced so far, each as it was typed. */
    public Set<String> replacedCharacters() {
        return Set.copyOf(replaced);
    }

    /** {@code text} with every character all three fonts can draw; others become "?". */
    public String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x200B) {
                // Invisible control characters carry nothing to print.
            } else if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                replaced.add(new String(Character.toChars(cp)));
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            String text = new String(Character.toChars(cp));
            return encodes(regular, text) && encodes(bold, text) && encodes(italic, text);
        });
    }

    private static boolean encodes(PDType0Font font, String text) {
        // For fonts with a GSUB table, showText looks glyphs up in the cmap and fails on a missing
        // one; ask the same table. encode() is the fallback for fonts without a cmap lookup.
        CmapLookup cmap = font.getCmapLookup();
        if (cmap != null) {
            return cmap.getGlyphId(text.codePointAt(0)) > 0;
        }
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            return false;
        }
    }

    /** Closes the parsed fonts; call after the document is saved (the subsets are made on saving). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : parsed) {
            font.close();
        }
        parsed.clear();
    }

    private PDType0Font load(PDDocument document, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + file);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            parsed.add(font);
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
