package se.samordna.core.capability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One part of a centre's year (agreements, the workshop, the survey, the report, …) described in one
 * place: the services it adds, what it counts among "what goes with" a centre, its share of the
 * example data and the sample documents it writes. The workspace builds the capabilities in order from
 * {@code Workspace.CAPABILITIES}; adding one means writing its class and adding it to that list.
 */
public interface Capability {

    /** Builds a capability over the database, from the services of the capabilities built before it. */
    @FunctionalInterface
    interface Factory {
        Capability create(Services services);
    }

    /** Short, stable name (used in logs and the samples command). */
    String name();

    /**
     * What a centre has of this capability, by message key of the kind ("documents.agreements"), shown
     * before a centre is removed. Each counter runs inside the removal's transaction.
     */
    default Map<String, DocumentCounter> documentCounters() {
        return Map.of();
    }

    /** Adds this capability's part of the example data to the example centres (after those before it). */
    default void createExamples(ExampleCentres examples) {
    }

    /** Writes one sample of each document this capability makes, from the example data, into {@code folder}. */
    default List<Path> writeSamples(Path folder) throws IOException {
        return List.of();
    }

    /**
     * What this capability carries in a centre's year package (see {@code docs/year-package.md}); empty
     * when it carries nothing. A new capability adds its tables here and nowhere else.
     */
    default Optional<PackagePart> packagePart() {
        return Optional.empty();
    }
}
