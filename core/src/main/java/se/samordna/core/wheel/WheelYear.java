package se.samordna.core.wheel;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A centre's wheel for one plan year as read on {@code today}: every occurrence, numbered in list order. */
public record WheelYear(long centreId, PlanYear year, LocalDate today, List<Occurrence> occurrences) {
    public WheelYear {
        occurrences = List.copyOf(occurrences);
    }

    /** The twelve months from the year's start month, each with its occurrences (summer months may be empty). */
    public Map<Month, List<Occurrence>> byMonth() {
        Map<Month, List<Occurrence>> months = new LinkedHashMap<>();
        for (Month month : year.months()) {
            months.put(month, new ArrayList<>());
        }
        occurrences.forEach(o -> months.get(o.month()).add(o));
        return months;
    }

    /** The responsible roles in the order of the wheel's rings: Bilaga 6's three first, then the others as met. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (String role : WheelRoles.BUILT_IN) {
            if (occurrences.stream().anyMatch(o -> o.activity().responsible().equals(role))) {
                roles.add(role);
            }
        }
        occurrences.stream().map(o -> o.activity().responsible()).filter(r -> !roles.contains(r)).forEach(roles::add);
        return roles;
    }
}
