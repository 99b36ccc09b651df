package se.samordna.core.yearpackage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;

/**
 * Every table of the package with its columns as the migrated database has them, in an order where
 * each table comes after those its rows point at (so an import can insert in this order).
 */
final class PackageSchema {
    /** How a column's value is written in the package. */
    enum Kind { INTEGER, BOOLEAN, TEXT, DATE, TIMESTAMP, UUID, DECIMAL, FILE }

    record Column(String name, Kind kind, int maxLength, boolean nullable) {
        String sql() {
            return '"' + name.toUpperCase(Locale.ROOT) + '"';
        }
    }

    /** A carried table: its description, its part, its columns, and the columns written as data. */
    record Table(PackageTable spec, String part, Map<String, Column> columns) {
        String name() {
            return spec.table();
        }

        String sql() {
            return '"' + name().toUpperCase(Locale.ROOT) + '"';
        }

        String file() {
            return part + "/" + name() + ".json";
        }

        boolean hasId() {
            return columns.containsKey("id");
        }

        Column uuid() {
            return columns.get("uuid");
        }

        /** The JSON key of a link column: its name with _id made _uuid. */
        static String key(PackageTable.Link link) {
            String column = link.column();
            return (column.endsWith("_id") ? column.substring(0, column.length() - 3) : column) + "_uuid";
        }

        List<PackageTable.Link> links() {
            List<PackageTable.Link> links = new ArrayList<>();
            spec.owner().ifPresent(links::add);
            links.addAll(spec.references());
            return links;
        }

        /** The columns carried as values: all but the local id, the uuid and the links. */
        List<Column> data() {
            List<String> linkColumns = links().stream().map(PackageTable.Link::column).toList();
            return columns.values().stream()
                    .filter(c -> !c.name().equals("id") && !c.name().equals("uuid") && !linkColumns.contains(c.name()))
                    .toList();
        }
    }

    static final String BASE = "centre";

    private final Map<String, Table> tables;

    private PackageSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** The centre and its people, then each capability's part. */
    static List<PackagePart> parts(List<PackagePart> capabilityParts) {
        List<PackagePart> parts = new ArrayList<>();
        parts.add(new PackagePart(BASE, List.of(PackageTable.centre(), PackageTable.ofCentre("centre_part"),
                PackageTable.ofCentre("person"))));
        parts.addAll(capabilityParts);
        return parts;
    }

    static PackageSchema read(DSLContext ctx, List<PackagePart> parts) {
        Map<String, Map<String, Column>> columns = new LinkedHashMap<>();
        // The schema the connection works in: H2's PUBLIC, or the server's (search_path) on PostgreSQL.
        java.util.Set<String> carried = new java.util.HashSet<>();
        parts.forEach(part -> part.tables().forEach(spec -> carried.add(spec.table())));
        for (Record r : ctx.fetch("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            String table = r.get(0, String.class).toLowerCase(Locale.ROOT);
            if (!carried.contains(table)) {
                continue; // only the carried tables' columns need a kind (the audit trail's time has a zone)
            }
            String name = r.get(1, String.class).toLowerCase(Locale.ROOT);
            Long max = r.get(3, Long.class);
            columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(name, new Column(name,
                    kindOf(r.get(2, String.class), table, name), max == null ? Integer.MAX_VALUE : (int) Math.min(max,
                            Integer.MAX_VALUE), "YES".equals(r.get(4, String.class))));
        }
        Map<String, Table> unordered = new LinkedHashMap<>();
        for (PackagePart part : parts) {
            for (PackageTable spec : part.tables()) {
                Map<String, Column> cols = columns.get(spec.table());
                if (cols == null || !cols.containsKey("uuid")) {
                    throw new IllegalStateException(spec.table() + " is not a table with a uuid column");
                }
                if (unordered.put(spec.table(), new Table(spec, part.name(), cols)) != null) {
                    throw new IllegalStateException(spec.table() + " is carried by two parts");
                }
            }
        }
        return new PackageSchema(ordered(unordered));
    }

    private static final Pattern QUOTED = Pattern.compile("\"([A-Z0-9_]+)\"");

    /**
     * The SQL with each quoted upper-case name ({@code "CENTRE"}) rendered as the context's database
     * knows it: as written on H2, in lower case on PostgreSQL (the server's {@code RenderNameCase}).
     */
    static String names(DSLContext ctx, String sql) {
        Matcher m = QUOTED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ctx.render(DSL.name(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A column's value from a plain-SQL row, whatever case the database gave its name. */
    static Object value(Record row, String column) {
        Field<?> field = row.field(column.toUpperCase(Locale.ROOT));
        if (field == null) {
            field = row.field(column.toLowerCase(Locale.ROOT));
        }
        if (field == null) {
            throw new IllegalStateException("No column " + column + " in the row");
        }
        return row.get(field);
    }

    /** The kind of a column from its type as INFORMATION_SCHEMA gives it, H2's names or PostgreSQL's. */
    private static Kind kindOf(String type, String table, String column) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT" -> Kind.INTEGER;
            case "BOOLEAN" -> Kind.BOOLEAN;
            case "CHARACTER VARYING", "CHARACTER", "CHARACTER LARGE OBJECT", "TEXT" -> Kind.TEXT;
            case "DATE" -> Kind.DATE;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> Kind.TIMESTAMP;
            case "UUID" -> Kind.UUID;
            case "NUMERIC", "DECIMAL", "DECFLOAT" -> Kind.DECIMAL;
            case "BINARY LARGE OBJECT", "BYTEA" -> Kind.FILE;
            default -> unknown(type, table, column);
        };
    }

    private static Kind unknown(String type, String table, String column) {
        throw new IllegalStateException("The year package cannot carry " + table + "." + column + " of type " + type);
    }

    /** Each table after the tables it points at (its owner, its references), keeping the parts' order otherwise. */
    private static Map<String, Table> ordered(Map<String, Table> tables) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (String name : tables.keySet()) {
            visit(name, tables, ordered, new ArrayList<>());
        }
        return ordered;
    }

    private static void visit(String name, Map<String, Table> tables, Map<String, Table> ordered, List<String> path) {
        if (ordered.containsKey(name) || !tables.containsKey(name)) {
            return;
        }
        if (path.contains(name)) {
            throw new IllegalStateException("The package's tables point at each other: " + path);
        }
        path.add(name);
        for (PackageTable.Link link : tables.get(name).links()) {
            if (!link.target().equals(name)) {
                visit(link.target(), tables, ordered, path);
            }
        }
        path.remove(name);
        ordered.put(name, tables.get(name));
    }

    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    Table centre() {
        return tables.get("centre");
    }
}
