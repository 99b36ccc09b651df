package se.samordna.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Suggested file names from whatever a centre is called: valid on Windows, macOS and Linux. */
class FileNamesTest {
    private static final String LONG = "Familjecentralen " + "Solsidan och Lillsjön ".repeat(9);

    @TempDir
    Path dir;

    static Stream<String> hostileNames() {
        return Stream.of(
                "Avtal Familjecentralen Solsidan v1.pdf",
                "Avtal Familjecentralen 🌻🏳️‍🌈👨‍👩‍👧 v1.pdf",
                "تقرير مركز الأسرة السنوي 2026.docx",
                "Verksamhetsberättelse " + LONG + " v1.pdf",
                ("🌻".repeat(150)) + ".pdf",
                ("ع".repeat(200)) + ".xlsx",
                "Avtal <Krokom>: \"BVC/BMM\" \\ a|b? c*.pdf",
                "Tab\there\nnew line\u0000nul\u001Fus\u007Fdel\u0085nel.pdf",
                "Namn med punkt på slutet... .pdf",
                "Namn med punkt på slutet... ",
                "   .hidden.pdf",
                "CON.pdf", "con.pdf", "NUL", "nul.tar.pdf", "COM1.pdf", "Lpt9 .pdf", "COM¹.pdf", "AUX  .pdf",
                "CONIN$.pdf",
                "fdp\u202Eexe.pdf",
                "half \uD83C surrogate\uDF3B.pdf",
                "non\uFFFEchar\uFDD0s.pdf",
                "",
                "?*?.pdf",
                ".pdf",
                "/../../etc/passwd",
                "a\u2028b\u2029c\u00A0d.pdf");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void everyNameBecomesOneThatEverySystemAccepts(String name) throws Exception {
        String safe = FileNames.safe(name);

        assertThat(problems(safe)).as("%s -> %s", name, safe).isEmpty();
        assertThat(FileNames.safe(safe)).as("safe twice").isEqualTo(safe);
        assertThat(Files.exists(Files.write(dir.resolve(safe), new byte[] {1}))).isTrue();
    }

    @Test
    void anOrdinaryNameIsLeftAsItIs() {
        assertThat(FileNames.safe("Föräldraenkät 2026 resultat Familjecentralen Fyrklövern.xlsx"))
                .isEqualTo("Föräldraenkät 2026 resultat Familjecentralen Fyrklövern.xlsx");
        assertThat(FileNames.safe("Resultat av självreflektion 2025-12-05.pdf"))
                .isEqualTo("Resultat av självreflektion 2025-12-05.pdf");
    }

    @Test
    void emojiAndArabicAreKeptWhole() {
        assertThat(FileNames.safe("Avtal 🌻 مركز العائلة v1.pdf")).isEqualTo("Avtal 🌻 مركز العائلة v1.pdf");
        assertThat(FileNames.safe("Familj 👨‍👩‍👧 🏳️‍🌈.pdf")).isEqualTo("Familj 👨‍👩‍👧 🏳️‍🌈.pdf");
    }

    @Test
    void forbiddenCharactersBecomeADashBetweenWordsAndOtherwiseASpace() {
        assertThat(FileNames.safe("Avtal BVC/BMM: \"Solsidan\" <Östersund>.pdf"))
                .isEqualTo("Avtal BVC-BMM Solsidan Östersund.pdf");
        assertThat(FileNames.safe("Plan 2026/27 a|b?c.pdf")).isEqualTo("Plan 2026-27 a-b-c.pdf");
        assertThat(FileNames.safe("Rad ett\r\nrad\ttvå.pdf")).isEqualTo("Rad ett rad två.pdf");
    }

    @Test
    void aLongNameIsShortenedBeforeItsExtensionAndNeverInsideACharacter() {
        String shortened = FileNames.safe("Verksamhetsberättelse 2026 " + LONG + " v1.pdf");
        assertThat(shortened).endsWith(".pdf").startsWith("Verksamhetsberättelse 2026 Familjecentralen Solsidan");
        assertThat(shortened.codePointCount(0, shortened.length())).isLessThanOrEqualTo(FileNames.MAX_CHARACTERS);
        assertThat(shortened).doesNotContain(" .pdf");

        String family = "👨‍👩‍👧";
        String emoji = FileNames.safe(family.repeat(60) + ".pdf");
        assertThat(emoji).endsWith(".pdf");
        assertThat(emoji.substring(0, emoji.length() - 4)).matches("(" + family + ")+");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_UTF8_BYTES);
    }

    @Test
    void aCentresNameWithinANameIsCutSoThatWhatFollowsItStays() {
        String name = FileNames.safe("Avtal " + FileNames.part(LONG) + " v2 3 exemplar.pdf");
        assertThat(name).startsWith("Avtal Familjecentralen Solsidan och Lillsjön").endsWith(" v2 3 exemplar.pdf");
        assertThat(FileNames.part(LONG).codePointCount(0, FileNames.part(LONG).length()))
                .isLessThanOrEqualTo(FileNames.PART_CHARACTERS);
        assertThat(FileNames.part("Familjecentralen Solsidan")).isEqualTo("Familjecentralen Solsidan");
        assertThat(FileNames.part("👨‍👩‍👧".repeat(40))).matches("(👨‍👩‍👧)+");
    }

    @Test
    void windowsDeviceNamesGetAnUnderscore() {
        assertThat(FileNames.safe("CON.pdf")).isEqualTo("_CON.pdf");
        assertThat(FileNames.safe("nul.tar.pdf")).isEqualTo("_nul.tar.pdf");
        assertThat(FileNames.safe("Lpt9 .pdf")).isEqualTo("_Lpt9.pdf");
        assertThat(FileNames.safe("CONSOLE.pdf")).isEqualTo("CONSOLE.pdf");
        assertThat(FileNames.safe("COM10.pdf")).isEqualTo("COM10.pdf");
    }

    @Test
    void aNameWithNothingLeftBecomesTheProductName() {
        assertThat(FileNames.safe("?*?.pdf")).isEqualTo("Samordna.pdf");
        assertThat(FileNames.safe(".pdf")).isEqualTo("Samordna.pdf");
        assertThat(FileNames.safe(null)).isEqualTo("Samordna");
        assertThat(FileNames.safe("  . ")).isEqualTo("Samordna");
    }

    @Test
    void directionOverridesThatDisguiseTheExtensionAreDropped() {
        assertThat(FileNames.safe("Avtal fdp\u202Eexe.pdf")).isEqualTo("Avtal fdpexe.pdf");
    }

    /** An independent check of the rules of the three systems, not a copy of {@link FileNames}. */
    static List<String> problems(String name) {
        List<String> found = new java.util.ArrayList<>();
        if (name.isEmpty()) {
            found.add("empty");
        }
        name.codePoints().forEach(cp -> {
            if (cp < 32 || cp == 127 || "<>:\"/\\|?*".indexOf(cp) >= 0) {
                found.add("forbidden character U+" + Integer.toHexString(cp));
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                found.add("half a surrogate pair");
            }
        });
        if (name.endsWith(".") || name.endsWith(" ")) {
            found.add("ends with a dot or space");
        }
        if (name.startsWith(".")) {
            found.add("hidden");
        }
        String device = name.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        if (device.matches("CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|(COM|LPT)[0-9¹²³]")) {
            found.add("Windows device name");
        }
        if (name.codePointCount(0, name.length()) > 120) {
            found.add("longer than 120 characters");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
            found.add("longer than 255 bytes");
        }
        return found;
    }
}
