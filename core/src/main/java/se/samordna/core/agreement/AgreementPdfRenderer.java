package se.samordna.core.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.agreement.AgreementDocument.DocClause;
import se.samordna.core.agreement.AgreementDocument.DocParty;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * The agreement on A4 for signing and archiving: title, the clauses with the template's headings,
 * a signature block per party; "Sida X av Y" with version and date at the foot; with more than one
 * copy, each copy is numbered "Exemplar N av M" and paged on its own. PDF/A-2b.
 */
public final class AgreementPdfRenderer {
    private static final float SIGNATURE_HEIGHT = 250;
    private static final float COLUMN_GAP = 24;

    private AgreementPdfRenderer() {
    }

    public static FlowDocument.Report render(AgreementDocument document, OutputStream out) throws IOException {
        DocumentInfo info = new DocumentInfo(document.title(), document.author(), document.subject(),
                document.kindLabel() + ", familjecentral, samverkan", "sv-SE",
                ZonedDateTime.now(ZoneId.of("Europe/Stockholm")));
        try (FlowDocument pdf = new FlowDocument(info)) {
            for (int copy = 1; copy <= document.copies(); copy++) {
                pdf.startCopy(document.centreLine(), headerRight(document, copy), footer(document));
                writeCopy(pdf, document);
            }
            return pdf.save(out);
        }
    }

    private static void writeCopy(FlowDocument pdf, AgreementDocument document) {
        pdf.paragraph(document.kindLabel(), TextStyle.SMALL.withSpacing(0, 8));
        pdf.paragraph(document.title(), TextStyle.TITLE);
        if (!document.subtitle().isBlank()) {
            pdf.paragraph(document.subtitle(), TextStyle.SUBTITLE);
        }
        pdf.paragraph(statusLine(document), TextStyle.SMALL.withSpacing(2, 10));
        for (DocClause clause : document.clauses()) {
            if (!clause.heading().isBlank()) {
                pdf.heading(clause.heading(), TextStyle.HEADING);
            } else {
                pdf.space(6);
            }
            for (Block block : clause.blocks()) {
                switch (block) {
                    case Block.Paragraph paragraph -> pdf.paragraph(paragraph.text(), TextStyle.BODY);
                    case Block.Bullet bullet -> pdf.bullet(bullet.text(), bullet.level(),
                            TextStyle.BODY.withSpacing(0, 3));
                    case Block.Subheading subheading -> pdf.heading(subheading.text(), TextStyle.SUBHEADING);
                    case Block.Generated generated -> { }
                }
            }
        }
        signatures(pdf, document.parties());
    }

    private static void signatures(FlowDocument pdf, List<DocParty> parties) {
        if (parties.isEmpty()) {
            return;
        }
        pdf.space(18);
        float columnWidth = (pdf.contentWidth() - COLUMN_GAP) / 2;
        for (int i = 0; i < parties.size(); i += 2) {
            DocParty left = parties.get(i);
            DocParty right = i + 1 < parties.size() ? parties.get(i + 1) : null;
            pdf.block(SIGNATURE_HEIGHT, (content, x, top, width) -> {
                signature(pdf, content, left, x, top, columnWidth);
                if (right != null) {
                    signature(pdf, content, right, x + columnWidth + COLUMN_GAP, top, columnWidth);
                }
            });
        }
    }

    private static void signature(FlowDocument pdf, PDPageContentStream content, DocParty party, float x, float top,
                                  float width) throws IOException {
        TextStyle bold = TextStyle.BODY.withFace(TextStyle.Face.BOLD);
        float y = top - bold.size();
        for (String line : pdf.wrap(party.heading(), bold, width)) {
            pdf.text(content, line, bold, x, y);
            y -= bold.lineHeight();
        }
        y -= 4;
        String placeAndDate = String.join(" ", party.place(),
                party.signedDate() == null ? "" : party.signedDate().toString()).strip();
        y = field(pdf, content, "Ort och datum", placeAndDate, x, y, width);
        y = field(pdf, content, "Underskrift", "", x, y, width);
        y = field(pdf, content, "Namnförtydligande", party.signatoryName(), x, y, width);
        y = field(pdf, content, party.organisationLabel(), party.organisation(), x, y, width);
        y = field(pdf, content, "Befattning", party.signatoryTitle(), x, y, width);
        if (!party.areaLabel().isBlank()) {
            field(pdf, content, party.areaLabel(), party.area(), x, y, width);
        }
    }

    /** A line to write on, the value (if known) printed on it, and its label under it. */
    private static float field(FlowDocument pdf, PDPageContentStream content, String label, String value, float x,
                               float y, float width) throws IOException {
        float line = y - 14;
        if (!value.isBlank()) {
            pdf.text(content, pdf.wrap(value, TextStyle.BODY, width).getFirst(), TextStyle.BODY, x, line + 3);
        }
        content.setStrokingColor(TextStyle.INK);
        content.setLineWidth(0.6f);
        content.moveTo(x, line);
        content.lineTo(x + width - 6, line);
        content.stroke();
        pdf.text(content, label, TextStyle.SMALL, x, line - 9);
        return line - 20;
    }

    private static String headerRight(AgreementDocument document, int copy) {
        String copyText = document.copies() > 1 ? "Exemplar " + copy + " av " + document.copies() : "";
        if (document.status() == AgreementStatus.UTKAST) {
            return (copyText + "   UTKAST").strip();
        }
        return copyText;
    }

    private static String footer(AgreementDocument document) {
        return document.kindLabel() + " · version " + document.version() + " · " + document.documentDate();
    }

    private static String statusLine(AgreementDocument document) {
        return switch (document.status()) {
            case UTKAST -> "Utkast " + document.documentDate() + ", version " + document.version()
                    + " – inte för underskrift.";
            case KLAR -> "Klar för underskrift " + document.documentDate() + ", version " + document.version() + ".";
            case UNDERTECKNAT -> "Undertecknat " + document.signedDate() + ", version " + document.version() + ".";
            case UPPSAGT -> "Undertecknat " + document.signedDate() + ", version " + document.version()
                    + ". Avtalet är uppsagt.";
        };
    }
}
