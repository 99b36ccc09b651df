package se.samordna.core.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samordna.core.survey.ImportTable;

/**
 * Visitor statistics read from a spreadsheet or CSV file: one row per month and one column per
 * category, as most centres keep them (the other way round, months across, is read too). Month
 * names and column headings are matched leniently. Every cell that cannot be read is listed with
 * its row as in the file (the heading row is row 1); nothing is stored here.
 */
public final class VisitImport {
    public static final String BAD_MONTH = "report.import.badMonth";
    public static final String BAD_NUMBER = "report.import.badNumber";
    public static final String NO_MONTH_COLUMN = "report.import.noMonthColumn";
    public static final String NO_CATEGORIES = "report.import.noCategories";
    public static final String DUPLICATE_MONTH = "report.import.duplicateMonth";

    private static final List<String> MONTH_NAMES = List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    private static final List<String> ENGLISH_MONTHS = List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.]\\d{1,2})?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    /** Headings and first cells of a total, which is summed again rather than read. */
    private static final Pattern TOTAL = Pattern.compile("(totalt?|summa|sum|hela aret|aret|ar)( .*)?");
    private static final Pattern MONTH_HEADING = Pattern.compile("manad|manader|month|man|period|datum");
    /** An Excel date kept as its serial number (days from 1899-12-30), between 2000 and 2100. */
    private static final int EXCEL_FROM = 36_526;
    private static final int EXCEL_TO = 73_051;

    /** A cell that could not be read; {@code arguments} are the value and the column heading. */
    public record Problem(int row, String column, String value, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(int row, String column, String value, String messageKey) {
            return new Problem(row, column, value, messageKey, List.of(value, column));
        }
    }

    /** What would be imported, and every problem found; the counts are only imported when there are none. */
    public record Preview(List<VisitCount> counts, List<Problem> problems) {
        public Preview {
            counts = List.copyOf(counts);
            problems = List.copyOf(problems);
        }
    }

    private VisitImport() {
    }

    public static Preview preview(ImportTable table) {
        List<String> headers = table.headers();
        int monthColumn = monthColumn(table);
        if (monthColumn < 0 && monthsAcross(table)) {
            return across(table);
        }
        List<Problem> problems = new ArrayList<>();
        if (monthColumn < 0) {
            problems.add(Problem.of(1, "", String.join(", ", headers), NO_MONTH_COLUMN));
            return new Preview(List.of(), problems);
        }
        Map<Integer, VisitCategory> columns = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            if (c != monthColumn) {
                Optional<VisitCategory> category = category(headers.get(c));
                if (category.isPresent() && !columns.containsValue(category.get())) {
                    columns.put(c, category.get());
                }
            }
        }
        if (columns.isEmpty()) {
            problems.add(Problem.of(1, "", String.join(", ", headers), NO_CATEGORIES));
            return new Preview(List.of(), problems);
        }
        String monthHeading = headers.get(monthColumn);
        List<VisitCount> counts = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            int rowNumber = r + 2;
            String monthText = cell(row, monthColumn);
            boolean hasFigures = columns.keySet().stream().anyMatch(c -> !cell(row, c).isEmpty());
            if (monthText.isEmpty() && !hasFigures || isTotal(monthText)) {
                continue;
            }
            Optional<Integer> month = month(monthText);
            if (month.isEmpty()) {
                problems.add(Problem.of(rowNumber, monthHeading, monthText, BAD_MONTH));
                continue;
            }
            if (seen.putIfAbsent(month.get(), rowNumber) != null) {
                problems.add(Problem.of(rowNumber, monthHeading, monthText, DUPLICATE_MONTH));
                continue;
            }
            columns.forEach((c, category) -> read(cell(row, c), rowNumber, headers.get(c), month.get(), category,
                    counts, problems));
        }
        return new Preview(counts, problems);
    }

    /** Months across the top, one row per category. */
    private static Preview across(ImportTable table) {
        List<String> headers = table.headers();
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Integer> months = new LinkedHashMap<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int c = 1; c < headers.size(); c++) {
            String heading = headers.get(c);
            if (heading.isEmpty() || isTotal(heading)) {
                continue;
            }
            Optional<Integer> month = month(heading);
            if (month.isEmpty()) {
                problems.add(Problem.of(1, heading, heading, BAD_MONTH));
            } else if (seen.putIfAbsent(month.get(), c) != null) {
                problems.add(Problem.of(1, heading, heading, DUPLICATE_MONTH));
            } else {
                months.put(c, month.get());
            }
        }
        Map<VisitCategory, Integer> rows = new EnumMap<>(VisitCategory.class);
        for (int r = 0; r < table.rows().size(); r++) {
            int index = r;
            // The first row of a category counts; a repeated one is left out, like a total or an unknown row.
            category(cell(table.rows().get(r), 0)).ifPresent(category -> rows.putIfAbsent(category, index));
        }
        if (rows.isEmpty()) {
            problems.add(Problem.of(1, headers.getFirst(), String.join(", ", headers), NO_CATEGORIES));
            return new Preview(List.of(), problems);
        }
        List<VisitCount> counts = new ArrayList<>();
        rows.forEach((category, r) -> {
            List<String> row = table.rows().get(r);
            months.forEach((c, month) -> read(cell(row, c), r + 2, headers.get(c), month, category, counts,
                    problems));
        });
        return new Preview(counts, problems);
    }

    private static void read(String text, int row, String column, int month, VisitCategory category,
                             List<VisitCount> counts, List<Problem> problems) {
        if (text.isEmpty() || text.equals("-") || text.equals("–")) {
            return;
        }
        Optional<Integer> visits = number(text);
        if (visits.isEmpty()) {
            problems.add(Problem.of(row, column, text, BAD_NUMBER));
        } else {
            counts.add(new VisitCount(month, category, visits.get()));
        }
    }

    /** The column of months: one headed as such, else the first column when it holds a month. */
    private static int monthColumn(ImportTable table) {
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            if (MONTH_HEADING.matcher(plain(headers.get(c))).matches()) {
                return c;
            }
        }
        if (headers.isEmpty() || category(headers.getFirst()).isPresent() || month(headers.getFirst()).isPresent()) {
            return -1;
        }
        for (List<String> row : table.rows()) {
            if (month(cell(row, 0)).isPresent()) {
                return 0;
            }
        }
        return -1;
    }

    /** Whether the headings after the first are months (two or more), with categories down the first column. */
    private static boolean monthsAcross(ImportTable table) {
        long months = table.headers().stream().skip(1).filter(h -> month(h).isPresent()).count();
        return months >= 2;
    }

    /** The month (1–12) of "januari", "jan", "Jan.", "1", "01", "2026-01", "01/2026" or an Excel date. */
    static Optional<Integer> month(String text) {
        String plain = plain(text).replace(".", " ").strip();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Matcher yearMonth = YEAR_MONTH.matcher(text.strip());
        if (yearMonth.matches()) {
            return inRange(Integer.parseInt(yearMonth.group(2)));
        }
        Matcher monthYear = MONTH_YEAR.matcher(text.strip());
        if (monthYear.matches()) {
            return inRange(Integer.parseInt(monthYear.group(1)));
        }
        if (plain.matches("\\d{1,2}")) {
            return inRange(Integer.parseInt(plain));
        }
        if (plain.matches("\\d{5}(\\.0+)?")) {
            int serial = Integer.parseInt(plain.replaceFirst("\\..*", ""));
            if (serial >= EXCEL_FROM && serial <= EXCEL_TO) {
                return Optional.of(LocalDate.of(1899, 12, 30).plusDays(serial).getMonthValue());
            }
            return Optional.empty();
        }
        // "januari 2026", "jan -26": the name is the first word.
        String word = plain.split("[ \\-/]")[0];
        for (List<String> names : List.of(MONTH_NAMES, ENGLISH_MONTHS)) {
            for (int i = 0; i < names.size(); i++) {
                String name = plain(names.get(i));
                if (word.equals(name) || word.length() >= 3 && name.startsWith(word)) {
                    return Optional.of(i + 1);
                }
            }
        }
        return Optional.empty();
    }

    /** The category a column heading names, leniently: "BVC", "Barnavårdscentral", "Kurator", "Grupper" … */
    static Optional<VisitCategory> category(String heading) {
        String plain = " " + plain(heading).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (plain.isBlank()) {
            return Optional.empty();
        }
        for (VisitCategory category : VisitCategory.values()) {
            if (plain.strip().equals(category.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return Optional.of(category);
            }
        }
        if (contains(plain, "oppen forskola", "oppna forskola", "oppna forskolan", "oppen forskolan", "of")) {
            return Optional.of(VisitCategory.OPPEN_FORSKOLA);
        }
        if (contains(plain, "bvc", "barnavardscentral", "barnvardscentral", "barnavardscentralen", "barnhalsovard",
                "barnhalsovarden", "bhv")) {
            return Optional.of(VisitCategory.BARNAVARDSCENTRAL);
        }
        if (contains(plain, "bmm", "barnmorskemottagning", "barnmorskemottagningen", "barnmorska", "mvc",
                "modrahalsovard", "modrahalsovarden", "kvinnohalsovard")) {
            return Optional.of(VisitCategory.BARNMORSKEMOTTAGNING);
        }
        if (contains(plain, "socialtjanst", "socialtjansten", "kurator", "kuratorn", "socialradgivare",
                "familjeradgivare")) {
            return Optional.of(VisitCategory.SOCIALTJANST);
        }
        if (plain.contains("grupp")) {
            return Optional.of(VisitCategory.GRUPPVERKSAMHET);
        }
        return Optional.empty();
    }

    /** A whole number of visits: "1234", "1 234" (also with a non-breaking or thin space), "1234.0". */
    static Optional<Integer> number(String text) {
        String digits = text.replaceAll("[\\s\\u00a0\\u202f\\u2009]", "").replaceFirst("[.,]0+$", "");
        if (!digits.matches("\\d{1,7}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(digits);
        return value > ReportService.NUMBER_MAX ? Optional.empty() : Optional.of(value);
    }

    private static boolean isTotal(String text) {
        return TOTAL.matcher(plain(text)).matches();
    }

    private static boolean contains(String padded, String... words) {
        for (String word : words) {
            if (padded.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> inRange(int month) {
        return month >= 1 && month <= 12 ? Optional.of(month) : Optional.empty();
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }

    /** Lower case without accents: "Öppen förskola" gives "oppen forskola". */
    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .strip();
    }
}
