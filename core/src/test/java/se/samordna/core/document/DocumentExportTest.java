package se.samordna.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.document.Block.Column;
import se.samordna.core.document.DocumentExport.Format;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.PdfChecks;

/** A document built as data, written as PDF and Word and read back: the action plan's wide table. */
class DocumentExportTest {
    private static final List<Column> PLAN_COLUMNS = List.of(
            Column.text("Delmål", 1.2), Column.text("Planerade insatser/aktiviteter – målgrupp", 1.6),
            Column.text("Ansvar", 0.9), Column.text("Förväntad effekt/resultat", 1.4),
            Column.text("Indikator", 1.1), Column.text("PDSA", 0.6));

    @TempDir
    Path dir;

    /** Delmål × activities over several pages, as seed 004 prints them, on A4 turned. */
    static Document plan(int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of("Delmål " + i + ": fler pappor deltar i öppna förskolan",
                    "Pappagrupp på lördagar – pappor med barn 0–6 år, aktivitet " + i,
                    "Öppna förskolan", "Fler pappor känner sig trygga i föräldraskapet",
                    "Andel pappor bland besökarna: mål 30 %", i % 2 == 0 ? "Göra" : "Planera"));
        }
        DocumentInfo info = new DocumentInfo("Handlingsplan 2027", "Familjecentralen Solsidan",
                "Handlingsplan 2027", "handlingsplan", "sv-SE", ZonedDateTime.now(ZoneId.of("Europe/Stockholm")));
        return Document.landscape(info, new Document.RunningHead("Familjecentralen Solsidan", "Handlingsplan 2027",
                "Version 1"), List.of(
                new Block.Heading("Målområde 1: Föräldraskap", 1),
                new Block.Paragraph("Övergripande målsättning: alla föräldrar får stöd i sitt föräldraskap.",
                        Block.Role.INTRO),
                new Block.Table(PLAN_COLUMNS, cells),
                new Block.Chart("Besök per kvartal", List.of("K1", "K2", "K3", "K4"),
                        List.of(new Block.Series("2026", List.of(120.0, 95.0, 40.0, 130.0)),
                                new Block.Series("2027", java.util.Arrays.asList(140.0, 110.0, null, null))), false)));
    }

    @Test
    void aLandscapeTableRunsOverPagesWithItsHeadingsOnEveryPage() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        DocumentExport.Exported exported = DocumentExport.export(plan(30), Format.PDF, pdf);

        assertThat(exported.pages()).isGreaterThan(1);
        assertThat(exported.bytes()).isEqualTo(Files.size(pdf));
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            PDPage first = read.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isGreaterThan(first.getMediaBox().getHeight());
        }
        List<String> pages = PdfChecks.pages(pdf);
        assertThat(pages).hasSize(exported.pages());
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertThat(page).contains("Delmål", "Ansvar", "Förväntad effekt/resultat", "Indikator", "PDSA");
        }
        String all = String.join("\n", pages);
        assertThat(all).contains("aktivitet 1", "aktivitet 30", "Övergripande målsättning", "Besök per kvartal");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void theWordDocumentIsLandscapeWithTheHeadingRowRepeatedAndTheChartAsATable() throws Exception {
        Path docx = dir.resolve("plan.docx");
        DocumentExport.export(plan(30), Format.DOCX, docx);

        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("w:orient=\"landscape\"", "w:w=\"16838\" w:h=\"11906\"", "<w:tblHeader/>",
                "Förväntad effekt/resultat", "aktivitet 30", "Besök per kvartal", "Heading1");
    }

    @Test
    void exportReplacesTheFileWholeAndTheRightToLeftTextSurvives() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        Files.writeString(pdf, "old");
        String arabic = "مركز الأسرة مكان آمن لطفلي";
        Document document = plan(2);
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.add(new Block.Paragraph(arabic));
        DocumentExport.export(new Document(document.info(), document.paper(), document.orientation(),
                document.head(), blocks), Format.PDF, pdf);

        assertThat(String.join("\n", PdfChecks.pages(pdf))).contains(arabic);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.pdf");
        }
    }

    @Test
    void theReportsOnePageFieldsMeasureInPages() {
        Document empty = Document.portrait(plan(1).info(), Document.RunningHead.NONE, List.of());
        assertThat(PdfRenderer.measurePages(empty)).isZero();
        assertThat(PdfRenderer.measurePages(Document.portrait(plan(1).info(), Document.RunningHead.NONE,
                List.of(new Block.Paragraph("Ett stycke. ".repeat(800)))))).isBetween(1.0, 3.0);
    }
}
