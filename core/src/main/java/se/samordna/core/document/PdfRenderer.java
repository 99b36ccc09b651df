package se.samordna.core.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import se.samordna.core.document.Block.BulletList;
import se.samordna.core.document.Block.Chart;
import se.samordna.core.document.Block.Contents;
import se.samordna.core.document.Block.Cover;
import se.samordna.core.document.Block.Figure;
import se.samordna.core.document.Block.Heading;
import se.samordna.core.document.Block.Labelled;
import se.samordna.core.document.Block.PageBreak;
import se.samordna.core.document.Block.Paragraph;
import se.samordna.core.document.Block.Role;
import se.samordna.core.document.Block.Table;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * A {@link Document} as a PDF/A on {@link FlowDocument}: right-to-left languages, Arabic joining and
 * font fallback come with it. A document with {@link Contents} is laid out twice: once to learn the
 * page every level-1 heading starts on, then written with those numbers.
 */
public final class PdfRenderer {
    static final TextStyle SECTION = TextStyle.HEADING.withSize(15).withSpacing(20, 6);
    static final TextStyle GUIDANCE = TextStyle.SMALL.withSize(9).withSpacing(0, 8);
    static final TextStyle MISSING = TextStyle.BODY.withFace(TextStyle.Face.ITALIC).withColor(TextStyle.MUTED);
    static final TextStyle NOTE = TextStyle.SMALL.withSize(9).withSpacing(2, 6);
    static final TextStyle ITEM = TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(8, 2);
    static final TextStyle DETAILS = TextStyle.BODY.withSize(9.5f).withColor(TextStyle.MUTED).withSpacing(0, 6);
    static final TextStyle LIST = TextStyle.BODY.withSpacing(0, 3);

    private final Document document;
    private final FlowDocument pdf;
    /** The page of each level-1 heading (by its place among the blocks), as the contents print them. */
    private final Map<Integer, Integer> pages;
    private final Map<Integer, Integer> found = new LinkedHashMap<>();

    private PdfRenderer(Document document, FlowDocument pdf, Map<Integer, Integer> pages) {
        this.document = document;
        this.pdf = pdf;
        this.pages = pages;
    }

    /** Writes the document; the contents take one page whatever the numbers, so both layouts agree. */
    public static FlowDocument.Report render(Document document, OutputStream out) throws IOException {
        if (document.blocks().stream().noneMatch(Contents.class::isInstance)) {
            return write(document, Map.of(), out).report;
        }
        Map<Integer, Integer> pages = write(document, Map.of(), null).found;
        Written written = write(document, pages, out);
        if (!written.found.equals(pages)) {
            throw new IllegalStateException("The contents moved the sections: " + pages + " → " + written.found);
        }
        return written.report;
    }

