package se.samordna.core.yearpackage;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.samordna.core.capability.PackageTable;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.yearpackage.PackageSchema.Column;
import se.samordna.core.yearpackage.PackageSchema.Table;

/**
 * The package's JSON: one file per table, {"table": name, "records": [...]}, each record an object with
 * exactly its uuid, its link keys and its data columns. Reading checks every record against the shape
 * the table has in this Samordna (keys, types, lengths, nulls) and refuses the whole file otherwise.
 */
final class PackageJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(20).maxStringLength(YearPackageFormat.MAX_ENTRY_BYTES).build());
    }

    private PackageJson() {
    }

    static JsonNode parse(String file, byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("yearPackage.malformed", e, file);
        } catch (IOException e) {
            throw new UserFacingException("yearPackage.malformed", e, file);
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String attachmentPath(Table table, UUID uuid, String column) {
        return "attachments/" + table.name() + "/" + uuid + (column.equals("content") ? "" : "-" + column);
    }

    /** The table's file; files (attachments) are handed to {@code files} by their path in the package. */
    static ObjectNode tableFile(Table table, Iterable<PackageRecord> records, Map<String, byte[]> files) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("table", table.name());
        ArrayNode array = root.putArray("records");
        for (PackageRecord record : records) {
            ObjectNode node = array.addObject();
            node.put("uuid", record.uuid().toString());
            record.links().forEach((key, value) -> node.put(key, value == null ? null : value.toString()));
            for (Column column : table.data()) {
                Object value = record.values().get(column.name());
                switch (value) {
                    case null -> node.putNull(column.name());
                    case Long number -> node.put(column.name(), number);
                    case Boolean bool -> node.put(column.name(), bool);
                    case BigDecimal decimal -> node.put(column.name(), decimal.toPlainString());
                    case byte[] bytes -> {
                        String path = attachmentPath(table, record.uuid(), column.name());
                        files.put(path, bytes);
                        node.put(column.name(), path);
                    }
                    default -> node.put(column.name(), value.toString());
                }
            }
        }
        return root;
    }

    /** Reads a table's file; every record must have exactly the table's shape. */
    static java.util.List<PackageRecord> records(Table table, String file, JsonNode root, Map<String, byte[]> entries) {
        if (!root.isObject() || !table.name().equals(root.path("table").asText(null)) || !root.path("records").isArray()
                || root.size() != 2) {
            throw shape(file, "", "table/records");
        }
        Set<String> expected = new HashSet<>();
        expected.add("uuid");
        table.links().forEach(link -> expected.add(PackageSchema.Table.key(link)));
        table.data().forEach(column -> expected.add(column.name()));
        java.util.List<PackageRecord> records = new java.util.ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("records")) {
            index++;
            if (records.size() >= YearPackageFormat.MAX_RECORDS) {
                throw new UserFacingException("yearPackage.tooLarge");
            }
            String where = String.valueOf(index);
            if (!node.isObject()) {
                throw shape(file, where, "{}");
            }
            Set<String> keys = new HashSet<>();
            node.fieldNames().forEachRemaining(keys::add);
            if (!keys.equals(expected)) {
                Set<String> odd = new HashSet<>(keys);
                odd.removeAll(expected);
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(keys);
                throw shape(file, where, odd.isEmpty() ? "saknas: " + String.join(", ", missing)
                        : "okänt: " + String.join(", ", odd));
            }
            UUID uuid = uuid(node.get("uuid"), file, where, "uuid");
            if (uuid == null) {
                throw shape(file, where, "uuid");
            }
            Map<String, UUID> links = new LinkedHashMap<>();
            for (PackageTable.Link link : table.links()) {
                String key = PackageSchema.Table.key(link);
                links.put(key, uuid(node.get(key), file, where, key));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column column : table.data()) {
                values.put(column.name(), value(column, node.get(column.name()), file, where, entries));
            }
            records.add(new PackageRecord(table.name(), uuid, links, values));
        }
        return records;
    }

    private static UUID uuid(JsonNode node, String file, String where, String key) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (!node.isTextual()) {
                throw shape(file, where, key);
            }
            return UUID.fromString(node.textValue());
        } catch (IllegalArgumentException e) {
            throw shape(file, where, key);
        }
    }

    private static Object value(Column column, JsonNode node, String file, String where, Map<String, byte[]> entries) {
        if (node == null || node.isNull()) {
            if (!column.nullable()) {
                throw shape(file, where, column.name());
            }
            return null;
        }
        try {
            Object value = switch (column.kind()) {
                case INTEGER -> node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
                case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
                case TEXT -> node.isTextual() && node.textValue().length() <= column.maxLength() ? node.textValue() : null;
                case DATE -> node.isTextual() ? LocalDate.parse(node.textValue()) : null;
                case TIMESTAMP -> node.isTextual() ? LocalDateTime.parse(node.textValue()) : null;
                case UUID -> node.isTextual() ? UUID.fromString(node.textValue()) : null;
                case DECIMAL -> node.isTextual() ? new BigDecimal(node.textValue()) : null;
                case FILE -> node.isTextual() ? entries.get(node.textValue()) : null;
            };
            if (value == null || (column.kind() == PackageSchema.Kind.FILE && !node.textValue().startsWith("attachments/"))) {
                throw shape(file, where, column.name());
            }
            return value;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw shape(file, where, column.name());
        }
    }

    private static UserFacingException shape(String file, String record, String field) {
        return new UserFacingException("yearPackage.shape", file, record, field);
    }

    static Iterator<String> names(JsonNode node) {
        return node.fieldNames();
    }
}
