package se.samordna.core.centre;

import java.time.LocalDateTime;
import java.util.List;

/** A family centre with its people, as stored. */
public record Centre(long id, CentreDetails details, List<Person> people, LocalDateTime updatedAt) {

    public Centre {
        people = List.copyOf(people);
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