    /**
     * How many pages the blocks fill, laid out with the real fonts, width and spacing from the top
     * of a page with no running head (2.5 = two pages and a half).
     */
    public static double measurePages(Document document) {
        try (FlowDocument pdf = new FlowDocument(document.info(), size(document))) {
            pdf.newPage();
            float usable = pdf.remaining();
            new PdfRenderer(document, pdf, Map.of()).blocks();
            float used = (pdf.pageNumber() - 1) * usable + (usable - pdf.remaining());
            return used / usable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Written(FlowDocument.Report report, Map<Integer, Integer> found) {
    }

    private static Written write(Document document, Map<Integer, Integer> pages, OutputStream out)
            throws IOException {
        try (FlowDocument pdf = new FlowDocument(document.info(), size(document))) {
            Document.RunningHead head = document.head();
            pdf.startCopy(head.left(), head.right(), head.footer());
            PdfRenderer renderer = new PdfRenderer(document, pdf, pages);
            renderer.blocks();
            return new Written(out == null ? null : pdf.save(out), renderer.found);
        }
    }

    static PDRectangle size(Document document) {
        PDRectangle paper = document.paper() == Document.Paper.A3 ? PDRectangle.A3 : PDRectangle.A4;
        return document.orientation() == Document.Orientation.LANDSCAPE
                ? new PDRectangle(paper.getHeight(), paper.getWidth()) : paper;
    }

    private void blocks() {
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            switch (blocks.get(i)) {
                case Cover cover -> cover(cover);
                case Contents contents -> contents(contents, i);
                case Heading heading -> heading(heading, i);
                case Paragraph paragraph -> paragraph(paragraph, i);
                case Labelled labelled -> labelled(labelled);
                case BulletList list -> list.items().forEach(item -> pdf.bullet(item, 0, LIST));
                case Table table -> PdfTable.draw(pdf, table);
                case Chart chart -> PdfBarChart.draw(pdf, chart);
                case Figure figure -> {
                    pdf.ensureSpace(figure.height().height(pdf));
                    figure.pdf().paint(pdf);
                }
                case PageBreak pageBreak -> pdf.newPage();
            }
        }
    }

    private void cover(Cover cover) {
        pdf.space(120);
        pdf.paragraph(cover.kicker(), TextStyle.SMALL.withSpacing(0, 10));
        pdf.paragraph(cover.title(), TextStyle.TITLE.withSize(26).withSpacing(0, 14));
        pdf.paragraph(cover.subtitle(), TextStyle.TITLE.withSize(16).withColor(TextStyle.ACCENT).withSpacing(0, 2));
        cover.lines().forEach(line -> pdf.paragraph(line, TextStyle.BODY.withSize(12).withSpacing(0, 2)));
        pdf.space(40);
        TextStyle facts = TextStyle.BODY.withSize(11).withSpacing(0, 3);
        cover.facts().forEach(fact -> pdf.paragraph(fact, facts));
        pdf.space(30);
        pdf.paragraph(cover.due(), TextStyle.BODY.withSize(11).withFace(TextStyle.Face.BOLD));
        pdf.paragraph(cover.note(), TextStyle.SMALL.withSpacing(4, 0));
    }

    /** The level-1 headings after {@code from}, by their place among the blocks. */
    static Map<Integer, String> sections(Document document, int from) {
        Map<Integer, String> entries = new LinkedHashMap<>();
        List<Block> blocks = document.blocks();
        for (int i = from + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading && heading.level() == 1) {
                entries.put(i, heading.text());
            }
        }
        return entries;
    }

    /** The contents on one page: every section with the page it starts on ("–" before it is known). */
    private void contents(Contents contents, int at) {
        pdf.paragraph(contents.title(), TextStyle.TITLE.withSpacing(0, 14));
        TextStyle style = TextStyle.BODY.withSize(11);
        TextStyle dots = TextStyle.SMALL;
        for (Map.Entry<Integer, String> entry : sections(document, at).entrySet()) {
            Integer page = pages.get(entry.getKey());
            String number = page == null ? "–" : String.valueOf(page);
            List<String> lines = pdf.wrap(entry.getValue(), style, pdf.contentWidth() - 60);
            float height = lines.size() * style.lineHeight() + 7;
            pdf.block(height, (content, x, top, width) -> {
                float y = top - style.size();
                for (String line : lines) {
                    pdf.text(content, line, style, x, y);
                    y -= style.lineHeight();
                }
                float lastY = y + style.lineHeight();
                float from = x + pdf.width(lines.getLast(), style) + 6;
                float numberX = x + width - pdf.width(number, style);
                StringBuilder leader = new StringBuilder();
                while (pdf.width(leader + " .", dots) < numberX - 6 - from) {
                    leader.append(" .");
                }
                pdf.text(content, leader.toString(), dots, numberX - 6 - pdf.width(leader.toString(), dots), lastY);
                pdf.text(content, number, style, numberX, lastY);
            });
        }
    }

    private void heading(Heading heading, int at) {
        if (heading.level() == 1) {
            keepWithStart(heading, at);
            pdf.heading(heading.text(), SECTION);
            found.put(at, pdf.pageNumber());
        } else if (heading.item()) {
            pdf.heading(heading.text(), ITEM);
        } else {
            pdf.heading(heading.text(), heading.level() == 2 ? TextStyle.HEADING : TextStyle.SUBHEADING);
        }
    }

