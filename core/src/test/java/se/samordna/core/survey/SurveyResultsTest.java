package se.samordna.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** Aggregation worked out by hand, Vet inte and blanks left out, small groups hidden. */
class SurveyResultsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private SurveyService surveys;
    private Survey survey;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir, CLOCK);
        workspace.exampleData().declineExamples();
        long centre = workspace.centres().create(CentreDetails.newCentre("Familjecentralen Test", "Östersund", "")).id();
        surveys = workspace.surveys();
        survey = surveys.forYear(centre, 2026);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theStandardQuestionnaireCoversTheFiveGoalsAndFourAreas() {
        assertThat(survey.items()).hasSizeBetween(12, 16);
        assertThat(survey.items()).extracting(SurveyItem::goal).containsAll(List.of(SurveyGoal.values()));
        assertThat(survey.items()).extracting(SurveyItem::area).containsAll(List.of(SurveyArea.values()));
        assertThat(survey.items()).allSatisfy(item -> assertThat(item.targetPercent()).isEqualTo(85));
        assertThat(SurveyService.missing(survey, "en")).isEmpty();
        assertThat(SurveyService.itemText(survey, "en", "T08")).isEqualTo("The staff treat me with respect.");
        assertThat(SurveyService.missing(survey, "fi")).hasSize(survey.items().size() + StandardSurvey.FORM_TEXT_KEYS.size());
    }

    @Test
    void sharesCountOnlyTheFourStepsAndPositiveIsTheTopTwo() {
        // T01 (Tillgänglighet): 4, 3, 2, 1, 0 (Vet inte), blank -> counted 4, positive 2 = 50 %.
        // T02 (Tillgänglighet): 4, 4, 4, 3, 1, blank           -> counted 5, positive 4 = 80 %.
        // T03 (Bemötande):      4, 0, 0, blank, blank, blank    -> counted 1, positive 1 = 100 %.
        int[][] answers = {{4, 4, 4}, {3, 4, 0}, {2, 4, 0}, {1, 3, -1}, {0, 1, -1}, {-1, -1, -1}};
        for (int form = 0; form < answers.length; form++) {
            Map<String, Answer> map = new LinkedHashMap<>();
            String[] keys = {"T01", "T02", "T03"};
            for (int i = 0; i < 3; i++) {
                if (answers[form][i] >= 0) {
                    map.put(keys[i], Answer.ofCode(answers[form][i]));
                }
            }
            surveys.addResponse(survey.id(), new ResponseDraft(form + 1, "sv", Gender.KVINNA, Relation.FORALDER,
                    Set.of(PartUsed.OPPEN_FORSKOLA), "", map));
        }

        SurveyResults results = surveys.results(survey.id());

        SurveyResults.ItemResult t01 = item(results, "T01");
        assertThat(t01.counts()).isEqualTo(new ItemCounts("T01", 4, 2, 1));
        assertThat(t01.share()).isEqualTo(50.0);
        assertThat(t01.met()).isFalse();
        assertThat(item(results, "T02").share()).isEqualTo(80.0);
        assertThat(item(results, "T03").counts()).isEqualTo(new ItemCounts("T03", 1, 1, 2));
        SurveyResults.AreaResult access = results.areas().stream().filter(a -> a.area() == SurveyArea.TILLGANGLIGHET)
                .findFirst().orElseThrow();
        // Area = all its items together: T01 + T02 (+ items without answers): 9 counted, 6 positive.
        assertThat(access.counts().counted()).isEqualTo(9);
        assertThat(access.counts().positive()).isEqualTo(6);
        assertThat(access.share()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(access.belowTarget()).isTrue();
        assertThat(item(results, "T14").share()).isNull();
        assertThat(results.respondents()).isEqualTo(6);
        assertThat(SurveyService.proposals(results)).containsKey(SurveyArea.TILLGANGLIGHET)
                .doesNotContainKey(SurveyArea.BEMOTANDE);
    }

    @Test
    void aGroupOfFewerThanFiveIsHiddenAndAGroupOfFiveIsShown() {
        List<ResponseDraft> forms = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            forms.add(form(i, Gender.KVINNA, "sv"));
        }
        for (int i = 6; i <= 9; i++) {
            forms.add(form(i, Gender.MAN, "en"));
        }
        surveys.importResponses(survey.id(), forms);

        SurveyResults results = surveys.results(survey.id());
        SurveyResults.Breakdown gender = breakdown(results, "gender");

        SurveyResults.Group women = group(gender, "KVINNA");
        SurveyResults.Group men = group(gender, "MAN");
        assertThat(women.hidden()).isFalse();
        assertThat(women.areaShares()).containsKey(SurveyArea.TILLGANGLIGHET);
        assertThat(men.respondents()).isEqualTo(4);
        assertThat(men.hidden()).isTrue();
        assertThat(men.areaShares()).isEmpty();
        assertThat(group(breakdown(results, "language"), "en").areaShares()).isEmpty();
        assertThat(group(breakdown(results, "part"), "OPPEN_FORSKOLA").respondents()).isEqualTo(9);
    }

    @Test
    void earlierYearsStandBesideThisYear() {
        Survey last = surveys.forYear(survey.centreId(), 2025);
        surveys.importResponses(last.id(), List.of(form(1, Gender.KVINNA, "sv"), form(2, Gender.MAN, "sv")));
        surveys.importResponses(survey.id(), List.of(form(1, Gender.KVINNA, "sv")));

        SurveyResults results = surveys.results(survey.id());

        assertThat(results.earlier()).singleElement().satisfies(year -> {
            assertThat(year.year()).isEqualTo(2025);
            assertThat(year.itemShares().get("T01")).isEqualTo(100.0);
            assertThat(year.areaShares()).containsKey(SurveyArea.TILLGANGLIGHET);
        });
    }

    @Test
    void theQuestionnaireIsFrozenOnceAnswersExist() {
        SurveyItem first = survey.items().getFirst();
        Survey edited = surveys.updateItem(survey.id(), new SurveyItem(first.key(), 1, first.goal(), first.area(), 90,
                "Det är lätt att hitta till familjecentralen."));
        assertThat(edited.items().getFirst().targetPercent()).isEqualTo(90);
        Survey added = surveys.addItem(survey.id(), SurveyGoal.NATVERK, SurveyArea.DELAKTIGHET, "Jag deltar i föräldragrupper.");
        assertThat(added.items()).hasSize(15);

        surveys.addResponse(survey.id(), form(1, Gender.KVINNA, "sv"));

        assertThatThrownBy(() -> surveys.updateItem(survey.id(), first))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("survey.frozen"));
        assertThatThrownBy(() -> surveys.removeItem(survey.id(), "T01")).isInstanceOf(UserFacingException.class);
        assertThat(surveys.setTranslation(survey.id(), "fi", "T01", "Perhekeskukseen on helppo tulla.")
                .translations().get("fi")).containsEntry("T01", "Perhekeskukseen on helppo tulla.");
    }

    @Test
    void aRepeatedFormNumberAndIdentifyingTextAreRefused() {
        surveys.addResponse(survey.id(), form(7, Gender.KVINNA, "sv"));

        assertThatThrownBy(() -> surveys.addResponse(survey.id(), form(7, Gender.MAN, "sv")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("survey.formNumberTaken"));
        for (String open : List.of("Ring mig på 070-123 45 67", "Mitt personnummer är 19850412-1234",
                "maila anna.svensson@example.com")) {
            ResponseDraft draft = new ResponseDraft(8, "sv", null, null, Set.of(), open, Map.of());
            assertThatThrownBy(() -> surveys.addResponse(survey.id(), draft))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .anySatisfy(error -> assertThat(error.messageKey()).isEqualTo("survey.identifying")));
        }
        assertThat(surveys.nextFormNumber(survey.id())).isEqualTo(8);
    }

    @Test
    void anImportIsAllOrNothing() {
        surveys.addResponse(survey.id(), form(3, Gender.KVINNA, "sv"));

        assertThatThrownBy(() -> surveys.importResponses(survey.id(), List.of(form(1, Gender.KVINNA, "sv"),
                form(3, Gender.MAN, "sv")))).isInstanceOf(UserFacingException.class);

        assertThat(surveys.responses(survey.id())).extracting(r -> r.draft().formNumber()).containsExactly(3);
    }

    @Test
    void theSurveyWeeksAreWeeks45And46() {
        LocalDate[] weeks = SurveyService.surveyWeeks(2026);
        assertThat(weeks[0]).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(weeks[1]).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(SurveyService.surveyWeeks(2027)[0]).isEqualTo(LocalDate.of(2027, 11, 8));
    }

    private static ResponseDraft form(int number, Gender gender, String language) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 14; i++) {
            answers.put(String.format("T%02d", i), i % 5 == 0 ? Answer.GANSKA_DALIGT : Answer.MYCKET_BRA);
        }
        return new ResponseDraft(number, language, gender, Relation.FORALDER, EnumSet.of(PartUsed.OPPEN_FORSKOLA), "",
                answers);
    }

    private static SurveyResults.ItemResult item(SurveyResults results, String key) {
        return results.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    private static SurveyResults.Breakdown breakdown(SurveyResults results, String question) {
        return results.breakdowns().stream().filter(b -> b.question().equals(question)).findFirst().orElseThrow();
    }

    private static SurveyResults.Group group(SurveyResults.Breakdown breakdown, String value) {
        return breakdown.groups().stream().filter(g -> g.value().equals(value)).findFirst().orElseThrow();
    }
}
