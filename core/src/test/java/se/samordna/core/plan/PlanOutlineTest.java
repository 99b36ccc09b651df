package se.samordna.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The example plans printed in seed 004's layout, as PDF and Word, read back. */
class PlanOutlineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    private Workspace workspace;
    private PlanService plans;
    private PlanExport export;
    private Centre solsidan;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        solsidan = workspace.exampleData().create().getFirst();
        plans = workspace.service(PlanService.class);
        export = workspace.service(PlanExport.class);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theCentresPlanPrintsLandscapeWithSeed004sColumnsAndEveryActivity() throws Exception {
        Plan plan = plans.findForCentre(solsidan.id(), YEAR).orElseThrow();
        Path pdf = dir.resolve(export.suggestedFileName(plan.id(), DocumentExport.Format.PDF));

        DocumentExport.Exported exported = export.export(plan.id(), DocumentExport.Format.PDF, pdf);

        assertThat(pdf.getFileName().toString()).isEqualTo("Handlingsplan 2026 Familjecentralen Solsidan.pdf");
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : read.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            }
        }
        List<String> pages = PdfChecks.pages(pdf);
        assertThat(pages).hasSize(exported.pages());
        assertThat(pages.getFirst()).contains("Handlingsplan 2026", "Familjecentralen Solsidan",
                "Skickas senast 2026-12-01");
        assertThat(pages.get(1)).contains("Översikt målsättningar", "Föräldraskapsstöd", "Övergripande målsättning",
                "1.1.");
        String all = String.join("\n", pages);
        // Lines wrap within cells: compare with spaces and line breaks made one.
        String flat = flat(all);
        assertThat(all).contains("Delmål", "Ansvar", "Indikator", "PDSA");
        assertThat(flat).contains("Planerade insatser/aktiviteter – målgrupp", "Förväntad effekt/resultat");
        plan.activities().forEach(activity -> assertThat(flat).contains(flat(activity.draft().description())));
        assertThat(flat).contains("Göra", "! Försenad", "● Klar", "Prioriterat mål från självreflektionen",
                "Kopplad till: föräldraenkäten, bemötande");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void theMunicipalPlanNamesTheCentresItCoversAndTheirValues() throws Exception {
        Plan plan = plans.findForMunicipality("Östersund", YEAR).orElseThrow();
        Path pdf = dir.resolve("kommun.pdf");

        export.export(plan.id(), DocumentExport.Format.PDF, pdf);

        String flat = flat(String.join("\n", PdfChecks.pages(pdf)));
        assertThat(flat).contains("Östersunds kommun", "Omfattar Familjecentralen Solsidan, Familjecentralen Lillsjön",
                "Familjecentralen Lillsjön – 20");
        plan.activities().forEach(activity -> assertThat(flat).contains(flat(activity.draft().description())));
    }

    @Test
    void theWordDocumentHoldsTheSameTableInLandscape() throws Exception {
        Plan plan = plans.findForCentre(solsidan.id(), YEAR).orElseThrow();
        Path docx = dir.resolve("plan.docx");

        export.export(plan.id(), DocumentExport.Format.DOCX, docx);

        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("w:orient=\"landscape\"", "<w:tblHeader/>", "Handlingsplan 2026",
                "Översikt målsättningar", "Planerade insatser/aktiviteter – målgrupp", "Förväntad effekt/resultat",
                "Indikator", "PDSA", "Försenad");
        plan.activities().forEach(activity -> assertThat(xml).contains(
                activity.draft().description().replace("&", "&amp;")));
    }

    @Test
    void aSentPlanSaysWhenItWent() throws Exception {
        Plan plan = plans.findForCentre(solsidan.id(), YEAR).orElseThrow();
        plans.markSent(plan.id(), LocalDate.of(2026, 11, 20));
        Path pdf = dir.resolve("skickad.pdf");

        export.export(plan.id(), DocumentExport.Format.PDF, pdf);

        assertThat(PdfChecks.pages(pdf).getFirst()).contains("Skickad 2026-11-20");
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
