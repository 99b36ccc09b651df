package se.samordna.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows kept in order under a parent by a position column numbered 1..n: an agreement's clauses and
 * tasks, and a plan's tree, where every level is such a list (målområde → delmål → aktiviteter).
 * Works within the caller's transaction; rows with the same position keep the order of their ids.
 */
public final class OrderedChildren {
    private final DSLContext ctx;
    private final Table<?> table;
    private final Field<Long> id;
    private final Field<Long> parent;
    private final Field<Integer> position;

    public OrderedChildren(DSLContext ctx, Table<?> table, Field<Long> id, Field<Long> parent,
                           Field<Integer> position) {
        this.ctx = ctx;
        this.table = table;
        this.id = id;
        this.parent = parent;
        this.position = position;
    }

    /** The parent a row is listed under; empty when the row is gone. */
    public Optional<Long> parentOf(long childId) {
        return ctx.select(parent).from(table).where(id.eq(childId)).fetchOptional(parent);
    }

    /** The children of a parent, in their order. */
    public List<Long> ids(long parentId) {
        return ctx.select(id).from(table).where(parent.eq(parentId)).orderBy(position, id).fetch(id);
    }

    /** Numbers the rows 1..n in the given order. */
    public void order(List<Long> childIds) {
        for (int i = 0; i < childIds.size(); i++) {
            ctx.update(table).set(position, i + 1).where(id.eq(childIds.get(i))).execute();
        }
    }

    /** Numbers a parent's children 1..n again, as they stand (after one was deleted). */
    public void renumber(long parentId) {
        order(ids(parentId));
    }

    /**
     * Moves a row to {@code index} (0 = first; beyond the end = last) under {@code newParentId},
     * which may be its own parent; both lists are numbered 1..n after it.
     */
    public void move(long childId, long newParentId, int index) {
        long oldParentId = parentOf(childId).orElseThrow(() -> new IllegalArgumentException("No row " + childId));
        List<Long> target = new ArrayList<>(ids(newParentId));
        target.remove(childId);
        target.add(Math.clamp(index, 0, target.size()), childId);
        if (oldParentId != newParentId) {
            ctx.update(table).set(parent, newParentId).where(id.eq(childId)).execute();
            renumber(oldParentId);
        }
        order(target);
    }
}
