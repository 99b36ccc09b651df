package se.samordna.core.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Renders one small PDF/A page to nowhere, so that the first real export of a session finds PDFBox,
 * the three fonts, the colour profile and the XMP writer ready: in a freshly started app the first
 * agreement took 4–5× its warm export, nearly all of it in these (issue 19, decision 0018). Reads no
 * data and writes no file; the text is the documents' own kind of text (headings, body, a bullet, the
 * small print, å ä ö).
 */
public final class PdfWarmUp {
    private PdfWarmUp() {
    }

    /** One page in every face the documents use, saved as PDF/A into {@link OutputStream#nullOutputStream()}. */
    public static void run() throws IOException {
        render(OutputStream.nullOutputStream());
    }

    /** The warm-up's page, saved into {@code out} (the test reads it back). */
    static void render(OutputStream out) throws IOException {
        DocumentInfo info = new DocumentInfo("Samordna", DocumentInfo.CREATOR, "", "", "sv-SE",
                ZonedDateTime.now(ZoneId.of("Europe/Stockholm")));
        try (FlowDocument pdf = new FlowDocument(info)) {
            pdf.startCopy("Familjecentral", "Version 1", "Samordna");
            pdf.paragraph("Samverkansavtal", TextStyle.SMALL);
            pdf.paragraph("Överenskommelse för året", TextStyle.TITLE);
            pdf.paragraph("Gäller från och med januari", TextStyle.SUBTITLE);
            pdf.heading("Syfte och mål", TextStyle.HEADING);
            pdf.heading("Målgrupp", TextStyle.SUBHEADING);
            pdf.paragraph("Familjecentralen är en hälsofrämjande mötesplats för blivande föräldrar och barn.",
                    TextStyle.BODY);
            pdf.bullet("Mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst", 0, TextStyle.BODY);
            pdf.save(out);
        }
    }
}
