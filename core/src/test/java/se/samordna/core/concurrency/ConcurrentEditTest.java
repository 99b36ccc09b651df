package se.samordna.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.samordna.core.db.generated.Tables.CENTRE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.TestDatabases;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.CoordinatorTerms;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.common.ChangedByOther;
import se.samordna.core.workspace.Workspace;

/**
 * Two coordinators on the same centre: on the PostgreSQL lane two workspaces, each with its own
 * connection pool, on the same schema; on H2 (one user per file) two services over the one file.
 * A save over a change made since loading is refused with who, when and what is stored.
 */
class ConcurrentEditTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace first;
    private Workspace second;
    private CentreService anna;
    private CentreService bertil;
    private long solsidan;

    @BeforeEach
    void open() {
        first = TestDatabases.workspace(dir, CLOCK);
        second = TestDatabases.onServer() ? TestDatabases.workspace(dir, CLOCK) : first;
        anna = first.centres();
        bertil = TestDatabases.onServer() ? second.centres() : new CentreService(first.database());
        solsidan = anna.create(new CentreDetails("Familjecentralen Solsidan", CentreKind.FAMILJECENTRAL, "Östersund",
                "", "", EnumSet.of(Part.BARNHALSOVARD), "")).id();
        anna.addPerson(solsidan, new PersonDetails(Role.SAMORDNARE, "Anna Lindqvist", "Samordnare", "", "", ""));
    }

    @AfterEach
    void close() {
        if (second != first) {
            second.close();
        }
        first.close();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithWhoWhenAndBothVersions() {
        Centre annasCopy = anna.get(solsidan);
        Centre bertilsCopy = bertil.get(solsidan);

        bertil.update(solsidan, withRegion(bertilsCopy, "Region Jämtland"), bertilsCopy.version());
        ChangedByOther refused = catchThrowableOfType(ChangedByOther.class,
                () -> anna.update(solsidan, withRegion(annasCopy, "Region Norr"), annasCopy.version()));

        assertThat(refused.changedBy()).isEqualTo(second.database().who()).isNotBlank();
        assertThat(refused.changedAt()).isEqualTo(NOW);
        assertThat(refused.messageKey()).isEqualTo("changedByOther");
        assertThat(refused.theirs(Centre.class).details().region()).isEqualTo("Region Jämtland");
        assertThat(anna.get(solsidan).details().region()).isEqualTo("Region Jämtland");
    }

    @Test
    void keepingMineOverwritesKnowinglyAndTakingTheirsLeavesTheirs() {
        Centre annasCopy = anna.get(solsidan);
        Centre bertilsCopy = bertil.get(solsidan);
        bertil.update(solsidan, withRegion(bertilsCopy, "Region Jämtland"), bertilsCopy.version());
        ChangedByOther refused = catchThrowableOfType(ChangedByOther.class,
                () -> anna.update(solsidan, withRegion(annasCopy, "Region Norr"), annasCopy.version()));

        Centre kept = anna.update(solsidan, withRegion(annasCopy, "Region Norr"), refused.storedVersion());

        assertThat(kept.details().region()).isEqualTo("Region Norr");
        assertThat(bertil.get(solsidan).details().region()).isEqualTo("Region Norr");

        // Bertil, still on the version before Anna's, is refused in turn; he takes hers and goes on from it.
        ChangedByOther bertilRefused = catchThrowableOfType(ChangedByOther.class,
                () -> bertil.update(solsidan, withRegion(bertilsCopy, "Region Mitt"), bertilsCopy.version()));
        Centre theirs = bertilRefused.theirs(Centre.class);
        assertThat(theirs.details().region()).isEqualTo("Region Norr");
        assertThat(bertil.get(solsidan).details().region()).isEqualTo("Region Norr");
        Centre next = bertil.update(solsidan, withCatchment(theirs, "Lugnvik"), theirs.version());
        assertThat(next.details().region()).isEqualTo("Region Norr");
        assertThat(next.details().catchmentArea()).isEqualTo("Lugnvik");
    }

    @Test
    void oneUsersSavesOneAfterTheOtherNeverConflict() {
        Centre centre = anna.get(solsidan);
        for (String region : new String[] {"A", "B", "C"}) {
            centre = anna.update(solsidan, withRegion(centre, "Region " + region), centre.version());
        }
        assertThat(anna.get(solsidan).details().region()).isEqualTo("Region C");
        assertThat(centre.updatedBy()).isEqualTo(first.database().who());
    }

    @Test
    void aPersonChangedBySomeoneElseIsRefusedAndCanBeOverwrittenKnowingly() {
        Person annasCopy = anna.get(solsidan).people().getFirst();
        Person bertilsCopy = bertil.get(solsidan).people().getFirst();

        bertil.updatePerson(bertilsCopy.id(), withPhone(bertilsCopy, "063-100 00"), bertilsCopy.version());
        ChangedByOther refused = catchThrowableOfType(ChangedByOther.class,
                () -> anna.updatePerson(annasCopy.id(), withPhone(annasCopy, "063-200 00"), annasCopy.version()));

        assertThat(refused.theirs(Person.class).details().phone()).isEqualTo("063-100 00");
        assertThat(refused.changedBy()).isEqualTo(second.database().who());
        assertThat(refused.changedAt()).isEqualTo(NOW);
        anna.updatePerson(annasCopy.id(), withPhone(annasCopy, "063-200 00"), refused.storedVersion());
        assertThat(bertil.get(solsidan).people().getFirst().details().phone()).isEqualTo("063-200 00");
    }

    @Test
    void stampsComeFromTheWorkspaceClockInUtcOnTheServerAndLocalTimeOnTheLaptop() {
        Centre centre = anna.get(solsidan);
        anna.update(solsidan, withRegion(centre, "Region Jämtland"), centre.version());

        LocalDateTime stored = first.database().transactionResult(ctx -> ctx.select(CENTRE.UPDATED_AT).from(CENTRE)
                .where(CENTRE.ID.eq(solsidan)).fetchOne(CENTRE.UPDATED_AT));

        ZoneId expected = TestDatabases.onServer() ? ZoneOffset.UTC : CLOCK.getZone();
        assertThat(stored).isEqualTo(LocalDateTime.ofInstant(NOW, expected));
        assertThat(first.database().instantOf(stored)).isEqualTo(NOW);
    }

    @Test
    void coordinatorTermsChangedBySomeoneElseAreRefusedAndOtherEditsOfTheAgreementAreNot() {
        AgreementService annasAgreements = first.agreements();
        AgreementService bertilsAgreements = TestDatabases.onServer() ? second.agreements()
                : new AgreementService(first.database(), first.centres(), CLOCK);
        Agreement agreement = annasAgreements.create(solsidan, AgreementKind.SAMORDNARE);
        CoordinatorTerms annasTerms = agreement.terms();
        CoordinatorTerms bertilsTerms = bertilsAgreements.get(agreement.id()).terms();

        bertilsAgreements.updateTerms(agreement.id(), withScope(bertilsTerms, "50"), bertilsTerms);
        ChangedByOther refused = catchThrowableOfType(ChangedByOther.class,
                () -> annasAgreements.updateTerms(agreement.id(), withScope(annasTerms, "75"), annasTerms));

        Agreement theirs = refused.theirs(Agreement.class);
        assertThat(theirs.terms().scopePercent()).isEqualByComparingTo("50");
        assertThat(refused.changedBy()).isEqualTo(second.database().who());
        assertThat(refused.changedAt()).isEqualTo(NOW);
        Agreement kept = annasAgreements.updateTerms(agreement.id(), withScope(annasTerms, "75"), theirs.terms());
        assertThat(kept.terms().scopePercent()).isEqualByComparingTo("75");
        // Terms saved against what is stored go through, whatever else of the agreement changed meanwhile.
        assertThat(bertilsAgreements.updateTerms(agreement.id(), withScope(kept.terms(), "80"), kept.terms())
                .terms().scopePercent()).isEqualByComparingTo("80");
    }

    private static CoordinatorTerms withScope(CoordinatorTerms t, String scope) {
        return new CoordinatorTerms(t.coordinatorPersonId(), new java.math.BigDecimal(scope), t.startDate(),
                t.termYears(), t.noticeMonths());
    }

    private static CentreDetails withRegion(Centre centre, String region) {
        CentreDetails d = centre.details();
        return new CentreDetails(d.name(), d.kind(), d.municipality(), region, d.catchmentArea(), d.parts(),
                d.otherProfessions());
    }

    private static CentreDetails withCatchment(Centre centre, String area) {
        CentreDetails d = centre.details();
        return new CentreDetails(d.name(), d.kind(), d.municipality(), d.region(), area, d.parts(),
                d.otherProfessions());
    }

    private static PersonDetails withPhone(Person person, String phone) {
        PersonDetails d = person.details();
        return new PersonDetails(d.role(), d.name(), d.title(), d.organisation(), d.email(), phone);
    }
}
