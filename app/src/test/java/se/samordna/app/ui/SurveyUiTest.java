package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.PartUsed;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.Response;

/** Three paper forms typed in from the keyboard, as a coordinator would after the survey weeks. */
class SurveyUiTest extends AppOnExamples {

    @Start
    void start(Stage stage) {
        open(stage, 900);
    }

    @Test
    void threeFormsAreTypedInWithOneKeystrokePerAnswer(FxRobot robot) {
        long fyrklovern = workspace.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Fyrklövern")).findFirst().orElseThrow().id();
        robot.interact(() -> context.work().selectCentre(fyrklovern));
        robot.clickOn("#nav-SURVEY");
        robot.clickOn("#tab-entry");
        TextField number = robot.lookup("#entryNumber").queryAs(TextField.class);
        assertThat(number.getText()).isEqualTo("1");

        // Form 1: fourteen answers, woman, parent, BVC and öppen förskola, own words; Enter saves.
        robot.clickOn("#entryNumber").type(KeyCode.TAB);
        robot.write("43344434443434");
        robot.write("11 11 ");
        robot.write("Bra att kunna komma utan tid.");
        robot.type(KeyCode.ENTER);
        assertThat(feedback(robot)).isEqualTo("Formulär 1 sparat. Nästa formulär:");
        assertThat(number.getText()).isEqualTo("2");

        // Form 2: a key not on the scale is refused on the spot; Vet inte and blanks are fine.
        robot.clickOn("#entryNumber").type(KeyCode.TAB);
        robot.write("0 7");
        assertThat(feedback(robot)).startsWith("”7” är inget svar i kolumn 3");
        robot.write("4");
        robot.type(KeyCode.ENTER);
        assertThat(feedback(robot)).isEqualTo("Formulär 2 sparat. Nästa formulär:");

        // Form 3: a number already typed in is flagged and the form is not saved until it is changed.
        robot.doubleClickOn("#entryNumber").write("1");
        assertThat(robot.lookup("#entryNumberError").queryAs(Label.class).getText())
                .startsWith("Formulär nummer 1 är redan inmatat");
        robot.type(KeyCode.TAB);
        assertThat(number.isFocused()).as("the answers wait until the number is put right").isTrue();
        assertThat(workspace.surveys().responses(context.survey().survey().id())).hasSize(2);
        robot.doubleClickOn("#entryNumber").write("17").type(KeyCode.TAB).write("2222");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#entryCount").queryAs(Label.class).getText())
                .isEqualTo("3 formulär inmatade för 2026");
        assertThat(robot.lookup("#responseTable").queryAs(TableView.class).getItems()).hasSize(3);
        List<Response> saved = workspace.surveys().responses(context.survey().survey().id()).stream()
                .sorted(Comparator.comparingInt(r -> r.draft().formNumber())).toList();
        assertThat(saved).extracting(r -> r.draft().formNumber()).containsExactly(1, 2, 17);
        Response first = saved.getFirst();
        String firstItem = context.survey().survey().items().getFirst().key();
        String lastItem = context.survey().survey().items().getLast().key();
        assertThat(first.draft().answers()).hasSize(14);
        assertThat(first.draft().answers().get(firstItem)).isEqualTo(Answer.MYCKET_BRA);
        assertThat(first.draft().answers().get(lastItem)).isEqualTo(Answer.MYCKET_BRA);
        assertThat(first.draft().gender()).isEqualTo(Gender.KVINNA);
        assertThat(first.draft().relation()).isEqualTo(Relation.FORALDER);
        assertThat(first.draft().parts()).containsExactlyInAnyOrder(PartUsed.BARNAVARDSCENTRAL,
                PartUsed.OPPEN_FORSKOLA);
        assertThat(first.draft().openAnswer()).isEqualTo("Bra att kunna komma utan tid.");
        Response second = saved.get(1);
        assertThat(second.draft().answers()).hasSize(2).containsEntry(firstItem, Answer.VET_INTE);
        assertThat(saved.get(2).draft().answers()).hasSize(4);

        // The results count the three forms; every group is under five, so none is shown on its own.
        robot.clickOn("#tab-results");
        assertThat(robot.lookup("#resultRespondents").queryAs(Label.class).getText()).isEqualTo("Inkomna formulär 2026: 3");
        assertThat(context.survey().resultsProperty().get().breakdowns().getFirst().groups())
                .allMatch(g -> g.hidden());
    }

    @Test
    void theShippedArabicTranslationIsMarkedToReviewUntilTheCoordinatorApprovesIt(FxRobot robot) {
        long fyrklovern = workspace.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Fyrklövern")).findFirst().orElseThrow().id();
        robot.interact(() -> context.work().selectCentre(fyrklovern));
        robot.clickOn("#nav-SURVEY");
        robot.clickOn("#tab-forms");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> language = robot.lookup("#formsLanguage")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(language.getItems()).contains("ar");
        Label review = robot.lookup("#formsReview").queryAs(Label.class);
        assertThat(review.getParent().isVisible()).as("Swedish needs no review").isFalse();

        robot.interact(() -> language.setValue("ar"));
        assertThat(review.getParent().isVisible()).isTrue();
        assertThat(review.getText()).contains("arabiska").contains("inte granskad");
        assertThat(robot.lookup("#translation-T01").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("من السهل الوصول إلى مركز الأسرة.");

        robot.clickOn("#approveTranslation");
        assertThat(review.getParent().isVisible()).isFalse();
        assertThat(workspace.surveys().get(context.survey().survey().id()).needsReview("ar")).isFalse();
    }

    private static String feedback(FxRobot robot) {
        return robot.lookup("#entryFeedback").queryAs(Label.class).getText();
    }
}
