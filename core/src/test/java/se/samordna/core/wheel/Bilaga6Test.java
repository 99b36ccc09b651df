package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samordna.core.Seeds;
import se.samordna.core.texts.Correction;

/** The built-in wheel is Bilaga 6's table, row for row and word for word, after the one listed correction. */
class Bilaga6Test {

    @Test
    void theBuiltInRowsAreTheTableOfTheSourceWordForWord() {
        String source = Seeds.guideline();
        int start = source.indexOf("Månad\tAnsvarig\n") + "Månad\tAnsvarig\n".length();
        int end = source.indexOf("\n\nBilaga 7", start);
        List<String> table = source.substring(start, end).lines().map(String::stripTrailing).toList();
        for (Correction correction : Bilaga6.corrections()) {
            table = table.stream().map(line -> line.replace(correction.source(), correction.corrected())).toList();
        }

        List<String> builtIn = new ArrayList<>();
        for (Month month : Month.values()) {
            List<Bilaga6.Row> rows = Bilaga6.rows().stream().filter(r -> r.month() == month).toList();
            String names = rows.stream().map(r -> " " + r.name()).collect(Collectors.joining());
            String roles = rows.stream().map(Bilaga6.Row::responsible).collect(Collectors.joining(" "));
            builtIn.add((MonthNames.of(month) + names + "\t" + roles).stripTrailing());
        }
        assertThat(builtIn).isEqualTo(table);
    }

    @Test
    void eachRowFallsInTheMonthItIsListedUnderAndTheSummerIsEmpty() {
        PlanYear year = new PlanYear(2026, Month.JANUARY);
        for (Bilaga6.Row row : Bilaga6.rows()) {
            assertThat(row.rule().month()).as(row.name()).isEqualTo(row.month());
            assertThat(row.rule().dates(year).start().getMonth()).as(row.name()).isEqualTo(row.month());
        }
        assertThat(Bilaga6.rows()).noneMatch(r -> r.month() == Month.JUNE || r.month() == Month.JULY
                || r.month() == Month.AUGUST);
        assertThat(Bilaga6.rows()).extracting(Bilaga6.Row::key).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void theRowsSayingWhenHaveThatRuleAndTheWorkSamordnaHoldsTicksThem() {
        assertThat(row("Verksamhetsberättelsen lämnas in 28/2").rule())
                .isEqualTo(new WheelRule.FixedDate(28, Month.FEBRUARY));
        assertThat(row("Verksamhetsberättelsen lämnas in 28/2").autoSource()).isEqualTo(AutoSource.REPORT);
        assertThat(row("Hälsovecka v.39. planera aktiviteter").rule()).isEqualTo(WheelRule.WeekRange.week(39));
        assertThat(row("Föräldraenkät ska delas ut v.45-46").rule()).isEqualTo(new WheelRule.WeekRange(45, 46));
        assertThat(row("Föräldraenkät ska delas ut v.45-46").autoSource()).isEqualTo(AutoSource.SURVEY);
        assertThat(row("Tillsammans titta igenom samverkansavtalet.").autoSource())
                .isEqualTo(AutoSource.AGREEMENT_REVIEW);
        assertThat(Bilaga6.rows().stream().filter(r -> r.name().equals("Självreflektion")))
                .extracting(Bilaga6.Row::autoSource).containsExactly(AutoSource.WORKSHOP, AutoSource.WORKSHOP);
        assertThat(Bilaga6.rows()).extracting(Bilaga6.Row::responsible).containsOnlyElementsOf(WheelRoles.BUILT_IN);
    }

    private static Bilaga6.Row row(String name) {
        return Bilaga6.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
