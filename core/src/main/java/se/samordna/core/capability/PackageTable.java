package se.samordna.core.capability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table a capability carries in the year package, described rather than coded: which rows belong to
 * a centre's year (its owner, the year column, a condition) and which of its columns point at other
 * records. The package writes ids as the UUIDs of the rows they point at, so a record means the same in
 * every installation; the year package turns the description into reading, checking and writing.
 *
 * @param table      the table's name, lower case as in the migrations
 * @param owner      the column naming the row it belongs to (its centre, or its parent record); empty
 *                   only for the centre itself
 * @param yearColumn the column holding the year, when only the package's year is carried
 * @param condition  a further SQL condition on the table's own columns (fixed text, never user input)
 * @param references other columns pointing at records: set to null on import when the record they
 *                   point at is in neither the package nor the installation
 */
public record PackageTable(String table, Optional<Link> owner, Optional<String> yearColumn,
        Optional<String> condition, List<Link> references) {

    /** A column holding the id of a row of {@code target}. */
    public record Link(String column, String target) {
        public Link {
            Objects.requireNonNull(column);
            Objects.requireNonNull(target);
        }
    }

    public PackageTable {
        references = List.copyOf(references);
    }

    /** Rows of the centre (through {@code centre_id}). */
    public static PackageTable ofCentre(String table) {
        return new PackageTable(table, Optional.of(new Link("centre_id", "centre")), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** Rows belonging to carried rows of {@code parent} through {@code column}. */
    public static PackageTable childOf(String table, String column, String parent) {
        return new PackageTable(table, Optional.of(new Link(column, parent)), Optional.empty(), Optional.empty(),
                List.of());
    }

    /** The centre row itself. */
    public static PackageTable centre() {
        return new PackageTable("centre", Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Only the rows of the package's year. */
    public PackageTable inYear(String column) {
        return new PackageTable(table, owner, Optional.of(column), condition, references);
    }

    /** Only the rows meeting a fixed condition. */
    public PackageTable where(String sql) {
        return new PackageTable(table, owner, yearColumn, Optional.of(sql), references);
    }

    /** A nullable column pointing at a row of {@code target}. */
    public PackageTable referencing(String column, String target) {
        List<Link> more = new ArrayList<>(references);
        more.add(new Link(column, target));
        return new PackageTable(table, owner, yearColumn, condition, more);
    }
}
