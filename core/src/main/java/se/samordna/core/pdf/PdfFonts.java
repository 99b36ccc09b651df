package se.samordna.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a document draws with, embedded as subsets, chosen per character: Liberation Sans for
 * Latin, Greek and Cyrillic (Swedish, English, Somali, Ukrainian …), Noto Sans Arabic for Arabic and
 * Persian, Noto Sans Ethiopic for Tigrinya and Amharic. A Noto font is read and embedded only in a
 * document that uses it. Characters no font can draw (emoji, scripts none has) are replaced with
 * "?" and remembered, so the caller can say which ones, instead of failing.
 *
 * <p>Glyph substitution (the fonts' GSUB table) is switched off. Latin prose needs no ligatures, and
 * PDFBox's Latin GSUB worker builds regular expressions for every string it shows: with it on, four
 * fifths of a report's export time went to it (ReportPdfBench). Without ligatures "fi" and "fl" also
 * stay two letters when the text is copied out of the PDF. PDFBox has no GSUB worker for Arabic at
 * all; Arabic letters are joined before they get here, as presentation forms that the font's cmap
 * draws directly ({@link VisualText}, decision 0010).
 */
public final class PdfFonts implements AutoCloseable {

    /** A family we embed, in the order a character's font is looked for; files by face. */
    enum Family {
        LIBERATION("/liberation/LiberationSans-Regular.ttf", "/liberation/LiberationSans-Bold.ttf",
                "/liberation/LiberationSans-Italic.ttf"),
        // No italic Arabic or Ethiopic exists: italic text in those scripts is drawn upright.
        NOTO_ARABIC("/noto/NotoSansArabic-Regular.ttf", "/noto/NotoSansArabic-Bold.ttf",
                "/noto/NotoSansArabic-Regular.ttf"),
        NOTO_ETHIOPIC("/noto/NotoSansEthiopic-Regular.ttf", "/noto/NotoSansEthiopic-Bold.ttf",
                "/noto/NotoSansEthiopic-Regular.ttf");

        private final String[] files;

        Family(String... files) {
            this.files = files;
        }

        String file(TextStyle.Face face) {
            return files[face.ordinal()];
        }
    }

    private static final Family[] FAMILIES = Family.values();
    private static final byte UNKNOWN = -2;
    private static final byte NO_FONT = -1;
    /** Per character of the Basic Multilingual Plane, the first family all of whose faces draw it. */
    private static final byte[] FAMILY_OF = new byte[0x10000];
    private static final BitSet[] COVERAGE = new BitSet[FAMILIES.length];

    static {
        Arrays.fill(FAMILY_OF, UNKNOWN);
    }

    private final PDDocument document;
    private final Map<String, PDType0Font> loaded = new HashMap<>();
    private final Map<String, TrueTypeFont> parsed = new HashMap<>();
    private final Set<String> replaced = new TreeSet<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The characters replaced so far, each as it was typed. */
    public Set<String> replacedCharacters() {
        return Set.copyOf(replaced);
    }

    /** {@code text} with every character some font can draw; others become "?". */
    public String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement;
            if (cp == '\t') {
                replacement = " ";
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x200B) {
                // Invisible control characters carry nothing to print.
                replacement = "";
            } else if (familyOf(cp) >= 0) {
                replacement = null;
            } else {
                replaced.add(new String(Character.toChars(cp)));
                replacement = "?";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement == null) {
                    out.append(text, i, next);
                } else {
                    out.append(replacement);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The width of {@code visual} (drawable, in drawing order) in points. */
    float width(String visual, TextStyle.Face face, float size) throws IOException {
        float width = 0;
        int start = 0;
        while (start < visual.length()) {
            Family family = familyAt(visual, start);
            int end = runEnd(visual, start, family);
            width += font(family, face).getStringWidth(visual.substring(start, end));
            start = end;
        }
        return width / 1000f * size;
    }

    /** Shows {@code visual} (drawable, in drawing order) from the current text position, font by font. */
    void show(PDPageContentStream content, String visual, TextStyle.Face face, float size) throws IOException {
        int start = 0;
        while (start < visual.length()) {
            Family family = familyAt(visual, start);
            int end = runEnd(visual, start, family);
            content.setFont(font(family, face), size);
            content.showText(visual.substring(start, end));
            start = end;
        }
    }

    /** Closes the parsed fonts; call after the document is saved (the subsets are made on saving). */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : parsed.values()) {
            font.close();
        }
        parsed.clear();
        loaded.clear();
    }

    private static Family familyAt(String text, int index) {
        int family = familyOf(text.codePointAt(index));
        // drawable() lets only drawable characters through; a stray one is drawn in the first font,
        // whose "?" it then is.
        return FAMILIES[Math.max(0, family)];
    }

    private static int runEnd(String text, int start, Family family) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            // Spaces and other characters every family has stay in the run they are in.
            int own = familyOf(cp);
            if (own != family.ordinal() && !(own >= 0 && covers(family, cp))) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private PDType0Font font(Family family, TextStyle.Face face) {
        String file = family.file(face);
        PDType0Font font = loaded.get(file);
        if (font == null) {
            TrueTypeFont parsedFont = parse(file);
            parsed.put(file, parsedFont);
            try {
                font = PDType0Font.load(document, parsedFont, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded.put(file, font);
        }
        return font;
    }

    /** The family that draws a character, or -1 when none does. */
    static int familyOf(int codePoint) {
        if (codePoint > 0xFFFF) {
            // None of our fonts has a character outside the Basic Multilingual Plane (emoji and the like).
            return NO_FONT;
        }
        byte family = FAMILY_OF[codePoint];
        if (family == UNKNOWN) {
            family = NO_FONT;
            for (Family candidate : FAMILIES) {
                if (covers(candidate, codePoint)) {
                    family = (byte) candidate.ordinal();
                    break;
                }
            }
            FAMILY_OF[codePoint] = family;
        }
        return family;
    }

    private static boolean covers(Family family, int codePoint) {
        return codePoint <= 0xFFFF && coverage(family).get(codePoint);
    }

    /** The characters all faces of a family draw; read from the fonts' cmaps once per run of Samordna. */
    private static BitSet coverage(Family family) {
        synchronized (COVERAGE) {
            BitSet coverage = COVERAGE[family.ordinal()];
            if (coverage == null) {
                coverage = new BitSet(0x10000);
                coverage.set(0, 0x10000);
                for (TextStyle.Face face : TextStyle.Face.values()) {
                    try (TrueTypeFont font = parse(family.file(face))) {
                        CmapLookup cmap = font.getUnicodeCmapLookup();
                        for (int cp = coverage.nextSetBit(0); cp >= 0; cp = coverage.nextSetBit(cp + 1)) {
                            if (cmap.getGlyphId(cp) <= 0) {
                                coverage.clear(cp);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                COVERAGE[family.ordinal()] = coverage;
            }
            return coverage;
        }
    }

    private static TrueTypeFont parse(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + file);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
