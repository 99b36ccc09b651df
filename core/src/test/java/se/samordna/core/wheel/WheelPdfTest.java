package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The wheel's PDFs and calendar files for the example centres, read back as a person and an archivist would. */
class WheelPdfTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private WheelService wheel;
    private List<Path> written;

    @BeforeEach
    void open() throws Exception {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), WheelServiceTest.CLOCK);
        List<Centre> centres = workspace.exampleData().create();
        wheel = WheelServiceTest.service(workspace);
        written = WheelSamples.write(wheel, workspace.centres(), dir.resolve("samples"));
        // Kept for looking at (pdftoppm): target/wheel-samples.
        Path keep = Files.createDirectories(Path.of("target", "wheel-samples"));
        for (Path file : written) {
            Files.copy(file, keep.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theSamplesAreTheWheelOnA4AndA3TheListAndTheCalendarForEveryCentre() {
        assertThat(written).hasSize(3 * 4);
        assertThat(written).extracting(p -> p.getFileName().toString()).contains(
                "solsidan-arshjul-2026-a4.pdf", "solsidan-arshjul-2026-a3.pdf",
                "solsidan-arshjul-2026-lista.pdf", "solsidan-arshjul-2026.ics");
    }

    @Test
    void theWheelIsOneLandscapePageOnA4AndA3WithEveryActivityNamedAndEmbeddedFonts() throws Exception {
        long solsidan = workspace.centres().list().stream().filter(c -> c.name().contains("Solsidan")).findFirst()
                .orElseThrow().id();
        WheelYear year = wheel.year(solsidan, 2026, WheelServiceTest.TODAY);
        for (String paper : List.of("a4", "a3")) {
            Path pdf = sample("-" + paper + ".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).as(paper).isEqualTo(1);
                PDPage page = document.getPage(0);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                assertThat(width).as("landscape").isGreaterThan(height);
                assertThat(width).isCloseTo(paper.equals("a4") ? 841.9f : 1190.6f, org.assertj.core.data.Offset
                        .offset(1f));
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = collapse(String.join(" ", PdfChecks.pages(pdf)));
            for (Occurrence o : year.occurrences()) {
                assertThat(text).as(paper).contains(collapse(o.activity().name()));
            }
            assertThat(text).contains("Årshjul 2026", "Juli – inget i hjulet", "Samordnare", "Ledningsgruppen",
                    "Resp. verksamhetschef", "BVC-sjuksköterskan", "inställd i år", "Idag 23/11");
        }
    }

    @Test
    void theListAloneIsATableWithWhenWhoAndWhereEachStands() throws Exception {
        String text = collapse(String.join(" ", PdfChecks.pages(sample("-lista.pdf"))));

        assertThat(text).contains("Nr Aktivitet När Ansvarig Läge", "v.45–46 (2/11–15/11)", "28/2",
                "flyttad till 15/5", "klar: enkätsvar inmatade", "avtalet genomgånget", "Juni",
                "Planeringsdag med BVC och öppna förskolan", "Ta med besöksstatistiken");
    }

    @Test
    void theWheelPdfsAreArchivablePdfA2b() throws Exception {
        for (String suffix : List.of("-a4.pdf", "-lista.pdf")) {
            assertThat(PdfChecks.pdfA2bFailures(sample(suffix))).as(suffix).isEmpty();
        }
    }

    private Path sample(String suffix) {
        return written.stream().filter(p -> p.getFileName().toString().equals(
                "solsidan-arshjul-2026" + suffix)).findFirst().orElseThrow();
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
