package se.samordna.core.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.Bidi;

/**
 * Our Arabic joining and visual order, checked against ICU4J (the reference implementation of
 * Unicode's algorithms, here only as a test library), and the font chosen for each script.
 */
class VisualTextTest {
    private static final ArabicShaping ICU_SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private static final List<String> PERSIAN = List.of(
            "من می‌خواهم به مرکز خانواده بروم.",
            "کارکنان با من با احترام رفتار می‌کنند.",
            "گزارش سالانه، پژوهش و چگونگی کار را بخوانید.",
            "به زبانی که می‌فهمم اطلاعات می‌گیرم.");

    /**
     * Every letter alone, after a letter, before one and between two, in Unicode's joining rules as
     * ICU applies them. ICU writes presentation forms only for the letters of Forms-B (basic Arabic) and
     * leaves Persian and Urdu letters as they are (a font without OpenType shaping would then draw them
     * unjoined), so for those the neighbours are compared with ICU and the letter's own form is checked
     * by its Unicode name against ICU's joining type.
     */
    @Test
    void everyLetterIsJoinedInEveryPositionAsUnicodeAndIcuJoinIt() throws Exception {
        char beh = 0x0628;
        int letters = 0;
        List<String> differs = new ArrayList<>();
        for (char c = 0x0621; c <= 0x06D3; c++) {
            String letter = String.valueOf(c);
            if (!ArabicForms.needed(letter)) {
                continue;
            }
            letters++;
            for (String text : List.of(letter, beh + letter, letter + beh, beh + letter + beh,
                    letter + letter + letter, "ـ" + letter + "ـ")) {
                if (!nominalFormsA(ArabicForms.shape(text)).equals(ICU_SHAPING.shape(text))) {
                    differs.add(String.format("U+%04X in %s", (int) c, text));
                }
            }
            int joining = UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
            // Alef maksura and noon ghunna end words (Arabic, Urdu): Unicode has no initial or medial
            // presentation form for them (alef maksura's are Uighur, Kazakh and Kirghiz letters).
            boolean dual = joining == UCharacter.JoiningType.DUAL_JOINING && c != 0x0649 && c != 0x06BA;
            boolean joinsBefore = joining == UCharacter.JoiningType.DUAL_JOINING
                    || joining == UCharacter.JoiningType.RIGHT_JOINING;
            String name = Character.getName(c).replace("ARABIC LETTER ", "");
            assertForm(ArabicForms.shape(letter), 0, name, "ISOLATED");
            assertForm(ArabicForms.shape(beh + letter), 1, name, joinsBefore ? "FINAL" : "ISOLATED");
            assertForm(ArabicForms.shape(letter + beh), 0, name, dual ? "INITIAL" : "ISOLATED");
            assertForm(ArabicForms.shape(beh + letter + beh), 1, name,
                    dual ? "MEDIAL" : joinsBefore ? "FINAL" : "ISOLATED");
        }
        assertThat(letters).isGreaterThan(70);
        // Where we follow Unicode and ICU's shaping table does not: ICU lets nothing join to alef wasla
        // (Unicode: right-joining), and joins a letter after noon ghunna, which has no initial form to
        // join with (we leave the pair apart rather than draw half a join).
        assertThat(differs).containsExactly("U+0671 in بٱ", "U+0671 in بٱب", "U+06BA in ںب", "U+06BA in بںب");
    }

    @Test
    void lamAlefBecomesOneLigatureAsInIcu() throws Exception {
        for (String text : List.of("لا", "بلا", "الأمور", "لإ", "سلآم", "إلى الأسرة")) {
            assertThat(ArabicForms.shape(text)).as(text).isEqualTo(ICU_SHAPING.shape(text));
            assertThat(ArabicForms.shape(text).length()).isLessThan(text.length());
        }
    }

    @Test
    void theArabicFormAndPersianSentencesAreJoinedAsIcuJoinsThem() throws Exception {
        List<String> sentences = new ArrayList<>(arabicForm());
        sentences.addAll(PERSIAN);
        for (String sentence : sentences) {
            String withoutZwnj = sentence.replace("\u200C", " ");
            // ICU keeps the zero-width non-joiner; so do we (it is taken out later, when drawing).
            assertThat(nominalFormsA(ArabicForms.shape(sentence))).as(sentence).isEqualTo(ICU_SHAPING.shape(sentence));
            assertThat(nominalFormsA(ArabicForms.shape(withoutZwnj))).isEqualTo(ICU_SHAPING.shape(withoutZwnj));
        }
    }

