package se.samordna.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup holds, written into the zip beside its script: the format, the schema version the
 * script belongs to, the script's SHA-256 and the rows of every table. A restore trusts none of the
 * script until the checksum and the row counts agree with this.
 */
public record BackupManifest(int formatVersion, String appVersion, String schemaVersion, LocalDateTime createdAt,
                             Backup.Reason reason, String scriptSha256, long scriptBytes, String dataSha256,
                             Map<String, Long> rows) {
    public static final String FORMAT = "samordna-backup";
    public static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.properties";

    public BackupManifest {
        rows = Map.copyOf(rows);
    }

    /** The few counts a person recognises: centres, agreements, workshops, survey forms, reports. */
    public Backup.Contents contents() {
        return new Backup.Contents(rows.getOrDefault("CENTRE", 0L), rows.getOrDefault("AGREEMENT", 0L),
                rows.getOrDefault("WORKSHOP", 0L), rows.getOrDefault("SURVEY_RESPONSE", 0L),
                rows.getOrDefault("ANNUAL_REPORT", 0L));
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("formatVersion", Integer.toString(formatVersion));
        properties.setProperty("appVersion", appVersion);
        properties.setProperty("schemaVersion", schemaVersion);
        properties.setProperty("createdAt", createdAt.toString());
        properties.setProperty("reason", reason.name());
        properties.setProperty("script.sha256", scriptSha256);
        properties.setProperty("script.bytes", Long.toString(scriptBytes));
        properties.setProperty("data.sha256", dataSha256);
        rows.forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, "Samordna backup");
        writer.flush();
    }

    /** Reads a manifest; throws {@link IllegalArgumentException} when it is not one Samordna wrote. */
    static BackupManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IllegalArgumentException("not a Samordna backup manifest");
        }
        try {
            Map<String, Long> rows = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("rows.")) {
                    rows.put(name.substring("rows.".length()), Long.parseLong(properties.getProperty(name)));
                }
            }
            Backup.Reason reason = Backup.Reason.valueOf(required(properties, "reason"));
            String sha = required(properties, "script.sha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("bad checksum");
            }
            return new BackupManifest(Integer.parseInt(required(properties, "formatVersion")),
                    properties.getProperty("appVersion", ""), required(properties, "schemaVersion"),
                    LocalDateTime.parse(required(properties, "createdAt")), reason, sha,
                    Long.parseLong(required(properties, "script.bytes")), properties.getProperty("data.sha256", ""), rows);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad manifest value", e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("manifest lacks " + key);
        }
        return value.strip();
    }
}
