package se.samordna.core.samples;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.CoordinatorTerms;
import se.samordna.core.agreement.Party;

import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.db.MetaStore;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyService;

/**
 * Example data a new user can start from: three made-up centres in two municipalities of
 * Jämtland, with staff in their roles. Names and addresses are invented.
 */
public final class ExampleData {
    public static final String CHOICE_EXAMPLES = "examples";
    public static final String CHOICE_EMPTY = "empty";

    private static final String REGION = "Region Jämtland Härjedalen";

    private final CentreService centres;
    private final AgreementService agreements;
    private final ExampleWorkshops workshops;
    private final ExampleSurveys surveys;
    private final ExampleReports reports;
    private final MetaStore meta;
    private final Clock clock;

    public ExampleData(CentreService centres, AgreementService agreements, ReflectionService reflection,
                       GoalService goals, SurveyService surveys, ReportService reports, MetaStore meta,
                       Clock clock) {
        this.centres = centres;
        this.agreements = agreements;
        this.workshops = new ExampleWorkshops(reflection, goals);
        this.surveys = new ExampleSurveys(surveys);
        this.reports = new ExampleReports(reports, surveys);
        this.meta = meta;
        this.clock = clock;
    }

    /** Creates the example centres and records that the first-start choice is made. */
    public List<Centre> create() {
        List<Centre> created = new ArrayList<>();
        created.add(solsidan());
        created.add(lillsjon());
        created.add(fyrklovern());
        agreementsOfSolsidan(created.get(0));
        agreementsOfLillsjon(created.get(1));
        LocalDate today = LocalDate.now(clock);
        workshops.create(created.get(0), today, 8, 4711, "BMM, BVC, öppen förskola, kurator, familjerådgivare");
        workshops.create(created.get(1), today, 6, 1337, "BVC, öppen förskola, kurator");
        // The survey weeks (45–46) of this year: answers are in once they are over.
        int lastSurvey = today.isAfter(SurveyService.surveyWeeks(today.getYear())[1]) ? today.getYear()
                : today.getYear() - 1;
        surveys.create(created.get(0), lastSurvey, 70, 2024, SurveyArea.DELAKTIGHET);
        surveys.create(created.get(1), lastSurvey, 45, 1999, SurveyArea.TILLGANGLIGHET);
        // Last year's report submitted, this year's a draft: needs the surveys, workshops and goals above.
        reports.create(created.get(0), today.getYear());
        meta.markFirstStartDone(CHOICE_EXAMPLES);
        return created;
    }

    /** Records that the user chose to start with an empty database. */
    public void declineExamples() {
        meta.markFirstStartDone(CHOICE_EMPTY);
    }

    private Centre solsidan() {
        Centre centre = centres.create(new CentreDetails("Familjecentralen Solsidan", CentreKind.FAMILJECENTRAL,
                "Östersund", REGION,
                "Odensala, Lugnvik och Torvalla",
                EnumSet.of(Part.MODRAHALSOVARD, Part.BARNHALSOVARD, Part.OPPEN_FORSKOLA,
                        Part.FOREBYGGANDE_SOCIALTJANST, Part.FAMILJERADGIVNING),
                "Logoped en förmiddag i månaden"));
        long id = centre.id();
        person(id, Role.SAMORDNARE, "Anna Lindqvist", "Barnhälsovårdssjuksköterska", "Hälsocentralen Solbacken",
                "anna.lindqvist@regionjh.example.se", "063-14 22 31");
        person(id, Role.LEDNINGSGRUPP, "Karin Holmberg", "Enhetschef", "Hälsocentralen Solbacken",
                "karin.holmberg@regionjh.example.se", "063-14 22 00");
        person(id, Role.LEDNINGSGRUPP, "Johan Berglund", "Rektor förskola", "Barn- och utbildningsförvaltningen",
                "johan.berglund@ostersund.example.se", "063-14 35 10");
        person(id, Role.LEDNINGSGRUPP, "Maria Sjöström", "Enhetschef öppenvård",
                "Social- och arbetsmarknadsförvaltningen", "maria.sjostrom@ostersund.example.se", "063-14 41 87");
        person(id, Role.STYRGRUPP, "Per-Erik Nordin", "Verksamhetschef barnhälsovård", "Region Jämtland Härjedalen",
                "per-erik.nordin@regionjh.example.se", "063-15 30 00");
        person(id, Role.STYRGRUPP, "Lena Åkerlund", "Förskolechef", "Barn- och utbildningsförvaltningen",
                "lena.akerlund@ostersund.example.se", "063-14 30 02");
        return centres.get(id);
    }

