package se.samordna.core.capability;

import org.jooq.DSLContext;

/** Counts a centre's records of one kind, inside the caller's transaction. */
@FunctionalInterface
public interface DocumentCounter {
    int count(DSLContext ctx, long centreId);
}