    /**
     * Starts a new page unless a section's heading, its intro and the start of what follows fit
     * here: a figure or table whole (with a note just before it), else four lines of text. A
     * heading with neither intro nor figure after it is kept with three lines, as any heading.
     */
    private void keepWithStart(Heading heading, int at) {
        List<Block> blocks = document.blocks();
        float width = pdf.contentWidth();
        float needed = SECTION.spaceBefore() + pdf.wrap(heading.text(), SECTION, width).size() * SECTION.lineHeight()
                + SECTION.spaceAfter();
        int next = at + 1;
        StringBuilder intro = new StringBuilder();
        TextStyle introStyle = null;
        while (next < blocks.size() && blocks.get(next) instanceof Paragraph paragraph
                && (paragraph.role() == Role.GUIDANCE || paragraph.role() == Role.INTRO)) {
            intro.append(intro.isEmpty() ? "" : "\n\n").append(paragraph.text());
            introStyle = style(paragraph);
            next++;
        }
        if (introStyle != null) {
            needed += pdf.wrap(intro.toString(), introStyle, width).size() * introStyle.lineHeight()
                    + introStyle.spaceAfter();
        }
        float start = 4 * TextStyle.BODY.lineHeight();
        Block first = next < blocks.size() ? blocks.get(next) : null;
        Block second = next + 1 < blocks.size() ? blocks.get(next + 1) : null;
        if (first instanceof Figure figure) {
            start = figure.height().height(pdf);
        } else if (first instanceof Paragraph note && note.role() == Role.NOTE && second instanceof Figure figure) {
            start = height(note) + figure.height().height(pdf);
        } else if (first instanceof Table table) {
            start = table.keptWhole() ? PdfTable.height(pdf, table) : PdfTable.headAndFirstRow(pdf, table);
        } else if (introStyle == null) {
            return;
        }
        pdf.ensureSpace(needed + start);
    }

    private void paragraph(Paragraph paragraph, int at) {
        List<Block> blocks = document.blocks();
        // A note says what the figure after it shows: they go on the same page.
        if (paragraph.role() == Role.NOTE && at + 1 < blocks.size() && blocks.get(at + 1) instanceof Figure figure) {
            pdf.ensureSpace(style(paragraph).spaceBefore() + height(paragraph) + figure.height().height(pdf));
        }
        pdf.paragraph(paragraph.text(), style(paragraph));
    }

    private float height(Paragraph paragraph) {
        TextStyle style = style(paragraph);
        return pdf.wrap(paragraph.text(), style, pdf.contentWidth()).size() * style.lineHeight() + style.spaceAfter();
    }

    static TextStyle style(Paragraph paragraph) {
        TextStyle style = switch (paragraph.role()) {
            case BODY, INTRO -> TextStyle.BODY;
            case NOTE -> NOTE;
            case GUIDANCE -> GUIDANCE;
            case MISSING -> MISSING;
            case DETAILS -> DETAILS;
        };
        Block.Spacing spacing = paragraph.spacing();
        return spacing == null ? style : style.withSpacing(spacing.before(), spacing.after());
    }

    /** "Antal gravida: 42" on one line; a missing value in the style of what is missing, after the label. */
    private void labelled(Labelled labelled) {
        String label = labelled.label();
        TextStyle style = TextStyle.BODY.withSpacing(4, 2);
        if (!labelled.missing()) {
            pdf.paragraph(label + " " + labelled.value(), style);
            return;
        }
        List<String> lines = pdf.wrap(label + " " + labelled.value(), style, pdf.contentWidth());
        if (lines.size() > 1) {
            pdf.paragraph(label, style.withSpacing(4, 0));
            pdf.paragraph(labelled.value(), MISSING);
            return;
        }
        pdf.space(style.spaceBefore());
        pdf.block(style.lineHeight() + style.spaceAfter(), (content, x, top, width) -> {
            pdf.text(content, label, style, x, top - style.size());
            pdf.text(content, labelled.value(), MISSING, x + pdf.width(label + " ", style), top - style.size());
        });
    }
}
