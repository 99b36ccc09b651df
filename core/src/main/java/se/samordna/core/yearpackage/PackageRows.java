package se.samordna.core.yearpackage;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import se.samordna.core.capability.PackageTable;
import se.samordna.core.yearpackage.PackageSchema.Column;
import se.samordna.core.yearpackage.PackageSchema.Table;

/**
 * Reads and writes package records in the database, over one context (one transaction): the local ids
 * of links are turned into the UUIDs of the rows they point at and back.
 */
final class PackageRows {
    private static final int CHUNK = 500;

    private final DSLContext ctx;
    private final PackageSchema schema;
    private final Map<String, Map<Long, UUID>> uuidsById = new HashMap<>();
    private final Map<String, Map<UUID, Long>> idsByUuid = new HashMap<>();

    PackageRows(DSLContext ctx, PackageSchema schema) {
        this.ctx = ctx;
        this.schema = schema;
    }

    /** The rows of {@code table} that belong to the centre's year, sorted by UUID. */
    List<PackageRecord> ofYear(Table table, long centreId, int year) {
        String sql = "SELECT * FROM " + table.sql() + " WHERE " + selection(table, centreId, year);
        return read(table, sql).stream().sorted((a, b) -> a.uuid().toString().compareTo(b.uuid().toString())).toList();
    }

    /** The years {@code table} (one with a year column) holds rows of the centre for. */
    java.util.SortedSet<Integer> years(Table table, long centreId) {
        String column = table.spec().yearColumn().orElseThrow();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        for (Record row : ctx.fetch(PackageSchema.names(ctx, "SELECT DISTINCT " + sqlName(column) + " FROM "
                + table.sql() + " WHERE " + selection(table, centreId, null)))) {
            Number year = (Number) row.get(0);
            if (year != null) {
                years.add(year.intValue());
            }
        }
        return years;
    }

    /** The rows of the centre's year ({@code year} null: of every year). */
    private String selection(Table table, long centreId, Integer year) {
        PackageTable spec = table.spec();
        List<String> conditions = new ArrayList<>();
        if (spec.owner().isEmpty()) {
            conditions.add("\"ID\" = " + centreId);
        } else {
            PackageTable.Link owner = spec.owner().get();
            if (owner.target().equals("centre")) {
                conditions.add(sqlName(owner.column()) + " = " + centreId);
            } else {
                Table parent = schema.table(owner.target()).orElseThrow();
                conditions.add(sqlName(owner.column()) + " IN (SELECT \"ID\" FROM " + parent.sql() + " WHERE "
                        + selection(parent, centreId, year) + ")");
            }
        }
        if (year != null) {
            spec.yearColumn().ifPresent(column -> conditions.add(sqlName(column) + " = " + year));
        }
        spec.condition().ifPresent(condition -> conditions.add("(" + condition + ")"));
        return String.join(" AND ", conditions);
    }

    /** The local rows of {@code table} with these UUIDs, by UUID. */
    Map<UUID, PackageRecord> byUuid(Table table, Collection<UUID> uuids) {
        Map<UUID, PackageRecord> found = new HashMap<>();
        List<UUID> all = List.copyOf(uuids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = chunk.stream().map(u -> "?").collect(Collectors.joining(", "));
            Object[] bindings = chunk.stream().map(u -> uuidValue(table, u)).toArray();
            for (PackageRecord r : read(table, "SELECT * FROM " + table.sql() + " WHERE \"UUID\" IN (" + marks + ")",
                    bindings)) {
                found.put(r.uuid(), r);
            }
        }
        return found;
    }

    private List<PackageRecord> read(Table table, String sql, Object... bindings) {
        List<PackageRecord> records = new ArrayList<>();
        for (Record row : ctx.fetch(PackageSchema.names(ctx, sql), bindings)) {
            UUID uuid = UUID.fromString(PackageSchema.value(row, "uuid").toString());
            Map<String, UUID> links = new LinkedHashMap<>();
            for (PackageTable.Link link : table.links()) {
                Number id = (Number) PackageSchema.value(row, link.column());
                links.put(PackageSchema.Table.key(link), id == null ? null : uuidOf(link.target(), id.longValue()));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Column column : table.data()) {
                values.put(column.name(), javaValue(column, PackageSchema.value(row, column.name())));
            }
            if (table.hasId()) {
                remember(table.name(), ((Number) PackageSchema.value(row, "id")).longValue(), uuid);
            }
            records.add(new PackageRecord(table.name(), uuid, links, values));
        }
        return records;
    }

