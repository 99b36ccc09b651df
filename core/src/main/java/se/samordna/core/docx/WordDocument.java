package se.samordna.core.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samordna.core.pdf.DocumentInfo;

/**
 * A Word document (Office Open XML, .docx) for those who go on editing in Word or LibreOffice:
 * A4, the built-in heading styles (so Word's navigation pane and table of contents work), bulleted
 * lists, simple tables, a table of contents Word fills in when the file is opened, and "Sida X av Y"
 * in the footer. Written with the JDK's XML writer, which escapes every text; characters XML cannot
 * carry (control characters) are left out. See docs/decisions/0007 for why no library is used.
 */
public final class WordDocument {
    /** The paragraph styles the document defines. */
    public enum Style {
        NORMAL("Normal"), TITLE("Title"), SUBTITLE("Subtitle"), HEADING1("Heading1"), HEADING2("Heading2"),
        HEADING3("Heading3"), NOTE("Note"), EMPTY("Empty"), LIST("ListBullet");

        private final String id;

        Style(String id) {
            this.id = id;
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();
    /** The left and right margins, in twentieths of a point. */
    private static final int SIDE_MARGIN = 1304;

    /** A sheet's width and height in twentieths of a point: A4 (11 906 × 16 838) unless asked otherwise. */
    public record PageSize(int width, int height) {
        public static final PageSize A4 = new PageSize(11906, 16838);
        public static final PageSize A3 = new PageSize(16838, 23811);

        public PageSize turned() {
            return new PageSize(height, width);
        }
    }

    private final DocumentInfo info;
    private final PageSize page;
    /** The page's width less the margins, in twentieths of a point. */
    private final int contentWidth;
    private final StringWriter body = new StringWriter();
    private final XMLStreamWriter xml;
    private boolean saved;

    public WordDocument(DocumentInfo info) {
        this(info, PageSize.A4);
    }

    public WordDocument(DocumentInfo info, PageSize page) {
        this.info = info;
        this.page = page;
        this.contentWidth = page.width() - 2 * SIDE_MARGIN;
        try {
            xml = XML.createXMLStreamWriter(body);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("w", W);
            xml.setPrefix("r", R);
            xml.writeStartElement("w", "document", W);
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
            xml.writeStartElement("w", "body", W);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph in the body text style; line breaks in {@code text} stay line breaks. */
    public void paragraph(String text) {
        paragraph(text, Style.NORMAL);
    }

    public void paragraph(String text, Style style) {
        write(() -> {
            startParagraph(style, false);
            run(text, false);
            xml.writeEndElement();
        });
    }

    /** A heading of level 1–3 in Word's own heading styles, so it appears in the table of contents. */
    public void heading(String text, int level) {
        paragraph(text, switch (level) {
            case 1 -> Style.HEADING1;
            case 2 -> Style.HEADING2;
            default -> Style.HEADING3;
        });
    }

    /** "Label: value" on one line, the label in bold. */
    public void labelled(String label, String value, boolean valueMissing) {
        write(() -> {
            startParagraph(Style.NORMAL, false);
            run(label + " ", true);
            if (valueMissing) {
                startRun();
                xml.writeStartElement("w", "rPr", W);
                empty("i");
                color("6B6B6B");
                xml.writeEndElement();
                lines(value);
                xml.writeEndElement();
            } else {
                run(value, false);
            }
            xml.writeEndElement();
        });
    }

    /** One item of a bulleted list. */
    public void bullet(String text) {
        paragraph(text, Style.LIST);
    }

    /** A paragraph that starts on a new page. */
    public void pageBreak() {
        write(() -> {
            startParagraph(Style.NORMAL, false);
            startRun();
            xml.writeStartElement("w", "br", W);
            xml.writeAttribute("w", W, "type", "page");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /**
     * A table of contents of headings 1–2: Word fields that Word fills in with page numbers when it
     * opens the file (it asks first). Until then, and in programs that do not update fields, it
     * lists {@code entries}, the headings as they are, without page numbers.
     */
    public void tableOfContents(List<String> entries) {
        write(() -> {
            for (int i = 0; i < entries.size(); i++) {
                xml.writeStartElement("w", "p", W);
                xml.writeStartElement("w", "pPr", W);
                valued("pStyle", "TOC1");
                xml.writeEndElement();
                if (i == 0) {
                    field("begin");
                    startRun();
                    xml.writeStartElement("w", "instrText", W);
                    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                    xml.writeCharacters(" TOC \\o \"1-2\" \\h \\z \\u ");
                    xml.writeEndElement();
                    xml.writeEndElement();
                    field("separate");
                }
                run(entries.get(i), false);
                if (i == entries.size() - 1) {
                    field("end");
                }
                xml.writeEndElement();
            }
        });
    }

    /**
     * A table with a shaded header row; {@code numeric} columns are right-aligned. With
     * {@code lastRowBold} the last row is a total.
     */
    public void table(List<String> header, List<List<String>> rows, boolean[] numeric, boolean lastRowBold) {
        table(header, rows, numeric, lastRowBold, null);
    }

    /** As {@link #table(List, List, boolean[], boolean)}, with each column's share of the width (summing to 1). */
    public void table(List<String> header, List<List<String>> rows, boolean[] numeric, boolean lastRowBold,
                      double[] shares) {
        table(header, rows, numeric, lastRowBold, shares, true);
    }

    /**
     * As {@link #table(List, List, boolean[], boolean, double[])}; a table not {@code keptWhole} (a
     * plan's long table) breaks between rows, its header row repeated on every page.
     */
    public void table(List<String> header, List<List<String>> rows, boolean[] numeric, boolean lastRowBold,
                      double[] shares, boolean keptWhole) {
        if (header.isEmpty() || shares != null && shares.length != header.size()
                || rows.stream().anyMatch(row -> row.size() != header.size())) {
            throw new IllegalArgumentException("Every row and the widths need one cell per column of " + header);
        }
        int[] widths = shares == null ? columnWidths(header.size()) : widths(shares);
        write(() -> {
            xml.writeStartElement("w", "tbl", W);
            xml.writeStartElement("w", "tblPr", W);
            valued("tblStyle", "Tabell");
            xml.writeEmptyElement("w", "tblW", W);
            xml.writeAttribute("w", W, "w", "5000");
            xml.writeAttribute("w", W, "type", "pct");
            xml.writeEmptyElement("w", "tblLayout", W);
            xml.writeAttribute("w", W, "type", "fixed");
            xml.writeEndElement();
            xml.writeStartElement("w", "tblGrid", W);
            for (int width : widths) {
                xml.writeEmptyElement("w", "gridCol", W);
                xml.writeAttribute("w", W, "w", String.valueOf(width));
            }
            xml.writeEndElement();
            row(header, numeric, true, true, widths, !rows.isEmpty());
            for (int i = 0; i < rows.size(); i++) {
                boolean last = i == rows.size() - 1;
                row(rows.get(i), numeric, false, lastRowBold && last, widths, keptWhole && !last);
            }
            xml.writeEndElement();
            paragraph("", Style.NOTE);
        });
    }

    /** Writes the .docx. */
    public void save(OutputStream out) throws IOException {
        if (!saved) {
            write(() -> {
                sectionProperties();
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.flush();
            });
            saved = true;
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, "[Content_Types].xml", Parts.CONTENT_TYPES);
        put(zip, "_rels/.rels", Parts.ROOT_RELATIONSHIPS);
        put(zip, "docProps/core.xml", coreProperties());
        put(zip, "docProps/app.xml", Parts.APP_PROPERTIES);
        put(zip, "word/_rels/document.xml.rels", Parts.DOCUMENT_RELATIONSHIPS);
        put(zip, "word/document.xml", body.toString());
        put(zip, "word/styles.xml", Parts.styles(language()));
        put(zip, "word/settings.xml", Parts.SETTINGS);
        put(zip, "word/numbering.xml", Parts.NUMBERING);
        put(zip, "word/footer1.xml", Parts.footer(info.language().startsWith("en") ? "Page" : "Sida",
                info.language().startsWith("en") ? "of" : "av"));
        zip.finish();
    }

    // --- the body ---

    /** A row; with {@code keepWithNext} its paragraphs keep it on the page of the next row (the table stays whole). */
    private void row(List<String> cells, boolean[] numeric, boolean header, boolean bold, int[] widths,
                     boolean keepWithNext) throws XMLStreamException {
        xml.writeStartElement("w", "tr", W);
        if (header) {
            xml.writeStartElement("w", "trPr", W);
            empty("tblHeader");
            empty("cantSplit");
            xml.writeEndElement();
        }
        for (int c = 0; c < cells.size(); c++) {
            xml.writeStartElement("w", "tc", W);
            xml.writeStartElement("w", "tcPr", W);
            xml.writeEmptyElement("w", "tcW", W);
            xml.writeAttribute("w", W, "w", String.valueOf(widths[c]));
            xml.writeAttribute("w", W, "type", "dxa");
            if (header) {
                xml.writeStartElement("w", "shd", W);
                xml.writeAttribute("w", W, "val", "clear");
                xml.writeAttribute("w", W, "color", "auto");
                xml.writeAttribute("w", W, "fill", "E3EEEE");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            startParagraph(Style.NORMAL, c < numeric.length && numeric[c], keepWithNext);
            run(cells.get(c), bold || header);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private int[] widths(double[] shares) {
        int[] widths = new int[shares.length];
        for (int c = 0; c < shares.length; c++) {
            widths[c] = (int) Math.round(contentWidth * shares[c]);
        }
        return widths;
    }

    /** Column widths in twentieths of a point: the first (the names) wider, the rest shared. */
    private int[] columnWidths(int columns) {
        int[] widths = new int[columns];
        if (columns == 1) {
            widths[0] = contentWidth;
            return widths;
        }
        widths[0] = columns == 2 ? contentWidth / 2 : contentWidth * 2 / 5;
        for (int c = 1; c < columns; c++) {
            widths[c] = (contentWidth - widths[0]) / (columns - 1);
        }
        return widths;
    }

    private void startParagraph(Style style, boolean right) throws XMLStreamException {
        startParagraph(style, right, false);
    }

    private void startParagraph(Style style, boolean right, boolean keepNext) throws XMLStreamException {
        xml.writeStartElement("w", "p", W);
        if (style != Style.NORMAL || right || keepNext) {
            xml.writeStartElement("w", "pPr", W);
            if (style != Style.NORMAL) {
                valued("pStyle", style.id);
            }
            if (keepNext) {
                empty("keepNext");
            }
            if (right) {
                valued("jc", "right");
            }
            xml.writeEndElement();
        }
    }

    private void startRun() throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
    }

    /** A run of text; its line breaks become Word line breaks. */
    private void run(String text, boolean bold) throws XMLStreamException {
        startRun();
        if (bold) {
            xml.writeStartElement("w", "rPr", W);
            empty("b");
            xml.writeEndElement();
        }
        lines(text);
        xml.writeEndElement();
    }

    /** Text inside a run, its line breaks as Word line breaks. */
    private void lines(String text) throws XMLStreamException {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                empty("br");
            }
            text(lines[i]);
        }
    }

    private void text(String text) throws XMLStreamException {
        xml.writeStartElement("w", "t", W);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private void field(String type) throws XMLStreamException {
        startRun();
        xml.writeStartElement("w", "fldChar", W);
        xml.writeAttribute("w", W, "fldCharType", type);
        if (type.equals("begin")) {
            xml.writeAttribute("w", W, "dirty", "true");
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void color(String hex) throws XMLStreamException {
        valued("color", hex);
    }

    private void empty(String name) throws XMLStreamException {
        xml.writeEmptyElement("w", name, W);
    }

    private void valued(String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", name, W);
        xml.writeAttribute("w", W, "val", value);
    }

    /** Text XML 1.0 can carry: tabs become spaces, other control characters and BOMs are left out. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || cp >= 0x20 && cp <= 0xD7FF && cp != 0x7F || cp >= 0xE000 && cp <= 0xFFFD
                    && cp != 0xFEFF || cp >= 0x10000 && cp <= 0x10FFFF) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** A4 with 2.3 cm margins left and right, the footer with the page numbers. */
    private void sectionProperties() throws XMLStreamException {
        xml.writeStartElement("w", "sectPr", W);
        xml.writeEmptyElement("w", "footerReference", W);
        xml.writeAttribute("w", W, "type", "default");
        xml.writeAttribute("r", R, "id", "rIdFooter");
        xml.writeEmptyElement("w", "pgSz", W);
        xml.writeAttribute("w", W, "w", String.valueOf(page.width()));
        xml.writeAttribute("w", W, "h", String.valueOf(page.height()));
        if (page.width() > page.height()) {
            xml.writeAttribute("w", W, "orient", "landscape");
        }
        xml.writeEmptyElement("w", "pgMar", W);
        for (String[] margin : new String[][] {{"top", "1418"}, {"right", "1304"}, {"bottom", "1418"},
                {"left", "1304"}, {"header", "709"}, {"footer", "709"}, {"gutter", "0"}}) {
            xml.writeAttribute("w", W, margin[0], margin[1]);
        }
        xml.writeEndElement();
    }

    private String coreProperties() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter core = XML.createXMLStreamWriter(out);
            core.writeStartDocument("UTF-8", "1.0");
            core.writeStartElement("cp", "coreProperties", Parts.CP);
            core.writeNamespace("cp", Parts.CP);
            core.writeNamespace("dc", Parts.DC);
            core.writeNamespace("dcterms", Parts.DCTERMS);
            core.writeNamespace("xsi", Parts.XSI);
            element(core, "dc", Parts.DC, "title", info.title());
            element(core, "dc", Parts.DC, "subject", info.subject());
            element(core, "dc", Parts.DC, "creator", info.author());
            element(core, "cp", Parts.CP, "keywords", info.keywords());
            element(core, "dc", Parts.DC, "language", info.language());
            core.writeStartElement("dcterms", "created", Parts.DCTERMS);
            core.writeAttribute("xsi", Parts.XSI, "type", "dcterms:W3CDTF");
            core.writeCharacters(info.created().toOffsetDateTime().withNano(0)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            core.writeEndElement();
            core.writeEndElement();
            core.writeEndDocument();
            core.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String prefix, String namespace, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private String language() {
        return info.language().isBlank() ? "sv-SE" : info.language();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @FunctionalInterface
    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private void write(XmlWork work) {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Could not write the Word document", e));
        }
    }
}
