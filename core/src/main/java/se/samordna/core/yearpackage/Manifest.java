package se.samordna.core.yearpackage;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samordna.core.common.UserFacingException;

/**
 * {@code manifest.json}: what the package is, who wrote it, whose year it carries, and the SHA-256 and
 * size of every other file in it.
 */
public record Manifest(String format, int formatVersion, String appVersion, String schemaVersion,
        UUID centreUuid, String centreName, int year, LocalDateTime writtenAt, Map<String, FileEntry> files) {

    public record FileEntry(String sha256, long size) {
    }

    public Manifest {
        files = Map.copyOf(files);
    }

    byte[] toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", format);
        root.put("formatVersion", formatVersion);
        root.put("appVersion", appVersion);
        root.put("schemaVersion", schemaVersion);
        ObjectNode centre = root.putObject("centre");
        centre.put("uuid", centreUuid.toString());
        centre.put("name", centreName);
        root.put("year", year);
        root.put("writtenAt", writtenAt.toString());
        ObjectNode list = root.putObject("files");
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode file = list.putObject(e.getKey());
            file.put("sha256", e.getValue().sha256());
            file.put("size", e.getValue().size());
        });
        return PackageJson.write(root);
    }

    /** Reads a manifest: a foreign file and a newer format are told apart from a broken manifest. */
    static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = PackageJson.MAPPER.readTree(bytes);
        } catch (Exception e) {
            throw new UserFacingException("yearPackage.badManifest", e);
        }
        if (root == null || !root.isObject()) {
            throw new UserFacingException("yearPackage.badManifest");
        }
        if (!YearPackageFormat.NAME.equals(root.path("format").asText(null))) {
            throw new UserFacingException("yearPackage.notAPackage");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.intValue() < 1) {
            throw new UserFacingException("yearPackage.badManifest");
        }
        if (version.intValue() > YearPackageFormat.VERSION) {
            throw new UserFacingException("yearPackage.newerFormat", version.intValue(), YearPackageFormat.VERSION);
        }
        try {
            Map<String, FileEntry> files = new LinkedHashMap<>();
            JsonNode list = root.path("files");
            if (!list.isObject()) {
                throw new IllegalArgumentException("files");
            }
            for (Map.Entry<String, JsonNode> e : list.properties()) {
                JsonNode sha = e.getValue().path("sha256");
                JsonNode size = e.getValue().path("size");
                if (!sha.isTextual() || !sha.textValue().matches("[0-9a-f]{64}") || !size.isIntegralNumber()) {
                    throw new IllegalArgumentException(e.getKey());
                }
                files.put(e.getKey(), new FileEntry(sha.textValue(), size.longValue()));
            }
            JsonNode year = root.path("year");
            String name = root.path("centre").path("name").textValue();
            if (!year.isIntegralNumber() || year.intValue() < 2000 || year.intValue() > 2100 || name == null
                    || name.isBlank() || name.length() > 200) {
                throw new IllegalArgumentException("centre/year");
            }
            return new Manifest(YearPackageFormat.NAME, version.intValue(), root.path("appVersion").asText(""),
                    root.path("schemaVersion").asText(""), UUID.fromString(root.path("centre").path("uuid").asText()),
                    name, year.intValue(), LocalDateTime.parse(root.path("writtenAt").asText()), files);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UserFacingException("yearPackage.badManifest", e);
        }
    }
}
