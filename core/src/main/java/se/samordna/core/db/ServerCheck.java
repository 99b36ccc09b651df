package se.samordna.core.db;

import java.util.Optional;

import se.samordna.core.common.UserFacingException;

/**
 * Inställningar › Databas › Testa anslutningen: logs in with the settings and a password, says which
 * PostgreSQL answered and what Samordna's schema there is at, and changes nothing. The failures are
 * the same Swedish messages as opening ({@code server.*}); a schema from a newer Samordna is one of them.
 */
public final class ServerCheck {

    /** What the server said. {@code schemaVersion} "" when Samordna has not been there yet. */
    public record Result(String serverVersion, String schemaVersion) {
        /** Whether this Samordna will create its tables (an empty database) on first connect. */
        public boolean empty() {
            return schemaVersion.isEmpty();
        }

        /** Whether this Samordna will bring the schema up to date on first connect. */
        public boolean upgrade() {
            return !empty() && !Schema.LATEST.equals(schemaVersion);
        }
    }

    private ServerCheck() {
    }

    /** Connects once, reads, lets go. */
    public static Result run(ServerSettings settings, char[] password) {
        return run(settings, password, Optional.empty());
    }

    /** In {@code schema} rather than "public" (the test lane's schema of its own). */
    static Result run(ServerSettings settings, char[] password, Optional<String> schema) {
        ServerDatabase database = ServerDatabase.open(settings, password, schema);
        try {
            String version = database.withConnection(c -> c.getMetaData().getDatabaseProductVersion());
            String installed = Schema.installedVersion(database);
            if (!installed.isEmpty() && !Schema.knownVersion(installed)) {
                throw new UserFacingException("server.schemaNewer", settings.describe(), installed);
            }
            return new Result(version, installed);
        } finally {
            database.close();
        }
    }
}
