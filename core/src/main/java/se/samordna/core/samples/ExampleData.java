package se.samordna.core.samples;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.samordna.core.capability.Capability;
import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.db.MetaStore;

/**
 * Example data a new user can start from: three made-up centres in two municipalities of
 * Jämtland, with staff in their roles. Names and addresses are invented.
 */
public final class ExampleData {
    public static final String CHOICE_EXAMPLES = "examples";
    public static final String CHOICE_EMPTY = "empty";

    private static final String REGION = "Region Jämtland Härjedalen";

    private final CentreService centres;
    private final List<Capability> capabilities;
    private final MetaStore meta;
    private final Clock clock;

    /** Over the centres; each capability, in order, adds its part to the example centres. */
    public ExampleData(CentreService centres, List<Capability> capabilities, MetaStore meta, Clock clock) {
        this.centres = centres;
        this.capabilities = List.copyOf(capabilities);
        this.meta = meta;
        this.clock = clock;
    }

    /** Creates the example centres and records that the first-start choice is made. */
    public List<Centre> create() {
        List<Centre> created = new ArrayList<>();
        created.add(solsidan());
        created.add(lillsjon());
        created.add(fyrklovern());
        ExampleCentres examples = new ExampleCentres(created.stream().map(Centre::id).toList(),
                LocalDate.now(clock));
        for (Capability capability : capabilities) {
            capability.createExamples(examples);
        }
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

    private void person(long centreId, Role role, String name, String title, String organisation, String email,
                        String phone) {
        centres.addPerson(centreId, new PersonDetails(role, name, title, organisation, email, phone));
    }
}
