package se.samordna.core.access;

import java.util.List;

/** A user of the county server as the administrator sees them: their group and their centres. */
public record AccessUser(String name, AccessGroup group, List<CentreGrant> centres) {
    public AccessUser {
        centres = List.copyOf(centres);
    }
}
