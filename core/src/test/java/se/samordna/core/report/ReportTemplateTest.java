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
    void guidanceShownAsTheTemplatesIsTheTemplatesAndSamordnasOwnTipsAreMarkedAsSuch() {
        String bilaga1 = Seeds.section(Seeds.guideline(), "Bilaga 1\n\nSamverkansavtal", "Bilaga 2\n\nSamordnarfunktionen");
        String bilaga2 = Seeds.section(Seeds.guideline(), "Bilaga 2\n\nSamordnarfunktionen", "Bilaga 3\n\nVerksamhetsberättelse");
        String mall = Seeds.section(Seeds.guideline(), "Mall - Verksamhetsberättelse och plan\n\nFamiljecentral",
                "Bilaga 4\n\nSjälvreflektion");
        List<String> tips = new ArrayList<>();
        for (ReportTemplate.Section section : ReportTemplate.sections(2026)) {
            if (!section.intro().isBlank()) {
                assertThat(source(section.introSource(), mall, bilaga1, bilaga2)).as(section.key())
                        .containsIgnoringCase(piece(section.intro()));
            }
            for (ReportTemplate.Field field : section.fields()) {
                if (field.source() == ReportTemplate.GuidanceSource.SAMORDNA) {
                    tips.add(field.key());
                    assertThat(Seeds.guideline()).as(field.key()).doesNotContain(piece(field.guidance()));
                } else {
                    assertThat(source(field.source(), mall, bilaga1, bilaga2)).as(field.key())
                            .containsIgnoringCase(piece(field.guidance()));
                }
            }
        }
        assertThat(tips).containsExactly("visitsComment", "specialSupportFamilies", ReportTemplate.PARENTS_VIEW,
                "jointAnalysis", ReportTemplate.DEVELOPMENT_AREAS);
    }

    /** A guidance text as it stands in the source: without the full stop the app may give a piece of it. */
    private static String piece(String guidance) {
        String text = Seeds.normalise(guidance);
        return text.endsWith(".") && !text.endsWith(".)") ? text.substring(0, text.length() - 1) : text;
    }

    private static String source(ReportTemplate.GuidanceSource source, String mall, String bilaga1, String bilaga2) {
        return switch (source) {
            case MALL -> mall;
            case BILAGA_1 -> bilaga1;
            case BILAGA_2 -> bilaga2;
            case SAMORDNA -> "";
        };
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
