package se.samordna.core.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Several centres side by side for one year, as of {@code today}: the columns of the measures asked
 * for, and one row per centre, grouped by region and municipality.
 */
public record Overview(int year, LocalDate today, List<Column> columns, List<Group> groups) {

    public Overview {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }

    /** The centres of one municipality (in one region). */
    public record Group(String region, String municipality, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** One centre's figures by column key. */
    public record Row(long centreId, String centre, String municipality, String region, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public Cell cell(String columnKey) {
            return cells.getOrDefault(columnKey, Cell.EMPTY);
        }
    }

    public Stream<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream());
    }

    public java.util.Optional<Row> row(long centreId) {
        return rows().filter(r -> r.centreId() == centreId).findFirst();
    }

    public java.util.Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** A centre's value of one column in one year, a point of a trend. */
    public record TrendPoint(int year, Cell cell) {
    }
}
