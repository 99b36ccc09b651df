package se.samordna.core.capability;

import java.util.List;

/**
 * A capability's part of the year package: its name (the folder in the package) and its tables, each
 * table's owner listed before it.
 */
public record PackagePart(String name, List<PackageTable> tables) {
    public PackagePart {
        tables = List.copyOf(tables);
    }
}