    @Test
    void linesAreInTheVisualOrderIcuGivesRightToLeftAndLeftToRight() throws Exception {
        List<String> lines = new ArrayList<>(arabicForm());
        lines.addAll(PERSIAN.stream().map(s -> s.replace("\u200C", "")).toList());
        lines.add("1. من السهل الوصول إلى مركز الأسرة.");
        lines.add("عيادة رعاية الحوامل (barnmorskemottagning)");
        lines.add("رقم الاستمارة 0042");
        lines.add("صفحة 2 من 5");
        for (String line : lines) {
            String shaped = ArabicForms.shape(line);
            assertThat(VisualText.visual(line, true)).as(line).isEqualTo(icuVisual(shaped, Bidi.RTL));
            assertThat(VisualText.visual(line, false)).as(line).isEqualTo(icuVisual(shaped, Bidi.LTR));
        }
    }

    @Test
    void aQuoteInArabicInsideASwedishLineKeepsTheSwedishOrder() {
        String line = "”شكرا لكم” (kvinna)";
        String visual = VisualText.visual(line, false);
        assertThat(visual).startsWith("”").endsWith("” (kvinna)");
        assertThat(visual.substring(1, visual.indexOf('”', 1))).isEqualTo(icuVisual(ArabicForms.shape("شكرا لكم"), Bidi.RTL));
    }

    @Test
    void swedishTextIsLeftAsItIs() {
        String line = "Stämmer mycket bra – åäö ÅÄÖ (4) “citat” 1 000 kr";
        assertThat(VisualText.visual(line, false)).isSameAs(line);
        assertThat(VisualText.visual(line, true)).isNotSameAs(line);
    }

    @Test
    void marksStayAfterTheirLetterWhenARunIsTurnedRound() {
        String withShadda = "شكرًا";
        assertThat(VisualText.visual(withShadda, true))
                .isEqualTo(icuVisual(ArabicForms.shape(withShadda), Bidi.RTL));
    }

    @Test
    void rightToLeftLanguagesAreKnownByCodeOrTag() {
        assertThat(VisualText.isRightToLeft("ar")).isTrue();
        assertThat(VisualText.isRightToLeft("fa-IR")).isTrue();
        assertThat(VisualText.isRightToLeft("ckb")).isTrue();
        assertThat(VisualText.isRightToLeft("sv-SE")).isFalse();
        assertThat(VisualText.isRightToLeft("ti")).isFalse();
        assertThat(VisualText.isRightToLeft("")).isFalse();
        assertThat(VisualText.isRightToLeft(null)).isFalse();
    }

    @Test
    void eachScriptHasItsFontAndEmojiHaveNone() {
        assertThat(PdfFonts.familyOf('å')).isEqualTo(PdfFonts.Family.LIBERATION.ordinal());
        assertThat(PdfFonts.familyOf('ґ')).as("Ukrainian ghe").isEqualTo(PdfFonts.Family.LIBERATION.ordinal());
        assertThat(PdfFonts.familyOf('ї')).isEqualTo(PdfFonts.Family.LIBERATION.ordinal());
        assertThat(PdfFonts.familyOf('ب')).isEqualTo(PdfFonts.Family.NOTO_ARABIC.ordinal());
        assertThat(PdfFonts.familyOf('پ')).as("Persian peh").isEqualTo(PdfFonts.Family.NOTO_ARABIC.ordinal());
        assertThat(PdfFonts.familyOf('ሀ')).isEqualTo(PdfFonts.Family.NOTO_ETHIOPIC.ordinal());
        assertThat(PdfFonts.familyOf('።')).isEqualTo(PdfFonts.Family.NOTO_ETHIOPIC.ordinal());
        assertThat(PdfFonts.familyOf("😀".codePointAt(0))).isEqualTo(-1);
        assertThat(PdfFonts.familyOf('\u4E2D')).as("Chinese").isEqualTo(-1);
    }

    @Test
    void bothArabicWeightsHaveEveryFormTheJoiningWrites() {
        String forms = ArabicForms.allForms();
        for (int i = 0; i < forms.length(); i++) {
            assertThat(PdfFonts.familyOf(forms.charAt(i))).as("U+%04X", (int) forms.charAt(i))
                    .isEqualTo(PdfFonts.Family.NOTO_ARABIC.ordinal());
        }
    }

    private static void assertForm(String shaped, int index, String letterName, String form) {
        assertThat(Character.getName(shaped.charAt(index))).as("%s %s", letterName, form)
                .contains(letterName).endsWith(" " + form + " FORM");
    }

    /** Forms-A presentation forms (Persian, Urdu letters) back to their letters, as ICU leaves them. */
    private static String nominalFormsA(String shaped) {
        StringBuilder out = new StringBuilder();
        for (char c : shaped.toCharArray()) {
            out.append(c >= 0xFB50 && c <= 0xFDFF ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : c);
        }
        return out.toString();
    }

    private static String icuVisual(String shaped, byte level) {
        try {
            Bidi bidi = new Bidi();
            bidi.setPara(shaped, level, null);
            String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
            return visual.replaceAll("[\u200C\u200D]", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> arabicForm() throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(VisualTextTest.class.getResourceAsStream(
                "/se/samordna/core/survey/formular_ar.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames().stream().sorted().map(properties::getProperty).toList();
    }
}
