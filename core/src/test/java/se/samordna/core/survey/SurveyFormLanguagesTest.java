package se.samordna.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfChecks;

/**
 * Paper forms in the languages families at Swedish family centres speak most, written to real PDFs
 * and read back: the right fonts embedded, nothing replaced, the words there in reading order, and an
 * Arabic form laid out from the right.
 */
class SurveyFormLanguagesTest {
    @TempDir
    Path dir;

    @Test
    void arabicFormEmbedsTheArabicFontAndReadsBackInLogicalOrder() throws Exception {
        Survey survey = survey("ar", StandardSurvey.itemTexts("ar"));
        Path pdf = dir.resolve("ar.pdf");
        FlowDocument.Report report = write(survey, "ar", pdf);

        assertThat(report.replacedCharacters()).isEmpty();
        assertThat(fontNames(pdf)).anyMatch(name -> name.contains("NotoSansArabic-Regular"))
                .anyMatch(name -> name.contains("NotoSansArabic-Bold"))
                .noneMatch(name -> name.contains("Ethiopic"));
        String text = String.join("\n", PdfChecks.pages(pdf));
        assertThat(text).doesNotContain("?");
        // PDFBox's text extraction puts right-to-left lines back into logical order and the joined
        // presentation forms back to letters: what a person copying the text would get.
        assertThat(text).contains("استبيان أولياء الأمور")
                .contains("من السهل الوصول إلى مركز الأسرة.")
                .contains("يعاملني الموظفون باحترام.")
                .contains("لا أعرف");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void arabicFormIsMirroredStatementsOnTheRightBoxesOnTheLeft() throws Exception {
        Path arabic = dir.resolve("ar.pdf");
        write(survey("ar", StandardSurvey.itemTexts("ar")), "ar", arabic);
        Path swedish = dir.resolve("sv.pdf");
        write(survey("sv", Map.of()), "sv", swedish);

        // The first statement's line: in Swedish it starts at the left margin; in Arabic it ends at the
        // right margin, and its first word (the rightmost) is "من".
        Line sv = lineContaining(swedish, "Det är lätt att ta sig");
        Line ar = lineContaining(arabic, "السهل");
        float pageWidth = 595.3f;
        assertThat(sv.left()).isCloseTo(FlowDocument.MARGIN_LEFT, org.assertj.core.data.Offset.offset(1f));
        assertThat(pageWidth - ar.right()).isCloseTo(FlowDocument.MARGIN_RIGHT, org.assertj.core.data.Offset.offset(1f));
        assertThat(ar.left()).isGreaterThan(pageWidth / 2);
        // The scale's headings: "ينطبق بدرجة كبيرة" (very true) is on the right of "لا أعرف" (don't know),
        // both left of the statements, as the mirror of the Swedish form.
        Line veryTrue = lineContaining(arabic, "كبيرة");
        Line dontKnow = lineContaining(arabic, "أعرف");
        assertThat(veryTrue.left()).isGreaterThan(dontKnow.left());
        assertThat(veryTrue.right()).isLessThan(ar.left());
        Line swedishVeryTrue = lineContaining(swedish, "mycket bra");
        assertThat(swedishVeryTrue.left()).isGreaterThan(sv.right());
    }

    @Test
    void tigrinyaUkrainianAndSomaliFormsPrintWithoutReplacement() throws Exception {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("ti", "ኣብ ማእከል ስድራቤት ምኻድ ቀሊል እዩ።");
        lines.put("uk", "До сімейного центру легко дістатися. Ґанок, їжа, європейський.");
        lines.put("so", "Way fududahay in la gaaro xarunta qoyska. Shaqaaluhu way i ixtiraamaan.");
        for (Map.Entry<String, String> entry : lines.entrySet()) {
            String language = entry.getKey();
            Map<String, String> items = new HashMap<>();
            StandardSurvey.items().forEach(item -> items.put(item.key(), entry.getValue()));
            Path pdf = dir.resolve(language + ".pdf");
            FlowDocument.Report report = write(survey(language, items), language, pdf);

            assertThat(report.replacedCharacters()).as(language).isEmpty();
            String text = String.join("\n", PdfChecks.pages(pdf));
            assertThat(text.replaceAll("\\s+", " ")).as(language).contains(entry.getValue());
            List<String> fonts = fontNames(pdf);
            if ("ti".equals(language)) {
                assertThat(fonts).anyMatch(name -> name.contains("NotoSansEthiopic"));
            } else {
                assertThat(fonts).allMatch(name -> name.contains("LiberationSans"));
            }
        }
    }

    @Test
    void emojiAreStillReplacedAndReported() throws Exception {
        Map<String, String> items = new HashMap<>();
        StandardSurvey.items().forEach(item -> items.put(item.key(), "Mycket bra 😀 شكرا"));
        Path pdf = dir.resolve("emoji.pdf");
        FlowDocument.Report report = write(survey("ar", items), "ar", pdf);

        assertThat(report.replacedCharacters()).containsExactly("😀");
        assertThat(String.join("\n", PdfChecks.pages(pdf))).contains("?").contains("شكرا");
    }

    // --- helpers ---

    /** The standard questionnaire with texts in {@code language} (form texts built in where they exist). */
    private static Survey survey(String language, Map<String, String> itemTexts) {
        List<SurveyItem> items = new ArrayList<>();
        int position = 1;
        for (StandardSurvey.StandardItem item : StandardSurvey.items()) {
            items.add(new SurveyItem(item.key(), position++, item.goal(), item.area(), 85, item.swedish()));
        }
        Map<String, String> texts = new HashMap<>(itemTexts);
        if (StandardSurvey.formTexts(language).isEmpty()) {
            // A language without built-in form texts: the English ones stand in, items as given.
            texts.putAll(StandardSurvey.formTexts("en"));
        }
        Map<String, Map<String, String>> translations = "sv".equals(language) ? Map.of() : Map.of(language, texts);
        return new Survey(1, 1, 2026, items, translations, 0, java.util.Set.of());
    }

    private static FlowDocument.Report write(Survey survey, String language, Path pdf) throws Exception {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            return SurveyPdf.forms(survey, "Familjecentralen Solsidan", language, 1, 1, out);
        }
    }

    private static List<String> fontNames(Path pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    private record Line(String text, float left, float right) {
    }

    /** The first extracted line that contains {@code part}, with its extent on the page. */
    private static Line lineContaining(Path pdf, String part) throws Exception {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float left = Float.MAX_VALUE;
                float right = 0;
                for (TextPosition position : positions) {
                    left = Math.min(left, position.getXDirAdj());
                    right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                }
                lines.add(new Line(text, left, right));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return lines.stream().filter(line -> line.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + part + " in " + lines));
    }
}
