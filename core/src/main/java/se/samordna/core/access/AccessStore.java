package se.samordna.core.access;

import static se.samordna.core.db.generated.Tables.CENTRE;
import static se.samordna.core.db.generated.Tables.CENTRE_ACCESS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Reads and writes access within the caller's transaction: centre_access through jOOQ, the roles through
 * PostgreSQL's catalog and the SECURITY DEFINER functions of V14 (every value a bind parameter).
 */
final class AccessStore {
    private static final String GROUPS = "('samordna_admin', 'samordna_county', 'samordna_coordinator')";

    private final DSLContext ctx;

    AccessStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The logged-in user's role name. */
    String currentUser() {
        return ctx.select(DSL.field("CAST(current_user AS text)", String.class)).fetchOne().value1();
    }

    /** The logged-in user's group: the strongest one they are a member of (a superuser counts as admin). */
    AccessGroup currentGroup() {
        for (AccessGroup group : AccessGroup.values()) {
            Boolean member = ctx.select(DSL.field("pg_has_role(current_user, {0}, 'MEMBER')", Boolean.class,
                    DSL.val(group.roleName()))).fetchOne().value1();
            if (Boolean.TRUE.equals(member)) {
                return group;
            }
        }
        return null;
    }

    /** The centres given to {@code user}: centre id → can edit. */
    Map<Long, Boolean> centresOf(String user) {
        return ctx.select(CENTRE_ACCESS.CENTRE_ID, CENTRE_ACCESS.CAN_EDIT).from(CENTRE_ACCESS)
                .where(CENTRE_ACCESS.USER_NAME.eq(user))
                .fetchMap(CENTRE_ACCESS.CENTRE_ID, CENTRE_ACCESS.CAN_EDIT);
    }

    /** Samordna's login roles and their group, by name. */
    Map<String, AccessGroup> users() {
        Map<String, AccessGroup> users = new TreeMap<>();
        for (Record2<String, String> row : ctx.resultQuery(
                "SELECT CAST(r.rolname AS text), CAST(g.rolname AS text) FROM pg_roles r "
                        + "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
                        + "WHERE r.rolcanlogin AND g.rolname IN " + GROUPS)
                .coerce(DSL.field("u", String.class), DSL.field("g", String.class))) {
            AccessGroup group = AccessGroup.ofRole(row.value2()).orElseThrow();
            users.merge(row.value1(), group, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        return users;
    }

    /** Whether a role of that name exists at all (in any database of the server). */
    boolean roleExists(String name) {
        return ctx.fetchExists(ctx.selectOne().from("pg_roles").where(DSL.field("rolname").eq(name)));
    }

    /** Every grant, with the centre's name, by user. */
    Map<String, List<CentreGrant>> grants() {
        Map<String, List<CentreGrant>> grants = new LinkedHashMap<>();
        ctx.select(CENTRE_ACCESS.USER_NAME, CENTRE_ACCESS.CENTRE_ID, CENTRE.NAME, CENTRE_ACCESS.CAN_EDIT)
                .from(CENTRE_ACCESS).join(CENTRE).on(CENTRE.ID.eq(CENTRE_ACCESS.CENTRE_ID))
                .orderBy(CENTRE_ACCESS.USER_NAME, CENTRE.NAME, CENTRE.ID)
                .forEach(r -> grants.computeIfAbsent(r.value1(), user -> new ArrayList<>())
                        .add(new CentreGrant(r.value2(), r.value3(), r.value4())));
        return grants;
    }

    void grant(String user, long centreId, boolean canEdit, String grantedBy, LocalDateTime at) {
        ctx.insertInto(CENTRE_ACCESS)
                .set(CENTRE_ACCESS.USER_NAME, user)
                .set(CENTRE_ACCESS.CENTRE_ID, centreId)
                .set(CENTRE_ACCESS.CAN_EDIT, canEdit)
                .set(CENTRE_ACCESS.GRANTED_BY, grantedBy)
                .set(CENTRE_ACCESS.GRANTED_AT, at)
                .onConflict(CENTRE_ACCESS.USER_NAME, CENTRE_ACCESS.CENTRE_ID)
                .doUpdate()
                .set(CENTRE_ACCESS.CAN_EDIT, canEdit)
                .set(CENTRE_ACCESS.GRANTED_BY, grantedBy)
                .set(CENTRE_ACCESS.GRANTED_AT, at)
                .execute();
    }

    int revoke(String user, long centreId) {
        return ctx.deleteFrom(CENTRE_ACCESS)
                .where(CENTRE_ACCESS.USER_NAME.eq(user)).and(CENTRE_ACCESS.CENTRE_ID.eq(centreId))
                .execute();
    }

    boolean centreExists(long centreId) {
        return ctx.fetchExists(ctx.selectOne().from(CENTRE).where(CENTRE.ID.eq(centreId)));
    }

    Set<Long> allCentres() {
        return Set.copyOf(ctx.select(CENTRE.ID).from(CENTRE).fetch(CENTRE.ID));
    }

    void createUser(String name, String verifier, AccessGroup group) {
        ctx.fetch("SELECT samordna_create_user({0}, {1}, {2})", DSL.val(name), DSL.val(verifier),
                DSL.val(group.roleName()));
    }

    void setGroup(String name, AccessGroup group) {
        ctx.fetch("SELECT samordna_set_group({0}, {1})", DSL.val(name), DSL.val(group.roleName()));
    }

    void setPassword(String name, String verifier) {
        ctx.fetch("SELECT samordna_set_password({0}, {1})", DSL.val(name), DSL.val(verifier));
    }

    void dropUser(String name) {
        ctx.fetch("SELECT samordna_drop_user({0})", DSL.val(name));
    }
}
