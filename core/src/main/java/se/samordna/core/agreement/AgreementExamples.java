package se.samordna.core.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Role;

/**
 * The agreements of the example data: Solsidan's signed and running for a while yet, Lillsjön's
 * collaboration agreement a draft and its coordinator term ending within six months.
 */
final class AgreementExamples {
    private final AgreementService agreements;
    private final CentreService centres;

    AgreementExamples(AgreementService agreements, CentreService centres) {
        this.agreements = agreements;
        this.centres = centres;
    }

    void create(ExampleCentres examples) {
        solsidan(centres.get(examples.centre(0)), examples.today());
        lillsjon(centres.get(examples.centre(1)), examples.today());
    }

    /** A signed collaboration agreement and a signed coordinator agreement running for a while yet. */
    private void solsidan(Centre centre, LocalDate today) {
        Agreement collaboration = agreements.create(centre.id(), AgreementKind.SAMVERKAN);
        signatories(collaboration, "Östersund", today.minusYears(2).withMonth(3).withDayOfMonth(12),
                new String[][] {{"Lena Åkerlund", "Förskolechef"}, {"Maria Sjöström", "Enhetschef öppenvård"},
                        {"Per-Erik Nordin", "Verksamhetschef barnhälsovård"}});

        Agreement coordinator = agreements.create(centre.id(), AgreementKind.SAMORDNARE);
        LocalDate start = LocalDate.of(today.getYear() - 1, 1, 1);
        agreements.updateTerms(coordinator.id(), new CoordinatorTerms(coordinatorOf(centre), new BigDecimal("20"),
                start, 3, 3));
        signatories(coordinator, "Östersund", start.minusMonths(1).withDayOfMonth(4),
                new String[][] {{"Lena Åkerlund", "Förskolechef"}, {"Maria Sjöström", "Enhetschef öppenvård"},
                        {"Per-Erik Nordin", "Verksamhetschef barnhälsovård"}});
    }

    /** A collaboration agreement still a draft, and a coordinator term that ends within six months. */
    private void lillsjon(Centre centre, LocalDate today) {
        agreements.create(centre.id(), AgreementKind.SAMVERKAN);
        Agreement coordinator = agreements.create(centre.id(), AgreementKind.SAMORDNARE);
        LocalDate start = today.plusMonths(4).withDayOfMonth(1).minusYears(3);
        agreements.updateTerms(coordinator.id(), new CoordinatorTerms(coordinatorOf(centre), new BigDecimal("15"),
                start, 3, 3));
        signatories(coordinator, "Östersund", start.minusDays(20),
                new String[][] {{"Elin Forsberg", "Rektor förskola"}, {"Maria Sjöström", "Enhetschef öppenvård"},
                        {"Mikael Strand", "Enhetschef"}});
    }

    private void signatories(Agreement agreement, String place, LocalDate signed, String[][] people) {
        List<Party> parties = agreements.get(agreement.id()).parties();
        for (int i = 0; i < parties.size() && i < people.length; i++) {
            Party party = parties.get(i);
            agreements.updateParty(new Party(party.id(), party.position(), party.heading(), party.organisation(),
                    people[i][0], people[i][1], "", null));
        }
        agreements.markReady(agreement.id());
        for (Party party : agreements.get(agreement.id()).parties()) {
            agreements.updateParty(new Party(party.id(), party.position(), party.heading(), party.organisation(),
                    party.signatoryName(), party.signatoryTitle(), place, signed));
        }
        agreements.sign(agreement.id(), signed);
    }

    private static Long coordinatorOf(Centre centre) {
        return centre.peopleIn(Role.SAMORDNARE).getFirst().id();
    }
}
