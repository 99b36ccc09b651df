package se.samordna.core.db;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How to reach the shared PostgreSQL server (Inställningar › Databas). No password: it is asked for
 * at each start and never stored. {@code tls}: whether the connection is encrypted and the server's
 * certificate checked against {@code rootCertificate} (a file IT hands out; empty = the system's
 * trusted authorities via PostgreSQL's default file).
 */
public record ServerSettings(String host, int port, String database, String user, Tls tls, String rootCertificate) {

    /** How the connection is protected. */
    public enum Tls {
        /** Encrypted, the certificate checked and the host name matched: the setting to use. */
        VERIFY_FULL,
        /** Encrypted, the certificate not checked (a server without a certificate from IT). */
        REQUIRE,
        /** Not encrypted: only for a server on this computer or a test server. */
        OFF
    }

    public ServerSettings {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        rootCertificate = rootCertificate == null ? "" : rootCertificate.strip();
        tls = tls == null ? Tls.VERIFY_FULL : tls;
    }

    /** The JDBC address, with the TLS mode PostgreSQL's driver understands. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                .append('/').append(encode(database));
        url.append("?sslmode=").append(switch (tls) {
            case VERIFY_FULL -> "verify-full";
            case REQUIRE -> "require";
            case OFF -> "disable";
        });
        if (tls == Tls.VERIFY_FULL && !rootCertificate.isEmpty()) {
            url.append("&sslrootcert=").append(encode(rootCertificate));
        }
        return url.toString();
    }

    /** host:port/database, for messages. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }

    /**
     * Settings from a JDBC address (the test lane's SAMORDNA_TEST_PG_URL, or an address IT gives):
     * {@code jdbc:postgresql://host:port/database}, TLS off unless the address asks for it.
     */
    public static ServerSettings fromJdbcUrl(String url, String user) {
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "";
        rest = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String database = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : "";
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)) : 5432;
        Tls tls = query.contains("sslmode=verify-full") ? Tls.VERIFY_FULL
                : query.contains("sslmode=require") ? Tls.REQUIRE : Tls.OFF;
        return new ServerSettings(host, port, database, user, tls, "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
