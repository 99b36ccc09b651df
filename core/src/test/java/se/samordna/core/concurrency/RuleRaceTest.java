package se.samordna.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordna.core.db.generated.Tables.AGREEMENT;
import static se.samordna.core.db.generated.Tables.CENTRE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.Party;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Part;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.workspace.Workspace;

/**
 * The rules that were checked before writing and held only because one worker thread did everything:
 * two coordinators (two connections) race, and exactly one wins. Each race starts while a third
 * transaction holds the row the rule locks, so both contenders are past their checks' first reads
 * when it lets go: without the lock both would write.
 */
class RuleRaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace first;
    private Workspace second;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @BeforeEach
    void open() {
        first = TestDatabases.workspace(dir, CLOCK);
        second = TestDatabases.onServer() ? TestDatabases.workspace(dir, CLOCK) : first;
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (second != first) {
            second.close();
        }
        first.close();
    }

    @Test
    void twoCoordinatorsPrioritisingAThirdGoalAtOnceLeaveTwoPrioritisedGoals() throws Exception {
        long centre = first.centres().create(new CentreDetails("Familjecentralen Solsidan", CentreKind.FAMILJECENTRAL,
                "Östersund", "", "", java.util.EnumSet.of(Part.BARNHALSOVARD), "")).id();
        GoalService anna = first.goals();
        GoalService bertil = TestDatabases.onServer() ? second.goals() : new GoalService(first.database());
        List<YearGoal> goals = new ArrayList<>();
        for (String text : List.of("Fler pappor i öppna förskolan", "Språkstöd", "Trygga överlämningar", "Utemiljö")) {
            goals.add(anna.add(centre, 2026, GoalSource.EGET, null, "", new GoalDraft(text, "", "", "", null)));
        }
        anna.setPrioritized(goals.get(0).id(), true);

        List<Outcome> outcomes = race(ctx -> ctx.select(CENTRE.ID).from(CENTRE).where(CENTRE.ID.eq(centre))
                        .forUpdate().fetch(),
                () -> anna.setPrioritized(goals.get(1).id(), true),
                () -> bertil.setPrioritized(goals.get(2).id(), true));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
                .extracting(Outcome::messageKey).isEqualTo("goal.tooManyPrioritized");
        assertThat(anna.list(centre, 2026)).filteredOn(YearGoal::prioritized).hasSize(GoalService.MAX_PRIORITIZED);
    }

    @Test
    void twoCoordinatorsMarkingTheSameAgreementReadyAtOnceMarkItOnce() throws Exception {
        first.exampleData().create();
        long fyrklovern = first.centres().list().stream()
                .filter(c -> c.name().equals("Familjecentralen Fyrklövern")).mapToLong(CentreSummary::id)
                .findFirst().orElseThrow();
        AgreementService anna = first.agreements();
        AgreementService bertil = TestDatabases.onServer() ? second.agreements()
                : new AgreementService(first.database(), first.centres(), CLOCK);
        Agreement agreement = anna.create(fyrklovern, AgreementKind.SAMVERKAN);
        for (Party party : agreement.parties()) {
            anna.updateParty(new Party(party.id(), party.position(), party.heading(), party.organisation(),
                    "Signe Undertecknare " + party.position(), "Förvaltningschef", "", null));
        }
        long id = agreement.id();

        List<Outcome> outcomes = race(ctx -> ctx.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.ID.eq(id))
                        .forUpdate().fetch(),
                () -> anna.markReady(id),
                () -> bertil.markReady(id));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
                .extracting(Outcome::messageKey).isEqualTo("agreement.frozen");
        assertThat(anna.get(id).status()).isEqualTo(AgreementStatus.KLAR);
    }

    /** Holds a lock with {@code hold}, starts both contenders, lets go, and tells how each ended. */
    private List<Outcome> race(Consumer<DSLContext> hold, Supplier<?> one, Supplier<?> other) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> first.database().transaction(ctx -> {
            hold.accept(ctx);
            held.countDown();
            await(release);
        }));
        assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
        Future<Outcome> a = threads.submit(() -> attempt(one));
        Future<Outcome> b = threads.submit(() -> attempt(other));
        Thread.sleep(300); // both reach the lock (H2 waits up to a second for it by default)
        release.countDown();
        holder.get(20, TimeUnit.SECONDS);
        return List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS));
    }

    private static Outcome attempt(Supplier<?> contender) {
        try {
            contender.get();
            return new Outcome(true, "");
        } catch (UserFacingException refused) {
            return new Outcome(false, refused.messageKey());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Outcome(boolean won, String messageKey) {
    }
}
