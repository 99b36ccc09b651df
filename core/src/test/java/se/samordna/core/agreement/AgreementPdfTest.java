package se.samordna.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.Seeds;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The exported agreements, read back as text and checked by veraPDF. */
class AgreementPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static AgreementService agreements;
    private static long signedCollaboration;
    private static long signedCoordinator;

    @BeforeAll
    static void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().create();
        agreements = workspace.agreements();
        long solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
                .orElseThrow().id();
        for (AgreementSummary summary : agreements.list(solsidan)) {
            if (summary.kind() == AgreementKind.SAMVERKAN) {
                signedCollaboration = summary.id();
            } else {
                signedCoordinator = summary.id();
            }
        }
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void everyHeadingAndClauseOfTheCollaborationAgreementIsInThePdfAsInTheSeed() throws Exception {
        Path pdf = render(agreements.document(signedCollaboration, 1), "samverkansavtal.pdf");
        Agreement agreement = agreements.get(signedCollaboration);
        Map<String, String> values = agreements.effectiveValues(agreement);
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), furniture());
        String seed = Seeds.section(Seeds.guideline(), "Bilaga 1\n\nSamverkansavtal", "Bilaga 2\n\nSamordnarfunktionen");

        int from = 0;
        for (TemplateClause clause : AgreementTemplate.of(AgreementKind.SAMVERKAN).clauses()) {
            if (!clause.heading().isEmpty()) {
                from = assertFoundAfter(text, clause.heading(), from);
                assertThat(seed.toUpperCase()).contains(clause.heading().toUpperCase());
            }
            for (String piece : texts(clause.body())) {
                String filled = Seeds.normalise(AgreementService.fill(piece, values).text());
                from = assertFoundAfter(text, filled, from);
                assertThat(seed).as("seed").contains(Seeds.normalise(Placeholder.withHints(piece)));
            }
        }
        assertThat(text).contains("Samverkansavtal för Familjecentralen Solsidan i Östersund")
                .contains("Mellan Östersunds kommuns barn och utbildningsförvaltning")
                .contains("Detta avtal har upprättats i tre likalydande exemplar");
    }

    @Test
    void thePdfIsPdfA2bWithItsMetadataAndEmbeddedFonts() throws Exception {
        Path pdf = render(agreements.document(signedCollaboration, 1), "arkiv.pdf");

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Samverkansavtal för Familjecentralen Solsidan i Östersund");
            assertThat(info.getAuthor()).isEqualTo("Anna Lindqvist");
            assertThat(info.getSubject()).contains("Bilaga 1");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            document.getPages().forEach(page -> page.getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
                    org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void threeCopiesAreNumberedAndPagedEachOnTheirOwn() throws Exception {
        Path one = render(agreements.document(signedCoordinator, 1), "ett.pdf");
        Path three = render(agreements.document(signedCoordinator, 3), "tre.pdf");
        List<String> single = PdfChecks.pages(one);
        List<String> pages = PdfChecks.pages(three);
        int perCopy = single.size();

        assertThat(pages).hasSize(3 * perCopy);
        for (int copy = 1; copy <= 3; copy++) {
            for (int page = 1; page <= perCopy; page++) {
                String text = pages.get((copy - 1) * perCopy + page - 1);
                assertThat(text).contains("Exemplar " + copy + " av 3").contains("Sida " + page + " av " + perCopy);
            }
        }
        assertThat(single.getFirst()).doesNotContain("Exemplar").contains("Sida 1 av " + perCopy)
                .contains("Avtal samordnare (Bilaga 2) · version 1");
        assertThat(PdfChecks.pdfA2bFailures(three)).isEmpty();
    }

    @Test
    void eachPartyHasASignatureBlockAndTheCoordinatorsTermsAreStated() throws Exception {
        Path pdf = render(agreements.document(signedCoordinator, 1), "samordnare.pdf");
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), furniture());

        assertThat(text).contains("Samordnare: Anna Lindqvist, Barnhälsovårdssjuksköterska, Hälsocentralen Solbacken")
                .contains("Omfattning: 20 % av en heltidstjänst")
                .contains("Uppsägningstid: 3 månader")
                .contains("Vara barnrättsombud");
        assertThat(text.split("Namnförtydligande", -1)).hasSize(4);
        assertThat(text.split("Ort och datum", -1)).hasSize(4);
        assertThat(text).contains("För Region Jämtland Härjedalen").contains("Per-Erik Nordin")
                .contains("Verksamhetschef barnhälsovård");
    }

    @Test
    void theSignatureBlocksHaveTheTemplatesLinesWithTheHealthCentreNamed() throws Exception {
        AgreementDocument document = agreements.document(signedCollaboration, 1);
        Path pdf = render(document, "underskrifter.pdf");
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), furniture());
        String region = text.substring(text.indexOf("För Region Jämtland Härjedalen"));

        assertThat(document.parties()).extracting(AgreementDocument.DocParty::organisationLabel)
                .containsExactly("Förvaltning", "Förvaltning", "Hälsocentral");
        assertThat(document.parties()).extracting(AgreementDocument.DocParty::areaLabel)
                .containsExactly("Kommun", "Kommun", "Sjukvårdsområde");
        assertThat(document.parties()).extracting(AgreementDocument.DocParty::area)
                .containsExactly("Östersunds kommun", "Östersunds kommun", "Odensala, Lugnvik och Torvalla");
        assertThat(region).isEqualTo("För Region Jämtland Härjedalen Östersund 2024-03-12 Ort och datum Underskrift "
                + "Per-Erik Nordin Namnförtydligande Hälsocentralen Solbacken Hälsocentral Verksamhetschef "
                + "barnhälsovård Befattning Odensala, Lugnvik och Torvalla Sjukvårdsområde");
        assertThat(text.split(" Befattning ", -1)).hasSize(4);
        assertThat(text.split(" Kommun ", -1)).hasSize(3);
    }

    @Test
    void oddInputGivesACorrectPdfAndNamesWhatCouldNotBePrinted() throws Exception {
        Centre centre = workspace.centres().create(new CentreDetails("Familjecentralen Äijälä",
                se.samordna.core.centre.CentreKind.FAMILJECENTRAL, "Haparanda", "Region Norrbotten",
                "Haparanda stad", java.util.Set.of(), ""));
        workspace.centres().addPerson(centre.id(), new PersonDetails(Role.SAMORDNARE, "Aino Äijälä-Kärkkäinen",
                "Kuraattori", "", "", ""));
        Agreement agreement = agreements.create(centre.id(), AgreementKind.SAMVERKAN);
        String longClause = ("Familjecentralen är öppen för alla familjer i Haparanda och Torneå. ").repeat(75);
        Clause first = agreement.clauses().getFirst();
        agreements.updateClause(first.id(), "Inledning 😀", longClause + "\n\nKontakt: مريم الأحمد och Sámi Áilu Ŋ.");
        Agreement withEmpty = agreements.addClause(agreement.id(), null, "");
        for (Party party : withEmpty.parties()) {
            agreements.removeParty(party.id());
        }

        Path pdf = dir.resolve("udda.pdf");
        FlowDocument.Report report;
        try (OutputStream out = Files.newOutputStream(pdf)) {
            report = AgreementPdfRenderer.render(agreements.document(agreement.id(), 1), out);
        }

        assertThat(longClause.length()).isGreaterThan(5000);
        // Arabic has its own font now; only the emoji has none.
        assertThat(report.replacedCharacters()).containsExactly("😀");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), furniture());
        assertThat(text).contains("Samverkansavtal för Familjecentralen Äijälä i Haparanda")
                .contains("Kontakt: مريم الأحمد och Sámi Áilu Ŋ")
                .contains(Seeds.normalise(longClause));
        assertThat(PdfChecks.pages(pdf).size()).isGreaterThan(5);
    }

    private static List<String> furniture() {
        return List.of("Familjecentralen Solsidan · Östersunds kommun", "Familjecentralen Äijälä · Haparanda kommun",
                "Samverkansavtal (Bilaga 1) · version", "Avtal samordnare (Bilaga 2) · version", "Exemplar ", "UTKAST");
    }

    private static int assertFoundAfter(String text, String piece, int from) {
        int at = text.indexOf(piece, from);
        assertThat(at).as("in the PDF, in order: \"" + piece + "\"").isGreaterThanOrEqualTo(0);
        return at + 1;
    }

    private static List<String> texts(String body) {
        return Block.parse(body).stream().map(block -> switch (block) {
            case Block.Paragraph p -> p.text();
            case Block.Bullet b -> b.text();
            case Block.Subheading s -> s.text();
            case Block.Generated g -> null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static Path render(AgreementDocument document, String name) throws Exception {
        Path pdf = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            AgreementPdfRenderer.render(document, out);
        }
        return pdf;
    }
}
