package se.samordna.core.reflection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samordna.core.capability.Capability;
import se.samordna.core.capability.DocumentCounter;
import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;
import se.samordna.core.goal.GoalService;

/** The self-reflection workshop (Bilaga 4 and 5): 30 statements, five steps, the group's goals. */
public final class ReflectionCapability implements Capability {
    private final ReflectionService reflection;
    private final GoalService goals;
    private final CentreService centres;

    public ReflectionCapability(Services services) {
        this.centres = services.get(CentreService.class);
        this.goals = services.get(GoalService.class);
        this.reflection = services.add(ReflectionService.class, new ReflectionService(services.database()));
    }

    @Override
    public String name() {
        return "reflection";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.workshops", ReflectionService::countForCentre);
    }

    /** Two earlier years' workshops for Solsidan and Lillsjön; Fyrklövern has held none yet. */
    @Override
    public void createExamples(ExampleCentres examples) {
        ExampleWorkshops workshops = new ExampleWorkshops(reflection, goals);
        workshops.create(centres.get(examples.centre(0)), examples.today(), 8, 4711,
                "BMM, BVC, öppen förskola, kurator, familjerådgivare");
        workshops.create(centres.get(examples.centre(1)), examples.today(), 6, 1337,
                "BVC, öppen förskola, kurator");
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        return ReflectionSamples.write(reflection, goals, centres, folder);
    }

    /**
     * The year's closed workshops with the statements they used and the agreed ratings. The individual
     * ratings (workshop_rating) stay on the laptop they were given on: the package never carries them.
     */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("reflection_own_statement"),
                PackageTable.ofCentre("workshop").inYear("workshop_year").where("status = 'AVSLUTAD'"),
                PackageTable.childOf("workshop_statement", "workshop_id", "workshop"),
                PackageTable.childOf("workshop_agreed", "workshop_id", "workshop"))));
    }
}
