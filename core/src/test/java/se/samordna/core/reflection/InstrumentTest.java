package se.samordna.core.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samordna.core.Seeds;

/** The 30 statements are those of Bilaga 4, word for word, in its order and areas. */
class InstrumentTest {
    private static final String BILAGA_4 = Seeds.section(Seeds.guideline(), "Bilaga 4\n\nSjälvreflektion",
            "Bilaga 5\n\nInstruktion");

    @Test
    void thereAreThirtyStatementsInSixAreas() {
        List<Statement> statements = Instrument.standard();
        Map<Area, Long> perArea = statements.stream().collect(Collectors.groupingBy(Statement::area,
                Collectors.counting()));

        assertThat(statements).hasSize(30);
        assertThat(statements).extracting(Statement::key).doesNotHaveDuplicates();
        assertThat(perArea).containsExactlyInAnyOrderEntriesOf(Map.of(Area.GENERELLT, 3L,
                Area.TIDIGT_STOD_FORALDRAR, 8L, Area.LARANDE, 4L, Area.TIDIGT_STOD_PERSONAL, 9L,
                Area.JAMSTALLDHET, 2L, Area.SAMVERKAN, 4L));
        assertThat(List.of(Area.values())).extracting(Instrument::areaName).containsExactly(
                "Generellt för arbete på FC", "Tidigt stöd till föräldrar", "Lärande", "Tidigt stöd - personal",
                "Jämställdhet", "Samverkan");
    }

    @Test
    void everyStatementIsTheSeedsWordForWordAndInOrder() {
        int from = 0;
        for (Statement statement : Instrument.standard()) {
            String sentence = Seeds.normalise(statement.title() + " - " + statement.text());
            if (statement.key().equals("S22")) {
                sentence = Seeds.normalise(statement.title() + ": " + statement.text());
            }
            int at = BILAGA_4.indexOf(sentence, from);
            assertThat(at).as("in Bilaga 4, in order: " + sentence).isGreaterThanOrEqualTo(0);
            from = at + sentence.length();
        }
        for (Area area : Area.values()) {
            assertThat(BILAGA_4).contains(Instrument.areaName(area));
        }
    }

    @Test
    void theScaleRunsFromFungerarToBehoverUtvecklas() {
        assertThat(BILAGA_4).contains("Fungerar").contains("Behöver utvecklas");
        assertThat(Instrument.HIGHEST).isEqualTo(6);
        assertThat(Instrument.HIGHEST_LABEL).isEqualTo("Fungerar");
        assertThat(Instrument.LOWEST_LABEL).isEqualTo("Behöver utvecklas");
    }
}