    private Centre lillsjon() {
        Centre centre = centres.create(new CentreDetails("Familjecentralen Lillsjön", CentreKind.FAMILJECENTRAL,
                "Östersund", REGION, "Lillsjöhöjden, Körfältet och Brittsbo",
                EnumSet.copyOf(Part.coreParts()), ""));
        long id = centre.id();
        person(id, Role.SAMORDNARE, "Sara Hägglund", "Förskollärare", "Öppna förskolan Lillsjön",
                "sara.hagglund@ostersund.example.se", "063-14 52 20");
        person(id, Role.LEDNINGSGRUPP, "Mikael Strand", "Enhetschef", "Hälsocentralen Lillsjögränd",
                "mikael.strand@regionjh.example.se", "063-14 50 00");
        person(id, Role.LEDNINGSGRUPP, "Elin Forsberg", "Rektor förskola", "Barn- och utbildningsförvaltningen",
                "elin.forsberg@ostersund.example.se", "");
        person(id, Role.STYRGRUPP, "Per-Erik Nordin", "Verksamhetschef barnhälsovård", "Region Jämtland Härjedalen",
                "per-erik.nordin@regionjh.example.se", "063-15 30 00");
        return centres.get(id);
    }

    private Centre fyrklovern() {
        Set<Part> parts = EnumSet.of(Part.BARNHALSOVARD, Part.OPPEN_FORSKOLA, Part.FOREBYGGANDE_SOCIALTJANST,
                Part.BIBLIOTEK);
        Centre centre = centres.create(new CentreDetails("Familjecentralen Fyrklövern",
                CentreKind.FAMILJECENTRALSLIKNANDE, "Krokom", REGION,
                "Krokom, Dvärsätt och Nälden", parts,
                "Bibliotekarie med barnboksprat varannan vecka"));
        long id = centre.id();
        person(id, Role.SAMORDNARE, "Ida Persson", "Kurator", "Socialförvaltningen Krokom",
                "ida.persson@krokom.example.se", "0640-161 20");
        person(id, Role.LEDNINGSGRUPP, "Göran Olsson", "Enhetschef individ- och familjeomsorg",
                "Socialförvaltningen Krokom", "goran.olsson@krokom.example.se", "0640-161 00");
        person(id, Role.LEDNINGSGRUPP, "Åsa Nilsson", "Enhetschef", "Hälsocentralen Krokomsgården",
                "asa.nilsson@regionjh.example.se", "0640-170 00");
        person(id, Role.STYRGRUPP, "Helena Öberg", "Förvaltningschef", "Barn- och utbildningsförvaltningen Krokom",
                "helena.oberg@krokom.example.se", "0640-160 00");
        return centres.get(id);
    }

    /** A signed collaboration agreement and a signed coordinator agreement running for a while yet. */
    private void agreementsOfSolsidan(Centre centre) {
        LocalDate today = LocalDate.now(clock);
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
    private void agreementsOfLillsjon(Centre centre) {
        LocalDate today = LocalDate.now(clock);
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

    private void person(long centreId, Role role, String name, String title, String organisation, String email,
                        String phone) {
        centres.addPerson(centreId, new PersonDetails(role, name, title, organisation, email, phone));
    }
}
