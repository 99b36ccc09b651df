package se.samordna.core.centre;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A family centre with its people, as stored. {@code version} is the row version of the details: a
 * save against an older one is refused ({@link se.samordna.core.common.ChangedByOther}).
 * {@code updatedBy}: who saved the details last ("" when not known).
 */
public record Centre(long id, CentreDetails details, List<Person> people, LocalDateTime updatedAt, int version,
                     String updatedBy) {

    public Centre {
        people = List.copyOf(people);
    }

    /** The same centre with other details, as this window now has them. */
    public Centre withDetails(CentreDetails other) {
        return new Centre(id, other, people, updatedAt, version, updatedBy);
    }

    public String name() {
        return details.name();
    }

    public List<Person> peopleIn(Role role) {
        return people.stream().filter(p -> p.role() == role).toList();
    }

    public CentreSummary summary() {
        return new CentreSummary(id, details.name(), details.municipality(), details.kind());
    }
}
