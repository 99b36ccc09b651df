package se.samordna.core.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user of the county server is (decision record 0017 § Access): each is a PostgreSQL group role, and
 * each login role is a member of exactly one of them.
 */
public enum AccessGroup {
    /** Sees and edits every centre; gives and takes access and manages users. */
    ADMIN("samordna_admin"),
    /** Sees every centre of the county (this database); edits the centres given to them. */
    COUNTY("samordna_county"),
    /** Sees and edits only the centres given to them. */
    COORDINATOR("samordna_coordinator");

    private final String roleName;

    AccessGroup(String roleName) {
        this.roleName = roleName;
    }

    /** The group role's name in PostgreSQL. */
    public String roleName() {
        return roleName;
    }

    /** The group of a role name, if it is one of Samordna's. */
    public static Optional<AccessGroup> ofRole(String roleName) {
        return Arrays.stream(values()).filter(group -> group.roleName.equals(roleName)).findFirst();
    }
}
