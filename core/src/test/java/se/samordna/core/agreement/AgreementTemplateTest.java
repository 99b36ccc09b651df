package se.samordna.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.samordna.core.Seeds;
import se.samordna.core.agreement.AgreementTemplate.TaskTemplate;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;

/** The built-in templates are the seed's Bilaga 1 and Bilaga 2, word for word and in order. */
class AgreementTemplateTest {
    private static final String GUIDELINE = Seeds.guideline();
    private static final String BILAGA_1 = Seeds.section(GUIDELINE, "Bilaga 1\n\nSamverkansavtal", "Bilaga 2\n\nSamordnarfunktionen");
    private static final String BILAGA_2 = Seeds.section(GUIDELINE, "Bilaga 2\n\nSamordnarfunktionen", "Bilaga 3\n\nVerksamhetsberättelse");
    private static final String BILAGA_2_TEMPLATE = Seeds.section(GUIDELINE, "Mall – Avtal samordnare", "Bilaga 3\n\nVerksamhetsberättelse");
    private static final String BILAGA_2_LIST = Seeds.section(GUIDELINE, "Bilaga 2\n\nSamordnarfunktionen", "Mall – Avtal samordnare");
    private static final String BILAGA_2_TEMPLATE_TASKS = Seeds.section(GUIDELINE,
            "Arbetsuppgifter för samordnaren vid aktuell familjecentral:", "Detta avtal har upprättats i tre");

    @Test
    void collaborationAgreementHasTheHeadingsOfBilagaOneInOrder() {
        List<String> headings = AgreementTemplate.of(AgreementKind.SAMVERKAN).clauses().stream()
                .map(TemplateClause::heading).filter(h -> !h.isEmpty()).toList();

        assertThat(headings).containsExactly("Inledning", "Parter", "Syfte", "Verksamhetens mål och inriktning",
                "Upptagningsområde", "Ansvarsfördelning", "Ledningsorganisation", "Samordnare",
                "Utvecklingsfrågor och verksamhetsuppföljning", "Budget", "Lokaler",
                "Ansvar vid överföring av information", "Informationsskyldighet", "Avtalstid", "Förhandling", "Tvist");
        assertInOrder(BILAGA_1, headings.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList(), true);
    }

    @Test
    void everyWordOfTheCollaborationAgreementIsTheSeeds() {
        assertTemplateIsSeed(AgreementTemplate.of(AgreementKind.SAMVERKAN), BILAGA_1);
    }

    @Test
    void everyWordOfTheCoordinatorAgreementIsTheSeeds() {
        AgreementTemplate template = AgreementTemplate.of(AgreementKind.SAMORDNARE);
        assertTemplateIsSeed(template, BILAGA_2_TEMPLATE);
        assertThat(template.clauses()).extracting(TemplateClause::heading).containsSubsequence(
                "Verksamhetens mål och inriktning", "Ansvarsfördelning", "Utvecklingsfrågor och verksamhetsuppföljning",
                "Budget", "Ansvar vid överföring av information", "Informationsskyldighet", "Avtalstid", "Förhandling",
                "Tvist", "Samordnarens uppdrag");
    }

    @Test
    void theTaskListOfBilagaTwoStartsWithItsHeadingAndIntroduction() {
        AgreementTemplate.TaskList list = AgreementTemplate.coordinatorTaskList();
        String opening = "Bilaga 2 " + Seeds.normalise(Placeholder.withHints(list.heading()) + " " + list.intro()
                + " - " + list.tasks().getFirst().text());

        assertThat(BILAGA_2.substring(0, Math.min(BILAGA_2.length(), opening.length()))).isEqualTo(opening);
        assertThat(list.intro()).isEqualTo("Nedanstående punkter är rekommenderade arbetsuppgifter för en samordnare "
                + "vid en familjecentral. Det är dock av största vikt att överenskomma om vilka arbetsuppgifter som "
                + "ska ingå vid just er familjecentral utifrån de behov som föreligger hos er.");
        assertThat(Placeholder.fill(list.heading(), p -> switch (p) {
            case FAMILJECENTRAL -> "Familjecentralen Solsidan";
            case IKOMMUN -> "i Östersunds kommun";
            default -> "";
        }).text()).isEqualTo("Samordnarfunktionen på Familjecentralen Solsidan i Östersunds kommun");
    }

