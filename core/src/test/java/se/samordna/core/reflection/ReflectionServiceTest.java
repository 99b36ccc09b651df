package se.samordna.core.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.Seeds;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

class ReflectionServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReflectionService reflection;
    private long centreId;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK);
        workspace.exampleData().create();
        reflection = workspace.reflection();
        centreId = workspace.centres().list().stream().filter(c -> c.name().endsWith("Fyrklövern")).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aWorkshopKeepsEveryRatingAndCommentAsItIsGiven() {
        Workshop workshop = start(3);

        reflection.rate(workshop.id(), 1, "S01", Rating.of(5));
        reflection.comment(workshop.id(), 1, "S01", "Vi har många hälsofrämjande samtal.");
        reflection.rate(workshop.id(), 1, "S01", Rating.of(4));
        reflection.rate(workshop.id(), 2, "S01", Rating.CANNOT_ASSESS);

        Workshop read = reflection.get(workshop.id());
        assertThat(read.rating(1, "S01").rating()).isEqualTo(Rating.of(4));
        assertThat(read.rating(1, "S01").note()).isEqualTo("Vi har många hälsofrämjande samtal.");
        assertThat(read.rating(2, "S01").rating().cannotAssess()).isTrue();
        assertThat(read.rating(3, "S01").rating()).isEqualTo(Rating.NONE);
        assertThat(read.participantsDone()).isZero();
    }

    @Test
    void everyoneHasRatedWhenEachParticipantAnsweredEveryStatement() {
        Workshop workshop = start(2);
        for (Statement statement : workshop.statements()) {
            reflection.rate(workshop.id(), 1, statement.key(), Rating.of(5));
            reflection.rate(workshop.id(), 2, statement.key(), statement.key().equals("S17") ? Rating.CANNOT_ASSESS
                    : Rating.of(3));
        }

        Workshop read = reflection.get(workshop.id());

        assertThat(read.participantsDone()).isEqualTo(2);
        assertThat(read.everyoneHasRated()).isTrue();
    }

    @Test
    void aParticipantOutsideTheWorkshopIsRefused() {
        Workshop workshop = start(3);

        assertThatThrownBy(() -> reflection.rate(workshop.id(), 4, "S01", Rating.of(5)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("workshop.noSuchParticipant"));
        reflection.rate(workshop.id(), 3, "S01", Rating.of(5));
        assertThatThrownBy(() -> reflection.updateDetails(workshop.id(), new WorkshopDetails(2026,
                LocalDate.of(2026, 12, 2), 2, ""))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aParticipantWhoHasHandedOverCanNoLongerChangeTheirRatings() {
        Workshop workshop = start(3);
        reflection.rate(workshop.id(), 1, "S01", Rating.of(5));

        Workshop after = reflection.handOver(workshop.id(), 1);

        assertThat(after.handedOver()).isEqualTo(1);
        assertThat(after.hasHandedOver(1)).isTrue();
        assertThat(after.atTheLaptop()).hasValue(2);
        for (Runnable change : List.<Runnable>of(
                () -> reflection.rate(workshop.id(), 1, "S01", Rating.of(2)),
                () -> reflection.comment(workshop.id(), 1, "S01", "ändrat efteråt"),
                () -> reflection.rateAll(workshop.id(), List.of(new IndividualRating(1, "S02", Rating.of(3), ""))))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("workshop.handedOver"));
        }
        assertThat(reflection.get(workshop.id()).rating(1, "S01").rating()).isEqualTo(Rating.of(5));
        reflection.rate(workshop.id(), 2, "S01", Rating.of(3));
    }

    @Test
    void theWallBetweenParticipantsOnlyMovesForwardAndIsKeptInTheDatabase() {
        Workshop workshop = start(3);
        reflection.handOver(workshop.id(), 2);

        assertThat(reflection.handOver(workshop.id(), 1).handedOver()).as("never back").isEqualTo(2);
        reflection.goTo(workshop.id(), 1);
        assertThat(reflection.get(workshop.id()).handedOver()).isEqualTo(2);
        assertThatThrownBy(() -> reflection.handOver(workshop.id(), 4)).isInstanceOf(UserFacingException.class);

        Workshop closed = reflection.handOver(workshop.id(), 3);
        assertThat(closed.everyoneHasHandedOver()).isTrue();
        assertThat(closed.atTheLaptop()).isEmpty();
    }

    @Test
    void closingAWorkshopPutsEveryParticipantBehindTheWallAndReopeningKeepsThemThere() {
        Workshop workshop = start(3);
        reflection.rate(workshop.id(), 1, "S01", Rating.of(5));

        reflection.finish(workshop.id());
        Workshop reopened = reflection.reopen(workshop.id());

        assertThat(reopened.everyoneHasHandedOver()).isTrue();
        assertThatThrownBy(() -> reflection.rate(workshop.id(), 3, "S01", Rating.of(5)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void fewerParticipantsMoveTheWallBackToTheLastOfThem() {
        Workshop workshop = start(4);
        reflection.handOver(workshop.id(), 3);

        Workshop fewer = reflection.updateDetails(workshop.id(), new WorkshopDetails(2026, LocalDate.of(2026, 12, 2),
                2, ""));

        assertThat(fewer.handedOver()).isEqualTo(2);
        assertThat(fewer.everyoneHasHandedOver()).isTrue();
    }

    @Test
    void theGroupsViewImprovementsAndFollowUpAreStoredAndAClosedWorkshopIsFrozen() {
        Workshop workshop = start(3);

        reflection.agree(workshop.id(), "S28", Rating.of(2));
        reflection.agreeNote(workshop.id(), "S28", "Avtalet är okänt för nya medarbetare.");
        reflection.markImprovement(workshop.id(), "S28", true);
        reflection.setFollowUp(workshop.id(), new FollowUp(LocalDate.of(2027, 12, 1),
                EnumSet.of(FollowUpMethod.SJALVREFLEKTION, FollowUpMethod.ANNAT), "Husmöte i juni."));
        reflection.goTo(workshop.id(), 5);
        reflection.finish(workshop.id());

        Workshop read = reflection.get(workshop.id());
        assertThat(read.agreed("S28").rating()).isEqualTo(Rating.of(2));
        assertThat(read.agreed("S28").note()).isEqualTo("Avtalet är okänt för nya medarbetare.");
        assertThat(read.agreed("S28").improvement()).isTrue();
        assertThat(read.followUp().methods()).containsExactlyInAnyOrder(FollowUpMethod.SJALVREFLEKTION,
                FollowUpMethod.ANNAT);
        assertThat(read.step()).isEqualTo(5);
        assertThat(read.status()).isEqualTo(WorkshopStatus.AVSLUTAD);
        assertThatThrownBy(() -> reflection.agree(workshop.id(), "S28", Rating.of(6)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void ownStatementsAreAddedToLaterWorkshopsAndTheThirtyStayIntact() {
        OwnStatement own = reflection.addOwnStatement(centreId, Area.LARANDE, "Babymassage",
                "Vi erbjuder babymassage på flera språk.");

        List<Statement> statements = reflection.statementsFor(centreId);
        Workshop workshop = start(2);

        assertThat(statements).hasSize(31);
        assertThat(statements.stream().filter(Statement::standard)).containsExactlyElementsOf(Instrument.standard());
        assertThat(workshop.statements()).extracting(Statement::key).contains(own.key());
        int lastLarande = statements.stream().filter(s -> s.area() == Area.LARANDE).mapToInt(statements::indexOf).max()
                .orElseThrow();
        assertThat(statements.get(lastLarande).key()).isEqualTo(own.key());
        reflection.removeOwnStatement(own.id());
        assertThat(reflection.statementsFor(centreId)).hasSize(30);
        assertThat(reflection.get(workshop.id()).statements()).hasSize(31);
    }

    @Test
    void atMostTwoGoalsAreThePrioritisedGoalsOfAYear() {
        Workshop workshop = start(2);
        var goals = workspace.goals();
        YearGoal first = goals.add(centreId, 2027, GoalSource.SJALVREFLEKTION, workshop.id(), "S28",
                new GoalDraft("Alla känner till samverkansavtalet", "Fråga i självreflektionen", "5", "Samordnaren",
                        LocalDate.of(2027, 11, 30)));
        YearGoal second = goals.add(centreId, 2027, GoalSource.SJALVREFLEKTION, workshop.id(), "S14",
                new GoalDraft("Språkcafé varje vecka", "Närvarolista", "8 föräldrar", "Öppna förskolan", null));
        YearGoal third = goals.add(centreId, 2027, GoalSource.EGET, null, "", new GoalDraft("Tredje", "", "", "", null));

        goals.setPrioritized(first.id(), true);
        goals.setPrioritized(second.id(), true);

        assertThatThrownBy(() -> goals.setPrioritized(third.id(), true))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("goal.tooManyPrioritized"));
        assertThat(goals.list(centreId, 2027)).filteredOn(YearGoal::prioritized).hasSize(2);
        assertThat(goals.ofWorkshop(workshop.id())).hasSize(2);
        assertThatThrownBy(() -> goals.add(centreId, 2027, GoalSource.EGET, null, "", new GoalDraft(" ", "", "", "",
                null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void theExampleDataHasWorkshopsFromTwoEarlierYears() {
        long solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
                .orElseThrow().id();

        List<Workshop> history = reflection.history(solsidan);

        assertThat(history).extracting(w -> w.details().year()).containsExactly(2024, 2025);
        assertThat(history).allSatisfy(w -> {
            assertThat(w.everyoneHasRated()).isTrue();
            assertThat(w.status()).isEqualTo(WorkshopStatus.AVSLUTAD);
            assertThat(w.agreed()).hasSize(30);
        });
        assertThat(workspace.goals().list(solsidan, 2026)).filteredOn(YearGoal::prioritized).hasSize(2);
    }

    @Test
    void theResultPdfHasTheFilledInTableTheAreasAndTheGoals() throws Exception {
        long solsidan = workspace.centres().list().stream().filter(c -> c.name().endsWith("Solsidan")).findFirst()
                .orElseThrow().id();
        List<Workshop> history = reflection.history(solsidan);
        Workshop latest = history.getLast();
        Path pdf = dir.resolve("resultat.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ReflectionPdf.result(new ReflectionPdf.ResultRequest("Familjecentralen Solsidan", latest, history,
                    workspace.goals().ofWorkshop(latest.id())), out);
        }

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), List.of("Familjecentralen Solsidan Självreflektion",
                "Resultat av självreflektion · "));
        assertThat(text).contains("Antal svarande: 8").contains("Medelvärde per område")
                .contains("Steg IV – Förbättringsåtgärder").contains("Steg V – Uppföljning")
                .contains("Prioriterat mål 2026");
        for (Statement statement : Instrument.standard()) {
            assertThat(text).contains(Seeds.normalise(statement.title()));
        }
        for (Area area : Area.values()) {
            assertThat(text).contains(Instrument.areaName(area));
        }
    }

    @Test
    void theBlankFormListsEveryStatementWithTheScale() throws Exception {
        Path pdf = dir.resolve("blankett.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            ReflectionPdf.blankForm("Familjecentralen Fyrklövern", reflection.statementsFor(centreId), out);
        }

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        String text = PdfChecks.bodyText(PdfChecks.pages(pdf), List.of("Familjecentralen Fyrklövern Deltagare",
                "Självreflektion – steg I, individuell uppfattning Sida"));
        for (Statement statement : Instrument.standard()) {
            assertThat(text).contains(Seeds.normalise(statement.text()));
        }
        assertThat(text.split("Kan inte bedöma", -1).length - 1).isEqualTo(31);
        assertThat(text.split("Kommentar:", -1).length - 1).isEqualTo(30);
    }

    private Workshop start(int participants) {
        return reflection.start(centreId, new WorkshopDetails(2026, LocalDate.of(2026, 12, 2), participants,
                "BVC, öppen förskola"));
    }
}
