package se.samordna.app.texts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samordna.app.i18n.Messages;
import se.samordna.core.texts.BuiltInText;

/** Where the app calls a text word for word, the list beside it names every change, kind by kind. */
class CorrectionsViewModelTest {
    private final CorrectionsViewModel model = new CorrectionsViewModel(Messages.forLanguage("sv"));

    @Test
    void theCollaborationAgreementListsItsTyposHeadingsAndFilledBlanks() {
        assertThat(model.header(BuiltInText.SAMVERKANSAVTAL)).startsWith("Samverkansavtal: texten är ordagrann ur Bilaga 1")
                .contains("Inget annat skiljer sig från källan.");
        assertThat(model.rows(BuiltInText.SAMVERKANSAVTAL)).extracting(CorrectionsViewModel.Row::change)
                .contains("”Twist på grund” → ”Tvist på grund”", "”BUDGET” → ”Budget”",
                        "”familje-centralen” → ”familjecentralen”", "”\"Husmöten\"” → ””Husmöten””");
        assertThat(model.rows(BuiltInText.SAMVERKANSAVTAL)).extracting(CorrectionsViewModel.Row::kind)
                .startsWith("Stavfel").contains("Rubrik i versaler", "Avstavning", "Citattecken", "Lucka ifylld");
        assertThat(model.wordingCount(BuiltInText.SAMVERKANSAVTAL)).isEqualTo(16);
    }

    @Test
    void everyBuiltInTextCanBeShownWithItsSource() {
        assertThat(model.texts()).hasSize(BuiltInText.values().length);
        for (BuiltInText text : model.texts()) {
            assertThat(model.name(text)).contains(text.title()).contains("Bilaga");
            assertThat(model.rows(text)).isNotEmpty().allSatisfy(row -> assertThat(row.note()).isNotBlank());
        }
        assertThat(model.rows(BuiltInText.VERKSAMHETSBERATTELSE)).extracting(CorrectionsViewModel.Row::change)
                .contains("”målluppfyllelse” → ”måluppfyllelse”", "”XX kommuns” fylls i med (kommunens namn) kommuns");
    }
}
