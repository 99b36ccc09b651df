package se.samordna.core.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads PDFs back as a person (the text) and an archivist (veraPDF) would. */
public final class PdfChecks {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The failed PDF/A-2b rules ("clause-test: description"); empty when the file conforms. */
    public static List<String> pdfA2bFailures(Path pdf) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        }
    }

    /** The text of every page, in order. */
    public static List<String> pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The body text: page headers and footers left out, bullets dropped, whitespace collapsed. */
    public static String bodyText(List<String> pages, List<String> furnitureStarts) {
        StringBuilder body = new StringBuilder();
        for (String page : pages) {
            for (String line : page.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.matches("Sida \\d+ av \\d+") || furnitureStarts.stream().anyMatch(trimmed::startsWith)) {
                    continue;
                }
                body.append(trimmed.replaceFirst("^[•–] ", "")).append(' ');
            }
        }
        return body.toString().replaceAll("\\s+", " ").strip();
    }
}
