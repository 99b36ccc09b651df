package se.samordna.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.yearpackage.ImportPreview;
import se.samordna.core.yearpackage.ImportPreview.State;
import se.samordna.core.yearpackage.YearPackageExport;
import se.samordna.core.report.ReportService;

/**
 * The documents the samples command writes from the example data, read back as a person reads them
 * (PDFBox for the PDFs, the document XML of the Word files): no blank of the templates is left.
 */
class SampleDocumentsTest {
    /** The templates' blanks and instructions: "XX", "fyll i …", "(namn)", "20XX", "skriv in år", "20 - -". */
    private static final Pattern BLANK = Pattern.compile(
            "\\bXX\\b|20XX|[Ff]yll i (namn|kommun|aktuellt)|\\(namn\\)|skriv in år|20 ?- -|[Aa]nge namn på"
                    + "|namn på (familjecentralen|kommunen)|ange inom vilke[nt]|Namn (förvaltning|Hälsocentral)");

    @TempDir
    static Path dir;

    private static final List<Path> documents = new ArrayList<>();
    private static final List<Path> packages = new ArrayList<>();

    @BeforeAll
    static void write() throws Exception {
        for (Path path : SampleDocuments.writeAll(dir)) {
            String folder = dir.relativize(path).getName(0).toString();
            if (folder.equals("avtal") || folder.equals("verksamhetsberattelse")) {
                documents.add(path);
            } else if (folder.equals(YearPackageExport.SAMPLES_FOLDER)) {
                packages.add(path);
            }
        }
    }

    @Test
    void noAgreementOrReportLeavesABlankOfTheTemplate() throws Exception {
        assertThat(documents).anySatisfy(p -> assertThat(p.toString()).endsWith(".docx"))
                .anySatisfy(p -> assertThat(p.toString()).contains("samverkansavtal"))
                .anySatisfy(p -> assertThat(p.toString()).contains("avtal-samordnare"));
        for (Path document : documents) {
            String text = text(document);
            assertThat(BLANK.matcher(text).results().map(m -> m.group()).toList()).as(document.getFileName().toString())
                    .isEmpty();
        }
    }

    @Test
    void theReportsGiveTheOneDueDateAndTheRegionSignsForAHealthCentre() throws Exception {
        for (Path document : documents) {
            String text = text(document);
            String name = document.getFileName().toString();
            if (name.contains("verksamhetsberattelse")) {
                int year = Integer.parseInt(name.replaceAll(".*-(\\d{4})-v\\d+\\..*", "$1"));
                assertThat(text).as(name).contains("senast " + ReportService.dueText(year))
                        .doesNotContain("28 februari", "28/2", (year + 1) + "-02-28");
            } else if (name.contains("samverkansavtal")) {
                assertThat(text).as(name).containsPattern("Hälsocentralen \\S+\\s+Hälsocentral\\s")
                        .contains("Sjukvårdsområde");
            }
        }
    }

    @Test
    void aYearPackageOfEachExampleCentreThatAnEmptyWorkspaceTakesWholeAsNew(@TempDir Path empty) throws Exception {
        int year = LocalDate.now().getYear();
        assertThat(packages).hasSize(3).allSatisfy(p -> assertThat(p).isRegularFile())
                .anySatisfy(p -> assertThat(p.getFileName().toString())
                        .isEqualTo("Familjecentralen Solsidan " + year + ".samordna"));
        try (Workspace workspace = Workspace.open(new DataDirectory(empty), Clock.systemDefaultZone())) {
            for (Path file : packages) {
                ImportPreview preview = workspace.yearPackageImport().preview(file);
                assertThat(preview.centreExists()).as(file.getFileName().toString()).isFalse();
                assertThat(preview.records()).as(file.getFileName().toString()).hasSizeGreaterThan(10)
                        .allSatisfy(r -> assertThat(r.state()).as(r.table() + " " + r.label()).isEqualTo(State.NEW));
                assertThat(preview.manifest().year()).isEqualTo(year);
            }
        }
    }

    private static String text(Path document) throws Exception {
        if (document.toString().endsWith(".pdf")) {
            return String.join("\n", PdfChecks.pages(document));
        }
        try (ZipInputStream zip = new ZipInputStream(java.nio.file.Files.newInputStream(document))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(((InputStream) zip).readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("</w:p>", "\n").replaceAll("<w:br/>", "\n").replaceAll("<[^>]+>", "")
                            .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
                }
            }
        }
        throw new IllegalStateException("No document.xml in " + document);
    }
}
