package se.samordna.app.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.agreement.AgreementsFeature;
import se.samordna.app.shell.Section;

/** The user guide's pages: all there in both languages, in step with each other, and read as written. */
class HelpGuideTest {

    @Test
    void everyPageIsThereInSwedishAndEnglishWithTheSameHeadingsAndLinks() {
        HelpGuide swedish = HelpGuide.load("sv");
        HelpGuide english = HelpGuide.load("en");
        for (HelpTopic topic : HelpTopic.values()) {
            HelpPage sv = swedish.page(topic);
            HelpPage en = english.page(topic);
            assertThat(sv.title()).as(topic + " sv").isNotBlank();
            assertThat(en.title()).as(topic + " en").isNotBlank().isNotEqualTo(sv.title());
            assertThat(sv.blocks()).as(topic + " has text").hasSizeGreaterThan(3);
            assertThat(count(en, HelpPage.Heading.class)).as(topic + ": headings in step")
                    .isEqualTo(count(sv, HelpPage.Heading.class));
            assertThat(links(en)).as(topic + ": links in step").isEqualTo(links(sv));
        }
        assertThat(swedish.pages()).extracting(HelpPage::topic).containsExactly(HelpTopic.values());
    }

    @Test
    void everyPartOfTheAppHasItsOwnPage() {
        for (Section section : TestWorkspaces.sections()) {
            assertThat(HelpTopic.of(section)).isNotNull();
        }
        assertThat(HelpTopic.of(AgreementsFeature.SECTION)).isEqualTo(HelpTopic.AGREEMENTS);
        assertThat(HelpTopic.of(TestWorkspaces.section("WHEEL"))).isEqualTo(HelpTopic.WHEEL);
        assertThat(HelpTopic.of(TestWorkspaces.section("PLAN"))).isEqualTo(HelpTopic.PLAN);
        assertThat(HelpTopic.of(TestWorkspaces.section("OVERVIEW"))).isEqualTo(HelpTopic.OVERVIEW);
    }

    @Test
    void theMarkupBecomesHeadingsParagraphsListsStepsStrongTextAndLinks() {
        HelpPage page = HelpGuide.parse(HelpTopic.DATA, """
                # Säkerhetskopior

                Allt sparas på *din* dator,
                se [Hem](hem).

                ## Återställa
                1. Välj *Arkiv › Återställ*.
                2. Bekräfta
                   med *Återställ*.
                - en punkt
                - en till
                """);

        assertThat(page.title()).isEqualTo("Säkerhetskopior");
        assertThat(page.blocks()).hasSize(4);
        assertThat(page.blocks().get(0)).isEqualTo(new HelpPage.Paragraph(List.of(
                new HelpPage.Plain("Allt sparas på "), new HelpPage.Strong("din"), new HelpPage.Plain(" dator, se "),
                new HelpPage.Link("Hem", HelpTopic.HOME), new HelpPage.Plain("."))));
        assertThat(page.blocks().get(1)).isEqualTo(new HelpPage.Heading("Återställa"));
        HelpPage.Steps steps = (HelpPage.Steps) page.blocks().get(2);
        assertThat(steps.items()).hasSize(2);
        assertThat(steps.items().get(1)).containsExactly(new HelpPage.Plain("Bekräfta"),
                new HelpPage.Plain(" med "), new HelpPage.Strong("Återställ"), new HelpPage.Plain("."));
        assertThat(((HelpPage.Bullets) page.blocks().get(3)).items()).hasSize(2);
    }

    @Test
    void aBrokenPageIsCaughtWhenTheGuideIsRead() {
        assertThatThrownBy(() -> HelpGuide.parse(HelpTopic.HOME, "# Hem\n\nEn *öppen stjärna.\n"))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> HelpGuide.parse(HelpTopic.HOME, "# Hem\n\nSe [Avtal](avtalen).\n"))
                .hasMessageContaining("avtalen");
        assertThatThrownBy(() -> HelpGuide.parse(HelpTopic.HOME, "Hem utan rubrik\n"))
                .hasMessageContaining("first line");
    }

    private static long count(HelpPage page, Class<?> kind) {
        return page.blocks().stream().filter(kind::isInstance).count();
    }

    private static List<HelpTopic> links(HelpPage page) {
        return page.blocks().stream().flatMap(block -> switch (block) {
            case HelpPage.Paragraph p -> p.spans().stream();
            case HelpPage.Bullets b -> b.items().stream().flatMap(List::stream);
            case HelpPage.Steps s -> s.items().stream().flatMap(List::stream);
            case HelpPage.Heading h -> java.util.stream.Stream.<HelpPage.Span>empty();
        }).filter(HelpPage.Link.class::isInstance).map(span -> ((HelpPage.Link) span).target()).sorted().toList();
    }
}
