package se.samordna.core.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The export warm-up does the exports' own work: a PDF/A page with all three faces embedded. */
class PdfWarmUpTest {

    @Test
    void rendersAPdfAPageWithEveryFaceEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PdfWarmUp.render(out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata (PDF/A)").isNotNull();
            assertThat(document.getDocumentCatalog().getOutputIntents()).as("sRGB output intent").isNotEmpty();
            PDPage page = document.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                fonts.add(page.getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("Bold")).anyMatch(f -> f.contains("Italic"))
                    .anyMatch(f -> !f.contains("Bold") && !f.contains("Italic"));
            assertThat(new PDFTextStripper().getText(document)).contains("Överenskommelse för året", "Målgrupp");
        }
    }

    @Test
    void runWritesNothingAnywhere() throws Exception {
        // Into the null stream: it only has to finish, as it does on the app's warm-up thread.
        PdfWarmUp.run();
    }
}
