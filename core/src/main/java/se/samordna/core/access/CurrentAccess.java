package se.samordna.core.access;

import java.util.Set;

/**
 * What the logged-in user may do, so the app can leave out what the database would refuse anyway: on the
 * computer's own file ({@code onThisComputer}) everything; on the server what the user's group and centres allow.
 * The database enforces it regardless (row-level security); this is for showing it.
 */
public record CurrentAccess(String user, AccessGroup group, boolean onThisComputer, Set<Long> visibleCentres,
                            Set<Long> editableCentres) {

    public CurrentAccess {
        visibleCentres = Set.copyOf(visibleCentres);
        editableCentres = Set.copyOf(editableCentres);
    }

    /** The single user of the H2 file on this computer, who may do everything. */
    public static CurrentAccess thisComputer() {
        return new CurrentAccess("", AccessGroup.ADMIN, true, Set.of(), Set.of());
    }

    /** Whether the user gives and takes access (only on the server). */
    public boolean administers() {
        return !onThisComputer && group == AccessGroup.ADMIN;
    }

    /** Whether every centre can be seen. */
    public boolean seesAll() {
        return onThisComputer || group == AccessGroup.ADMIN || group == AccessGroup.COUNTY;
    }

    /** Whether the user may create centres (on the server only administrators do). */
    public boolean createsCentres() {
        return onThisComputer || group == AccessGroup.ADMIN;
    }

    public boolean canSee(long centreId) {
        return seesAll() || visibleCentres.contains(centreId);
    }

    public boolean canEdit(long centreId) {
        return onThisComputer || group == AccessGroup.ADMIN || editableCentres.contains(centreId);
    }
}