    private static Object javaValue(Column column, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (column.kind()) {
                case INTEGER -> ((Number) value).longValue();
                case BOOLEAN -> (Boolean) value;
                case TEXT -> value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value.toString();
                case DATE -> value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
                case TIMESTAMP -> value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
                case UUID -> value instanceof UUID u ? u : UUID.fromString(value.toString());
                case DECIMAL -> (BigDecimal) value;
                case FILE -> value instanceof Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) value;
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The local id of the row of {@code table} with this UUID. */
    Optional<Long> idOf(String table, UUID uuid) {
        Long known = idsByUuid.getOrDefault(table, Map.of()).get(uuid);
        if (known != null) {
            return Optional.of(known);
        }
        Table t = schema.table(table).orElseThrow();
        Record found = ctx.fetchOne(PackageSchema.names(ctx, "SELECT \"ID\" FROM " + t.sql() + " WHERE \"UUID\" = ?"),
                uuidValue(t, uuid));
        Long id = found == null ? null : found.get(0, Long.class);
        if (id != null) {
            remember(table, id, uuid);
        }
        return Optional.ofNullable(id);
    }

    private UUID uuidOf(String table, long id) {
        UUID known = uuidsById.getOrDefault(table, Map.of()).get(id);
        if (known != null) {
            return known;
        }
        Table t = schema.table(table).orElseThrow();
        Object uuid = ctx.fetchOne(PackageSchema.names(ctx, "SELECT \"UUID\" FROM " + t.sql() + " WHERE \"ID\" = ?"),
                id).get(0);
        UUID value = UUID.fromString(uuid.toString());
        remember(table, id, value);
        return value;
    }

    private void remember(String table, long id, UUID uuid) {
        uuidsById.computeIfAbsent(table, t -> new HashMap<>()).put(id, uuid);
        idsByUuid.computeIfAbsent(table, t -> new HashMap<>()).put(uuid, id);
    }

    /** Adds a record; its owner must be there already, references not found are left empty. */
    void insert(Table table, PackageRecord record) {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        columns.add("\"UUID\"");
        values.add(DSL.val(uuidValue(table, record.uuid())));
        addLinks(table, record, columns, values);
        for (Column column : table.data()) {
            columns.add(column.sql());
            values.add(param(column, record.values().get(column.name())));
        }
        String marks = values.stream().map(v -> "?").collect(Collectors.joining(", "));
        ctx.execute(PackageSchema.names(ctx, "INSERT INTO " + table.sql() + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")"),
                values.toArray());
    }

    /** Takes the package's values (and references) for a record that is there; its owner stays. */
    void update(Table table, PackageRecord record) {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        addLinks(table, record, columns, values);
        if (table.spec().owner().isPresent()) {
            columns.removeFirst();
            values.removeFirst();
        }
        for (Column column : table.data()) {
            columns.add(column.sql());
            values.add(param(column, record.values().get(column.name())));
        }
        if (columns.isEmpty()) {
            return;
        }
        values.add(DSL.val(uuidValue(table, record.uuid())));
        ctx.execute(PackageSchema.names(ctx, "UPDATE " + table.sql() + " SET " + columns.stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE \"UUID\" = ?"), values.toArray());
    }

    private void addLinks(Table table, PackageRecord record, List<String> columns, List<Object> values) {
        for (PackageTable.Link link : table.links()) {
            UUID target = record.links().get(PackageSchema.Table.key(link));
            Long id = target == null ? null : idOf(link.target(), target).orElse(null);
            columns.add(sqlName(link.column()));
            values.add(DSL.val(id, SQLDataType.BIGINT));
        }
    }

    private static Object param(Column column, Object value) {
        return switch (column.kind()) {
            case INTEGER -> DSL.val((Long) value, SQLDataType.BIGINT);
            case BOOLEAN -> DSL.val((Boolean) value, SQLDataType.BOOLEAN);
            case TEXT -> DSL.val((String) value, SQLDataType.VARCHAR);
            case DATE -> DSL.val((LocalDate) value, SQLDataType.LOCALDATE);
            case TIMESTAMP -> DSL.val((LocalDateTime) value, SQLDataType.LOCALDATETIME);
            case UUID -> DSL.val((UUID) value, SQLDataType.UUID);
            case DECIMAL -> DSL.val((BigDecimal) value, SQLDataType.DECIMAL);
            case FILE -> DSL.val((byte[]) value, SQLDataType.BLOB);
        };
    }

    private static Object uuidValue(Table table, UUID uuid) {
        return table.uuid().kind() == PackageSchema.Kind.UUID ? uuid : uuid.toString();
    }

    private static String sqlName(String column) {
        return '"' + column.toUpperCase(java.util.Locale.ROOT) + '"';
    }
}
