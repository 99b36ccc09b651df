package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Files written by the app read back as a person would see them, and files for it to read. */
final class Documents {
    private Documents() {
    }

    /** The text of a PDF, every page. */
    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pdfPages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The cells of every sheet as text, sheet name first: {sheet -> rows -> cells}. */
    static Map<String, List<List<String>>> xlsxCells(Path xlsx) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** One part of a zip package (a .docx), as text. */
    static String zipEntry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }

    /** The visible text of a Word document's body: its runs joined, paragraphs on lines of their own. */
    static String docxText(Path docx) throws IOException {
        String xml = zipEntry(docx, "word/document.xml");
        return xml.replaceAll("</w:p>", "\n").replaceAll("<w:tab/>", "\t").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** A one-page PDF with {@code text} on it, as a scanner would make of a signed agreement. */
    static Path onePagePdf(Path file, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * Checks that {@code name} can be created on Windows, macOS and Linux: no forbidden or control
     * character, no trailing dot or space, not a device name, at most 120 characters and 255 bytes,
     * and ending in {@code extension}. Independent of FileNames, so it also checks that.
     */
    static void assertPortable(String name, String extension) {
        assertThat(name).as("suggested name").isNotBlank().endsWith(extension);
        assertThat(name.codePoints().filter(cp -> cp < 32 || cp == 127 || "<>:\"/\\|?*".indexOf(cp) >= 0).count())
                .as("forbidden characters in %s", name).isZero();
        assertThat(name).as(name).doesNotEndWith(".").doesNotEndWith(" ").doesNotStartWith(".");
        assertThat(name.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT))
                .as("Windows device name").doesNotMatch("CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9¹²³]");
        assertThat(name.codePointCount(0, name.length())).as("characters in %s", name).isLessThanOrEqualTo(120);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).as("bytes in %s", name).isLessThanOrEqualTo(255);
    }
}
