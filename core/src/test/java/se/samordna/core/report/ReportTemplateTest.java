package se.samordna.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.core.Seeds;

/** The report's built-in texts are Bilaga 3's, word for word, with its blanks filled from the centre. */
class ReportTemplateTest {
    private static final String BEFORE_THE_MALL = Seeds.section(Seeds.guideline(), "Introduktion\n\nDetta dokument",
            "Mall - Verksamhetsberättelse och plan\n\nFamiljecentral");

    @Test
    void theTextBeforeTheMallIsPrintedInFullAndInOrder() {
        List<String> pieces = new ArrayList<>();
        for (ReportTemplate.TextPart part : ReportTemplate.preambleAsWritten()) {
            pieces.add(part.title());
            part.passages().forEach(passage -> pieces.add((passage.bullet() ? "- " : "") + passage.text()));
        }

        assertThat(ReportTemplate.preambleAsWritten()).extracting(ReportTemplate.TextPart::title).containsExactly(
                "Introduktion", "Inledning", "Verksamhetens mål och inriktning",
                "Samordnarfunktionen på familjecentralen");
        assertThat(Seeds.normalise(String.join(" ", pieces))).isEqualTo(BEFORE_THE_MALL);
    }

    @Test
    void theBlankForTheMunicipalityIsFilled() {
        String introduction = ReportTemplate.preamble("Östersund").getFirst().passages().getFirst().text();

        assertThat(introduction).contains("inom Region Jämtland/ Härjedalen och Östersunds kommuns socialförvaltning")
                .doesNotContain("XX");
        assertThat(ReportTemplate.preamble("Åre").getFirst().passages().getFirst().text())
                .contains("och Åre kommuns socialförvaltning");
    }

    @Test
    void theSectionHeadingsHaveTheCentresNameAndTheYearsFilledIn() {
        List<ReportTemplate.Section> sections = ReportTemplate.sections(2026, "Familjecentralen Solsidan");

        assertThat(sections).extracting(ReportTemplate.Section::title).contains("Familjecentralen Solsidan",
                "Prioriterade mål 2026", "Prioriterade mål under år 2027");
        assertThat(sections).extracting(ReportTemplate.Section::title)
                .noneMatch(title -> title.contains("XX") || title.contains("fyll i") || title.contains("skriv in"));
    }
}
