package se.samordna.core.agreement;

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

/** Collaboration and coordinator agreements (Bilaga 1 and 2): drafts, signing, versions, PDF/A. */
public final class AgreementCapability implements Capability {
    private final AgreementService agreements;
    private final CentreService centres;

    public AgreementCapability(Services services) {
        this.centres = services.get(CentreService.class);
        this.agreements = services.add(AgreementService.class,
                new AgreementService(services.database(), centres, services.clock()));
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.agreements", AgreementService::countForCentre);
    }

    @Override
    public void createExamples(ExampleCentres examples) {
        new AgreementExamples(agreements, centres).create(examples);
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        return AgreementSamples.write(agreements, centres, folder);
    }

    /** Every agreement of the centre in all its versions (they span years), with the signed copies. */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("agreement").referencing("coordinator_person_id", "person"),
                PackageTable.childOf("agreement_clause", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_value", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_party", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_task", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_cost_year", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_attachment", "agreement_id", "agreement"),
                PackageTable.childOf("agreement_review", "agreement_id", "agreement"))));
    }
}
