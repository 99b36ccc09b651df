package se.samordna.core.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.postgresql.util.PasswordUtil;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Database;

/**
 * Who may see and edit which centre on the county server (decision record 0017 § Access). Each user is a
 * PostgreSQL login role in one of Samordna's groups ({@link AccessGroup}); centre_access says which centres
 * they were given. The database enforces it with row-level security, so this service only manages it and
 * tells the app what the logged-in user may do. On this computer's own file there is one user and access is
 * not used: {@link #whoAmI()} says "everything" and the managing methods refuse with access.notOnServer.
 */
public final class AccessService {
    /** PostgreSQL's limit on a role's name (and centre_access.user_name's size). */
    public static final int USER_NAME_MAX = 63;
    /** What a user name may be: only characters that need no quoting explained to anyone. */
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9_.-]{1," + USER_NAME_MAX + "}");
    private static final Set<String> RESERVED = Set.of("public", "none", "current_user", "current_role",
            "session_user", "postgres");
    public static final int PASSWORD_MIN = 10;

    private final Database database;
    private final Clock clock;

    public AccessService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether access is used here at all: only on the server. */
    public boolean inUse() {
        return database.isServer();
    }

    /** What the logged-in user may see and edit. */
    public CurrentAccess whoAmI() {
        if (!inUse()) {
            return CurrentAccess.thisComputer();
        }
        return database.transactionResult(ctx -> {
            AccessStore store = new AccessStore(ctx);
            String user = store.currentUser();
            AccessGroup group = store.currentGroup();
            Map<Long, Boolean> given = store.centresOf(user);
            Set<Long> visible = group == AccessGroup.ADMIN || group == AccessGroup.COUNTY
                    ? store.allCentres() : given.keySet();
            Set<Long> editable = group == AccessGroup.ADMIN ? store.allCentres()
                    : Set.copyOf(given.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
            // A login outside Samordna's groups reaches no table; it is shown as a coordinator with no centres.
            return new CurrentAccess(user, group == null ? AccessGroup.COORDINATOR : group, false, visible, editable);
        });
    }

    /** Samordna's users with their group and centres, by name. */
    public List<AccessUser> users() {
        requireServer();
        return database.transactionResult(ctx -> {
            AccessStore store = requireAdministrator(ctx);
            Map<String, List<CentreGrant>> grants = store.grants();
            return store.users().entrySet().stream()
                    .map(e -> new AccessUser(e.getKey(), e.getValue(), grants.getOrDefault(e.getKey(), List.of())))
                    .toList();
        });
    }

    /**
     * The message key of what is wrong with {@code name} as a new user's name, or empty when it can be used:
     * lower-case letters a–z, digits, '_', '.' and '-', at most 63, not one of PostgreSQL's reserved names.
     */
    public static Optional<String> userNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("access.userNameMissing");
        }
        if (!USER_NAME.matcher(name).matches() || name.startsWith("pg_") || name.startsWith("samordna_")
                || RESERVED.contains(name)) {
            return Optional.of("access.userNameInvalid");
        }
        return Optional.empty();
    }

    /**
     * Creates a user who logs in with {@code name} and {@code password} (to be changed by them later), in
     * {@code group}. The password leaves this computer only as a SCRAM verifier.
     */
    public void createUser(String name, char[] password, AccessGroup group) {
        requireServer();
        String user = normalised(name);
        if (userNameProblem(user).isPresent()) {
            throw user.isEmpty() ? new UserFacingException("access.userNameMissing")
                    : new UserFacingException("access.userNameInvalid", user);
        }
        String verifier = verifier(password);
        database.transaction(ctx -> {
            AccessStore store = requireAdministrator(ctx);
            if (store.roleExists(user)) {
                throw new UserFacingException("access.userExists", user);
            }
            store.createUser(user, verifier, group);
        });
    }

    /** Moves a user to another group; an administrator cannot change their own. */
    public void changeGroup(String name, AccessGroup group) {
        requireServer();
        database.transaction(ctx -> new AccessStore(requireUser(ctx, name)).setGroup(name, group));
    }

    /** Gives a user a new first password (they forgot theirs). */
    public void resetPassword(String name, char[] password) {
        requireServer();
        String verifier = verifier(password);
        database.transaction(ctx -> new AccessStore(requireUser(ctx, name)).setPassword(name, verifier));
    }

    /** Removes a user and everything they were given; an administrator cannot remove themselves. */
    public void removeUser(String name) {
        requireServer();
        database.transaction(ctx -> new AccessStore(requireUser(ctx, name)).dropUser(name));
    }

    /** Gives {@code name} the centre, to see or to see and edit (replacing what they had for it). */
    public void grant(String name, long centreId, boolean canEdit) {
        requireServer();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        database.transaction(ctx -> {
            AccessStore store = new AccessStore(requireUser(ctx, name));
            if (!store.centreExists(centreId)) {
                throw new UserFacingException("access.centreMissing");
            }
            store.grant(name, centreId, canEdit, store.currentUser(), now);
        });
    }

    /** Takes the centre from {@code name}. */
    public void revoke(String name, long centreId) {
        requireServer();
        database.transaction(ctx -> new AccessStore(requireUser(ctx, name)).revoke(name, centreId));
    }

    private static org.jooq.DSLContext requireUser(org.jooq.DSLContext ctx, String name) {
        requireAdministrator(ctx);
        if (name == null || !new AccessStore(ctx).users().containsKey(name)) {
            throw new UserFacingException("access.userUnknown", String.valueOf(name));
        }
        return ctx;
    }

    /** Says so at once when the user is not an administrator (the database would refuse anyway). */
    private static AccessStore requireAdministrator(org.jooq.DSLContext ctx) {
        AccessStore store = new AccessStore(ctx);
        if (store.currentGroup() != AccessGroup.ADMIN) {
            throw new UserFacingException("server.noAccess");
        }
        return store;
    }

    private void requireServer() {
        if (!inUse()) {
            throw new UserFacingException("access.notOnServer");
        }
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String verifier(char[] password) {
        if (password == null || password.length < PASSWORD_MIN) {
            throw new UserFacingException("access.passwordTooShort", PASSWORD_MIN);
        }
        return PasswordUtil.encodeScramSha256(password);
    }
}
