package se.samordna.core.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samordna.core.common.UserFacingException;

/**
 * Reads the SQL script inside a backup without trusting it. Samordna's backups are written by H2's
 * {@code SCRIPT SIMPLE}: schema statements, then one {@code INSERT INTO "PUBLIC"."TABLE" VALUES(...);}
 * per row. A restore never executes the schema part (the schema comes from Samordna's own
 * migrations) and executes only inserts whose values are plain literals into tables the schema has.
 * Any statement H2's SCRIPT does not write for a Samordna database (CREATE ALIAS, CALL, RUNSCRIPT,
 * SET, a function call among the values...) refuses the whole file: a backup can carry data, never code.
 */
final class BackupScript {
    /** Schema statements H2's SCRIPT writes; read past, never executed. */
    private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
            "(CREATE USER IF NOT EXISTS \"SA\" SALT '[0-9a-f]+' HASH '[0-9a-f]+' ADMIN"
                    + "|CREATE (CACHED |MEMORY )?TABLE \"PUBLIC\"\\.\"[A-Za-z0-9_]+\"\\s*\\(.*"
                    + "|ALTER TABLE \"PUBLIC\"\\.\"[A-Za-z0-9_]+\" ADD CONSTRAINT \"PUBLIC\"\\.\"[A-Za-z0-9_]+\" .*"
                    + "|CREATE (UNIQUE )?INDEX \"PUBLIC\"\\.\"[A-Za-z0-9_]+\" ON \"PUBLIC\"\\.\"[A-Za-z0-9_]+\"\\(.*\\)"
                    + "|CREATE SEQUENCE \"PUBLIC\"\\.\"[A-Za-z0-9_]+\".*)",
            Pattern.DOTALL);
    /** Words that may not appear in a schema statement we read past, even though it is never run. */
    private static final Pattern CODE_WORDS = Pattern.compile(
            "\\b(ALIAS|TRIGGER|JAVA|CALL|RUNSCRIPT|FILE_READ|FILE_WRITE|CSVREAD|CSVWRITE|LINK|LINKED|SCRIPT|EXEC|"
                    + "AGGREGATE|DOMAIN|LINK_SCHEMA)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT_HEAD = Pattern.compile("INSERT INTO \"PUBLIC\"\\.\"([A-Za-z0-9_]+)\" VALUES");
    /** Typed literals H2 writes: dates and times, and the UUID every plan row carries (V10). */
    private static final Set<String> LITERAL_PREFIXES = Set.of("DATE", "TIME", "TIMESTAMP", "UUID");
    private static final int ROWS_PER_STATEMENT = 200;

    /** Where in the script a statement starts, for messages. */
    record Problem(int line, String what) {
    }

    private BackupScript() {
    }

    /**
     * Inserts the script's rows into {@code connection}'s database, whose schema is already at the
     * backup's version. Foreign keys are checked once all rows are in.
     */
    static Map<String, Long> load(Path script, Connection connection, Set<String> knownTables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, StringBuilder> pending = new LinkedHashMap<>();
        Map<String, Integer> pendingCount = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : knownTables) {
                statement.execute("ALTER TABLE \"PUBLIC\".\"" + table + "\" SET REFERENTIAL_INTEGRITY FALSE");
            }
            SqlConsumer flush = table -> {
                StringBuilder values = pending.remove(table);
                pendingCount.remove(table);
                if (values != null) {
                    statement.execute("INSERT INTO \"PUBLIC\".\"" + table + "\" VALUES" + values);
                }
            };
            try {
                forEachInsert(script, knownTables, (table, values) -> {
                    rows.merge(table, 1L, Long::sum);
                    StringBuilder batch = pending.computeIfAbsent(table, t -> new StringBuilder());
                    if (!batch.isEmpty()) {
                        batch.append(',');
                    }
                    batch.append(values);
                    if (pendingCount.merge(table, 1, Integer::sum) >= ROWS_PER_STATEMENT) {
                        flush.accept(table);
                    }
                });
            } catch (SqlFailure e) {
                throw e.cause;
            }
            for (String table : Set.copyOf(pending.keySet())) {
                flush.acceptChecked(table);
            }
            for (String table : knownTables) {
                // CHECK: every row put in must satisfy the foreign keys, or the restore fails.
                statement.execute("ALTER TABLE \"PUBLIC\".\"" + table + "\" SET REFERENTIAL_INTEGRITY TRUE CHECK");
            }
        }
        return rows;
    }

    private interface InsertHandler {
        void accept(String table, String valuesWithParentheses);
    }

    private interface SqlConsumer {
        void acceptChecked(String table) throws SQLException;

        default void accept(String table) {
            try {
                acceptChecked(table);
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }
    }

    private static final class SqlFailure extends RuntimeException {
        private final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static void forEachInsert(Path script, Set<String> knownTables, InsertHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            StatementReader statements = new StatementReader(reader);
            String statement;
            while ((statement = statements.next()) != null) {
                int line = statements.startLine();
                if (statement.isEmpty()) {
                    continue;
                }
                Matcher insert = INSERT_HEAD.matcher(statement);
                if (insert.lookingAt()) {
                    String table = insert.group(1);
                    if (table.equals("flyway_schema_history")) {
                        continue; // the schema's history comes from the migrations that rebuild it
                    }
                    if (!knownTables.contains(table)) {
                        throw refused(script, line, "INSERT INTO " + table);
                    }
                    String values = statement.substring(insert.end()).strip();
                    if (!LiteralRow.isLiteralRow(values)) {
                        throw refused(script, line, "INSERT INTO " + table + " …");
                    }
                    handler.accept(table, values);
                } else if (!SCHEMA_STATEMENT.matcher(statement).matches() || CODE_WORDS.matcher(
                        withoutStrings(statement)).find()) {
                    throw refused(script, line, firstWords(statement));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("backup.unreadable", e, script.getFileName());
        }
    }

    private static UserFacingException refused(Path script, int line, String what) {
        return new UserFacingException("backup.refusedStatement", line, what);
    }

    private static String firstWords(String statement) {
        String[] words = statement.strip().split("\\s+", 4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i].length() > 40 ? words[i].substring(0, 40) + "…" : words[i]);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The statement with string literals and quoted names blanked, so words inside them do not count. */
    private static String withoutStrings(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        char quote = 0;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(' ');
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits the script at semicolons outside quotes and comments. */
    private static final class StatementReader {
        private final BufferedReader reader;
        private int line = 1;
        private int startLine = 1;

        StatementReader(BufferedReader reader) {
            this.reader = reader;
        }

        int startLine() {
            return startLine;
        }

        String next() throws IOException {
            StringBuilder statement = new StringBuilder();
            char quote = 0;
            boolean started = false;
            int c;
            while ((c = reader.read()) != -1) {
                char ch = (char) c;
                if (!started) {
                    if (Character.isWhitespace(ch)) {
                        if (ch == '\n') {
                            line++;
                        }
                        continue;
                    }
                    if (ch == '-' ) {
                        reader.mark(1);
                        int nextChar = reader.read();
                        if (nextChar == '-') {
                            skipLine();
                            continue;
                        }
                        reader.reset();
                    }
                    started = true;
                    startLine = line;
                }
                if (ch == '\n') {
                    line++;
                }
                if (quote != 0) {
                    if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == ';') {
                    return statement.toString().strip();
                }
                statement.append(ch);
            }
            if (quote != 0 || !statement.toString().isBlank()) {
                // A script cut off in the middle of a statement is not a whole backup.
                throw new UserFacingException("backup.truncatedScript", line);
            }
            return null;
        }

        private void skipLine() throws IOException {
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\n') {
                    line++;
                    return;
                }
            }
        }
    }

    /** Checks that a row is "(literal, literal, ...)" and nothing else. */
    static final class LiteralRow {
        private final String text;
        private int pos;

        private LiteralRow(String text) {
            this.text = text;
        }

        static boolean isLiteralRow(String values) {
            LiteralRow row = new LiteralRow(values);
            try {
                return row.parse();
            } catch (IndexOutOfBoundsException e) {
                return false;
            }
        }

        private boolean parse() {
            if (!consume('(')) {
                return false;
            }
            do {
                skipSpace();
                if (!literal()) {
                    return false;
                }
                skipSpace();
            } while (consume(','));
            if (!consume(')')) {
                return false;
            }
            skipSpace();
            return pos == text.length();
        }

        private boolean literal() {
            char c = text.charAt(pos);
            if (c == '\'') {
                return string();
            }
            if (c == '-' || Character.isDigit(c)) {
                return number();
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '&')) {
                    pos++;
                }
                String word = text.substring(start, pos).toUpperCase(Locale.ROOT);
                switch (word) {
                    case "NULL", "TRUE", "FALSE" -> {
                        return true;
                    }
                    case "X" -> {
                        return pos < text.length() && text.charAt(pos) == '\'' && hexString();
                    }
                    case "U&" -> {
                        return pos < text.length() && text.charAt(pos) == '\'' && string();
                    }
                    default -> {
                        if (!LITERAL_PREFIXES.contains(word)) {
                            return false;
                        }
                        skipSpace();
                        if (word.equals("TIMESTAMP") || word.equals("TIME")) {
                            // TIMESTAMP WITH TIME ZONE '...'
                            if (text.startsWith("WITH TIME ZONE", pos)) {
                                pos += "WITH TIME ZONE".length();
                                skipSpace();
                            }
                        }
                        return pos < text.length() && text.charAt(pos) == '\'' && string();
                    }
                }
            }
            return false;
        }

        private boolean string() {
            pos++; // opening quote
            while (true) {
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        pos++;
                        continue;
                    }
                    return true;
                }
            }
        }

        private boolean hexString() {
            pos++;
            while (true) {
                char c = text.charAt(pos++);
                if (c == '\'') {
                    return true;
                }
                if (Character.digit(c, 16) < 0 && c != ' ') {
                    return false;
                }
            }
        }

        private boolean number() {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == 'E' || text.charAt(pos) == 'e'
                    || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && pos > start
                    && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')))) {
                pos++;
            }
            return pos > start + (text.charAt(start) == '-' ? 1 : 0);
        }

        private boolean consume(char expected) {
            if (pos < text.length() && text.charAt(pos) == expected) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
