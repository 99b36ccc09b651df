package se.samordna.core.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.core.Seeds;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementTemplate;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.Statement;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.wheel.Bilaga6;

/**
 * The list of changes the app shows beside each built-in text is true: every change of wording is
 * in the source and made in the text. (That nothing else differs is checked by each text's own test,
 * which compares it with the source after exactly these changes.)
 */
class BuiltInTextTest {
    private static final String SOURCE = Seeds.guideline();

    @Test
    void everyChangeOfWordingIsInTheSourceAndMadeInTheText() {
        for (BuiltInText text : BuiltInText.values()) {
            String builtIn = text(text);
            for (Correction correction : text.corrections()) {
                if (!correction.kind().wording()) {
                    continue;
                }
                assertThat(SOURCE).as(text + ": the source has " + correction.source()).contains(correction.source());
                assertThat(builtIn).as(text + ": the text has " + correction.corrected())
                        .contains(correction.corrected());
                assertThat(builtIn.replace(correction.corrected(), "")).as(text + ": the text no longer has "
                        + correction.source()).doesNotContain(correction.source());
            }
        }
    }

    @Test
    void theBuiltInTextsQuoteWithSwedishQuotationMarks() {
        for (BuiltInText text : BuiltInText.values()) {
            assertThat(text(text)).as(text.title()).doesNotContainPattern("[\"“„«»]");
        }
    }

    @Test
    void everyTextSaysWhereItComesFromAndEveryChangeIsExplained() {
        for (BuiltInText text : BuiltInText.values()) {
            assertThat(text.source()).startsWith("Bilaga ");
            assertThat(text.corrections()).allSatisfy(c -> assertThat(c.note()).isNotBlank());
        }
        assertThat(BuiltInText.SAMVERKANSAVTAL.corrections()).extracting(Correction::kind)
                .contains(CorrectionKind.STAVFEL, CorrectionKind.AVSTAVNING, CorrectionKind.VERSALER,
                        CorrectionKind.CITATTECKEN);
        assertThat(BuiltInText.VERKSAMHETSBERATTELSE.corrections()).extracting(Correction::source)
                .contains("målluppfyllelse", "XX kommuns", "Familjecentral (fyll i namn)");
    }

    /** A built-in text as the app holds it, headings and all. */
    static String text(BuiltInText text) {
        List<String> parts = new ArrayList<>();
        switch (text) {
            case SAMVERKANSAVTAL, AVTAL_SAMORDNARE -> {
                AgreementTemplate template = AgreementTemplate.of(text == BuiltInText.SAMVERKANSAVTAL
                        ? AgreementKind.SAMVERKAN : AgreementKind.SAMORDNARE);
                parts.add(template.title());
                parts.add(template.subtitle());
                template.clauses().forEach(clause -> {
                    parts.add(clause.heading());
                    parts.add(clause.body());
                });
            }
            case SAMORDNARUPPGIFTER -> {
                AgreementTemplate.TaskList list = AgreementTemplate.coordinatorTaskList();
                parts.add(list.heading());
                parts.add(list.intro());
                list.tasks().forEach(task -> parts.add(task.text()));
            }
            case VERKSAMHETSBERATTELSE -> {
                ReportTemplate.preamble("Östersund").forEach(part -> {
                    parts.add(part.title());
                    part.passages().forEach(passage -> parts.add(passage.text()));
                });
                ReportTemplate.sections(2026).forEach(section -> {
                    parts.add(section.title());
                    parts.add(section.intro());
                    section.fields().forEach(field -> parts.add(field.title() + "\n" + field.guidance()));
                });
            }
            case ARSHJUL -> Bilaga6.rows().forEach(row -> parts.add(row.name() + " " + row.responsible()));
            case SJALVREFLEKTION -> {
                for (Statement statement : Instrument.standard()) {
                    parts.add(statement.title() + " - " + statement.text());
                }
            }
        }
        return String.join("\n", parts);
    }
}