    @Test
    void everyCoordinatorTaskIsTheListsWordForWordInOrderAndNestingIsKept() {
        List<TaskTemplate> tasks = AgreementTemplate.coordinatorTasks();

        assertInOrder(BILAGA_2_LIST, tasks.stream().map(TaskTemplate::text).toList(), false);
        assertThat(tasks).hasSize(25);
        assertThat(tasks).filteredOn(t -> t.level() == 1).hasSize(14);
        assertThat(tasks).extracting(TaskTemplate::text).contains(
                "Vara länken mellan arbetslaget och ledningsgruppen, i båda riktningarna",
                "På ledningsgruppens uppdrag planera, leda och samordna det gemensamma arbetet på familjecentralen:",
                "Leda mötet vid ledningsgruppens besök",
                "Angående eventuella studiebesök: Ha en dialog med ledningsgruppen, planera och ta emot studiebesök "
                        + "på familjecentralen");
    }

    @Test
    void theTasksChosenByDefaultAreTheOnesTheTemplateListsToo() {
        for (TaskTemplate task : AgreementTemplate.coordinatorTasks()) {
            String text = Seeds.normalise(task.text());
            // The template's list says "styrgruppen" where the list says "ledningsgruppen", ends the last
            // task with a full stop, and writes the two tasks on introducing new staff as one.
            boolean inTemplate = Stream.of(text, text.replace("ledningsgrupp", "styrgrupp"),
                            text.replace("Introduktion av ny personal. ", ""))
                    .anyMatch(BILAGA_2_TEMPLATE_TASKS::contains);
            assertThat(inTemplate).as(task.text()).isEqualTo(task.inTemplateList());
        }
    }

    @Test
    void placeholdersCarryTheTemplatesOwnWords() {
        AgreementTemplate template = AgreementTemplate.of(AgreementKind.SAMVERKAN);
        String parties = template.clause("parter").orElseThrow().body();

        assertThat(Placeholder.withHints(parties)).startsWith("Mellan ange namn på kommunen kommuns");
        assertThat(Placeholder.fill(parties, p -> switch (p) {
            case KOMMUNFORM -> "Östersunds";
            case OMRADE -> "Odensala";
            case REGION -> "Region Jämtland Härjedalen";
            default -> "";
        }).text()).isEqualTo("Mellan Östersunds kommuns barn och utbildningsförvaltning, social- och "
                + "arbetsmarknadsförvaltningen, och Region Jämtland Härjedalen, primärvård i Odensala, gäller "
                + "följande samverkansavtal för familjecentralerna inom Östersunds kommun.");
    }

    private static void assertTemplateIsSeed(AgreementTemplate template, String seed) {
        assertThat(seed).contains(Seeds.normalise(Placeholder.withHints(template.title())));
        if (!template.subtitle().isEmpty()) {
            assertThat(seed).contains(template.subtitle());
        }
        List<String> pieces = new ArrayList<>();
        for (TemplateClause clause : template.clauses()) {
            for (Block block : Block.parse(clause.body())) {
                String text = switch (block) {
                    case Block.Paragraph p -> p.text();
                    case Block.Bullet b -> b.text();
                    case Block.Subheading s -> s.text();
                    case Block.Generated g -> null;
                };
                if (text != null) {
                    pieces.add(Placeholder.withHints(text));
                }
            }
        }
        assertInOrder(seed, pieces, false);
    }

    /** Each piece occurs in {@code seed}, each after the one before. */
    private static void assertInOrder(String seed, List<String> pieces, boolean ignoreCase) {
        String haystack = ignoreCase ? seed.toUpperCase(Locale.ROOT) : seed;
        int from = 0;
        for (String piece : pieces) {
            String needle = ignoreCase ? Seeds.normalise(piece).toUpperCase(Locale.ROOT) : Seeds.normalise(piece);
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                at = haystack.indexOf(needle);
                assertThat(at).as("in the seed: \"" + piece + "\"").isGreaterThanOrEqualTo(0);
                assertThat(at).as("in the seed's order: \"" + piece + "\"").isGreaterThanOrEqualTo(from);
            }
            from = at + 1;
        }
    }
}
