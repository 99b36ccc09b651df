package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.samordna.core.survey.SurveyResults;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The Word export read back as a reader's program would: the package's parts, its headings, its figures. */
class ReportDocxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static long solsidan;
    private static ReportContent submitted;
    private static Map<String, byte[]> parts;

    @BeforeAll
    static void writeTheExample() throws Exception {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().create();
        solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
                .orElseThrow().id();
        ReportService reports = workspace.reports();
        submitted = reports.content(reports.latest(solsidan, 2025).orElseThrow().id());
        parts = unzip(write(submitted));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void everyPartOfAWordPackageIsThereAndWellFormed() throws Exception {
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/numbering.xml",
                "word/footer1.xml", "docProps/core.xml", "docProps/app.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            assertThat(parse(part.getValue())).as(part.getKey()).isNotNull();
        }
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types).contains("wordprocessingml.document.main+xml");
        Document core = parse(parts.get("docProps/core.xml"));
        assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .isEqualTo("Verksamhetsberättelse och plan 2025");
        assertThat(text(parse(parts.get("word/footer1.xml")))).contains("Sida", "av");
    }

    @Test
    void theHeadingsAreTheTemplatesSectionsInOrderInWordsHeadingStyle() throws Exception {
        List<String> expected = ReportPdfTest.contentsTitles(submitted);

        Map<String, List<String>> byStyle = paragraphsByStyle(parse(parts.get("word/document.xml")));
        assertThat(byStyle.get("Heading1")).containsExactlyElementsOf(expected);
        assertThat(byStyle.get("TOC1")).as("the contents before Word updates it").containsExactlyElementsOf(expected);
        assertThat(byStyle.get("Title")).containsExactly("Verksamhetsberättelse och plan 2025");
    }

    @Test
    void whatTheCoordinatorWroteAndTheYearsFiguresAreInIt() throws Exception {
        Document document = parse(parts.get("word/document.xml"));
        String all = text(document);
        String description = submitted.report().field(ReportTemplate.DESCRIPTION).strip().split("\\R\\s*\\R")[0];
        assertThat(all).contains(description);

        List<List<String>> rows = tableRows(document);
        SurveyResults results = workspace.surveys().resultsFor(solsidan, 2025).orElseThrow();
        for (SurveyResults.AreaResult area : results.areas()) {
            assertThat(rows).as(area.area().swedishName()).anySatisfy(row -> assertThat(row).startsWith(
                    area.area().swedishName(), String.valueOf(area.counts().counted()),
                    Math.round(area.share()) + " %", area.target() + " %", area.met() ? "Ja" : "Nej"));
        }
        long total = 0;
        for (VisitCategory category : VisitCategory.values()) {
            total += submitted.report().totalVisits(category);
        }
        String grand = VisitsPdf.number(total);
        assertThat(rows).anySatisfy(row -> assertThat(row).first().isEqualTo("Totalt"))
                .anySatisfy(row -> assertThat(row).endsWith(grand));
        assertThat(rows).as("the visits table's header: whole words, no hyphen left from a line break")
                .anySatisfy(row -> assertThat(row).containsExactly("Månad", "Öppen förskola (besök)", "BVC (besök)",
                        "BMM (besök)", "Socialtjänst/kurator (samtal)", "Föräldragrupper (träffar)", "Totalt"));
        for (var quote : submitted.quotes()) {
            assertThat(all).contains(quote.text());
        }
    }

    @Test
    void oddTextStaysWellFormedAndReadable() throws Exception {
        Map<String, String> fields = new HashMap<>(submitted.report().fields());
        String odd = "Tags <b>&amp; \"citat\" 'enkla' – 😀 Åsa Ääkkönen, محمد\u0001\u0007 slut\r\nny rad\tflik";
        fields.put(ReportTemplate.DESCRIPTION, odd);
        Report report = submitted.report();
        Report changed = new Report(report.id(), report.centreId(), report.year(), report.version(), report.status(),
                report.submittedOn(), report.step(), fields, report.visits());
        ReportContent content = new ReportContent(changed, submitted.centre(), submitted.survey(),
                submitted.workshop(), submitted.earlierWorkshops(), submitted.previousGoals(), submitted.nextGoals(),
                submitted.quotes());

        Document document = parse(unzip(write(content)).get("word/document.xml"));
        assertThat(text(document)).contains("Tags <b>&amp; \"citat\" 'enkla' – 😀 Åsa Ääkkönen, محمد slut",
                "ny rad flik").doesNotContain("\u0001", "\u0007");
    }

    // --- reading the package ---

    private static byte[] write(ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocx.write(content, out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The document's text: each paragraph's runs joined (a line break as a space), paragraphs one per line. */
    private static String text(Document document) {
        StringBuilder out = new StringBuilder();
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            out.append(paragraphText((Element) paragraphs.item(i))).append('\n');
        }
        return out.toString();
    }

    private static String paragraphText(Element paragraph) {
        StringBuilder out = new StringBuilder();
        NodeList nodes = paragraph.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (node.getLocalName().equals("t")) {
                out.append(node.getTextContent());
            } else if (node.getLocalName().equals("br")) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static Map<String, List<String>> paragraphsByStyle(Document document) {
        Map<String, List<String>> byStyle = new LinkedHashMap<>();
        NodeList paragraphs = document.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            NodeList styles = paragraph.getElementsByTagNameNS(W, "pStyle");
            String style = styles.getLength() == 0 ? "Normal" : ((Element) styles.item(0)).getAttributeNS(W, "val");
            byStyle.computeIfAbsent(style, key -> new ArrayList<>()).add(paragraphText(paragraph));
        }
        return byStyle;
    }

    private static List<List<String>> tableRows(Document document) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = document.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList tcs = ((Element) trs.item(i)).getElementsByTagNameNS(W, "tc");
            for (int c = 0; c < tcs.getLength(); c++) {
                NodeList ps = ((Element) tcs.item(c)).getElementsByTagNameNS(W, "p");
                cells.add(paragraphText((Element) ps.item(0)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
