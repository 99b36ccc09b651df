package se.samordna.core.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b for archiving: the same title, author, subject and dates in the
 * document information and in XMP metadata, and an sRGB output intent. (Fonts are embedded by
 * {@link PdfFonts}.)
 */
final class PdfA {
    private PdfA() {
    }

    static void apply(PDDocument document, DocumentInfo info) throws IOException {
        Calendar created = GregorianCalendar.from(info.created().withNano(0));

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setKeywords(info.keywords());
        information.setCreator(DocumentInfo.CREATOR);
        information.setProducer(DocumentInfo.CREATOR);
        information.setCreationDate(created);
        information.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IOException("PDF/A conformance level refused", e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.title());
        dc.addCreator(info.author());
        dc.setDescription(info.subject());
        dc.addLanguage(info.language());
        dc.setFormat("application/pdf");
        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        adobe.setProducer(DocumentInfo.CREATOR);
        adobe.setKeywords(info.keywords());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(DocumentInfo.CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.language());

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.setOutputIntents(List.of(intent));
    }
}
