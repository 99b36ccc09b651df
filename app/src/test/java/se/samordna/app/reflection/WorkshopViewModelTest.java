package se.samordna.app.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.reflection.WorkshopViewModel.Page;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.workspace.Workspace;

/** Step I's wall between participants, on a real workspace: what the screen can still reach after a hand-over. */
class WorkshopViewModelTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private long workshopId;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        runner = new SameThreadTaskRunner();
        long centreId = workspace.centres().list().getFirst().id();
        workshopId = workspace.reflection().start(centreId, new WorkshopDetails(2026, LocalDate.of(2026, 12, 2), 3,
                "")).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aParticipantMayChangeTheirOwnRatingsUntilTheyHandOver() {
        WorkshopViewModel model = load();
        rateAll(model, 6);
        model.individualRows().getFirst().ratingProperty().set(Rating.of(2)); // back to the first statement

        assertThat(workspace.reflection().get(workshopId).rating(1, "S01").rating()).isEqualTo(Rating.of(2));
        assertThat(model.participantProperty().get()).isEqualTo(1);
    }

    @Test
    void afterTheHandOverNoCommandBringsTheEarlierParticipantsRatingsBack() {
        WorkshopViewModel model = load();
        rateAll(model, 6);
        List<RatingRow> participantOnesRows = List.copyOf(model.individualRows());

        model.handOver();

        assertThat(model.handingOverProperty().get()).isTrue();
        assertThat(model.individualRows()).as("hidden before the screen lifts").isEmpty();
        assertThat(workspace.reflection().get(workshopId).handedOver()).as("stored at once").isEqualTo(1);

        model.startNextParticipant();
        assertSecondParticipantAtTheLaptop(model);

        // Every way the screen has of moving about: the step bar, to every page and back.
        for (Page page : Page.values()) {
            model.goTo(page);
            assertThat(model.spread()).as("no spread while participants are still to rate").isEmpty();
            assertThat(model.agreedRows()).allSatisfy(row -> assertThat(row.stats().answers()).isZero());
            model.goTo(Page.STEP1);
            assertSecondParticipantAtTheLaptop(model);
        }
        model.handOver();
        model.startNextParticipant();
        assertThat(model.participantProperty().get()).isEqualTo(3);
        model.startNextParticipant(); // a second press of the screen's button does nothing
        assertThat(model.participantProperty().get()).isEqualTo(3);

        // A row left over from participant 1's form changes nothing any more, here or in the database.
        participantOnesRows.getFirst().ratingProperty().set(Rating.of(1));
        model.saveNote(participantOnesRows.getFirst());
        assertThat(workspace.reflection().get(workshopId).rating(1, "S01").rating()).isEqualTo(Rating.of(6));
        assertThatThrownBy(() -> workspace.reflection().rate(workshopId, 1, "S01", Rating.of(1)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workshop.handedOver"));
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void reopeningTheWorkshopAfterARestartStartsAtTheNextParticipantAndNeverAtAnEarlierOne() {
        WorkshopViewModel model = load();
        rateAll(model, 6);
        model.handOver(); // the hand-over screen is up when the lid is closed

        workspace.close();
        workspace = TestWorkspaces.open(dir.resolve("data"));
        WorkshopViewModel reopened = load();

        assertThat(reopened.handingOverProperty().get()).isFalse();
        assertSecondParticipantAtTheLaptop(reopened);
        reopened.goTo(Page.STEP3);
        assertThat(reopened.agreedRows()).allSatisfy(row -> assertThat(row.stats().answers()).isZero());
        reopened.goTo(Page.STEP1);
        assertSecondParticipantAtTheLaptop(reopened);
    }

    @Test
    void theSpreadIsShownOnceEveryoneHasRatedAndStepOneThenShowsNoOnesRatings() {
        WorkshopViewModel model = load();
        for (int participant = 1; participant <= 3; participant++) {
            rateAll(model, participant + 2);
            model.handOver();
            model.startNextParticipant();
        }

        assertThat(model.pageProperty().get()).isEqualTo(Page.STEP2);
        assertThat(model.spreadShownProperty().get()).isTrue();
        assertThat(model.spread()).hasSize(30);
        assertThat(model.spread().getFirst().answers()).isEqualTo(3);
        assertThat(model.agreedRows().getFirst().stats().median()).isEqualTo(4.0);
        model.goTo(Page.STEP1);
        assertThat(model.ratingsClosedProperty().get()).isTrue();
        assertThat(model.individualRows()).isEmpty();
        assertThat(load().individualRows()).as("after reopening too").isEmpty();
    }

    @Test
    void showingTheSpreadBeforeEveryoneHasRatedEndsStepOneForAll() {
        WorkshopViewModel model = load();
        rateAll(model, 5);
        model.handOver();
        model.startNextParticipant();
        model.individualRows().getFirst().ratingProperty().set(Rating.of(3)); // participant 2 has begun

        model.goTo(Page.STEP2);
        model.revealSpreadAnyway();

        assertThat(model.spreadShownProperty().get()).isTrue();
        assertThat(model.spread()).isNotEmpty();
        assertThat(model.ratingsClosedProperty().get()).isTrue();
        assertThat(model.individualRows()).isEmpty();
        Workshop stored = workspace.reflection().get(workshopId);
        assertThat(stored.everyoneHasHandedOver()).isTrue();
        assertThat(stored.rating(2, "S01").rating()).isEqualTo(Rating.of(3));
        assertThatThrownBy(() -> workspace.reflection().rate(workshopId, 2, "S02", Rating.of(4)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void theListOfWorkshopsSaysWhichStepTheOpenOneIsAtAndWhenItIsFinished() {
        WorkContext context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), workspace.centres().list().getFirst().id());
        ReflectionViewModel reflection = new ReflectionViewModel(workspace.reflection(), workspace.goals(), runner,
                Messages.forLanguage("sv"), context, TestWorkspaces.CLOCK);
        reflection.attach();
        WorkshopViewModel model = reflection.currentProperty().get();
        assertThat(model.workshop().id()).isEqualTo(workshopId);
        assertThat(line(reflection)).endsWith("pågår, steg 1");

        model.goTo(Page.STEP2);
        assertThat(line(reflection)).endsWith("pågår, steg 2");
        model.goTo(Page.STEP3);
        assertThat(line(reflection)).endsWith("pågår, steg 3");
        assertThat(reflection.selectedProperty().get().step()).isEqualTo(3);
        assertThat(reflection.currentProperty().get()).as("the open workshop stays open").isSameAs(model);

        model.finish();
        assertThat(line(reflection)).endsWith("avslutad");
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void statementsKeepTheirOwnNumbersWhateverOrderTheyAreShownIn() {
        WorkshopViewModel model = load();
        rateAll(model, 6);
        model.handOver();
        model.startNextParticipant();
        rateAll(model, 6);
        model.individualRows().get(27).ratingProperty().set(Rating.of(1)); // statement 28: the views differ most
        model.handOver();
        model.startNextParticipant();
        rateAll(model, 5);
        model.handOver();
        model.startNextParticipant();

        StatementStats first = model.spread().getFirst();
        Statement statement = model.workshop().statement(first.statementKey()).orElseThrow();
        assertThat(first.statementKey()).isEqualTo("S28");
        assertThat(model.number(statement)).isEqualTo(28);
        assertThat(model.numberedTitle(statement)).isEqualTo("28. " + statement.title());
    }

    private static String line(ReflectionViewModel reflection) {
        return reflection.describe(reflection.workshops().getFirst());
    }

    private static void assertSecondParticipantAtTheLaptop(WorkshopViewModel model) {
        assertThat(model.participantProperty().get()).isEqualTo(2);
        assertThat(model.individualRows()).hasSize(30).allSatisfy(row -> {
            assertThat(row.participant()).isEqualTo(2);
            assertThat(row.ratingProperty().get()).isEqualTo(Rating.NONE);
        });
        assertThat(model.progress()).startsWith("0 av 30");
    }

    private WorkshopViewModel load() {
        WorkshopViewModel model = new WorkshopViewModel(workspace.reflection(), workspace.goals(), runner,
                Messages.forLanguage("sv"), "Familjecentralen");
        model.load(workshopId, () -> { });
        return model;
    }

    private static void rateAll(WorkshopViewModel model, int value) {
        for (RatingRow row : model.individualRows()) {
            row.ratingProperty().set(Rating.of(value));
        }
    }
}
