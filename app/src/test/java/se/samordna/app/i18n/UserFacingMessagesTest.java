package se.samordna.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;

/**
 * Every failure core or app can raise, worded as the dialog would word it, with the worst arguments
 * a failure carries (an H2 message with its SQL, a JDBC class, a stack frame): never any of it on screen.
 */
class UserFacingMessagesTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"));
    private static final Pattern NEW_FAILURE = Pattern.compile("new\\s+(?:[\\w.]+\\.)?UserFacingException\\(\\s*(\"([^\"]+)\"\\s*(\\+)?)?");
    private static final Pattern KIND_KEY = Pattern.compile("->\\s*\"([a-z]+(?:\\.[A-Za-z]+)+)\";");
    private static final Pattern SUPER_KEY = Pattern.compile("super\\(\\s*\"([^\"]+)\"");

    private static final String SQL = "Table \"SURVEY\" not found; SQL statement:\n"
            + "SELECT ID, NAME FROM SURVEY WHERE CENTRE_ID = ? [42102-252]";
    private static final String JDBC = "org.h2.jdbc.JdbcSQLSyntaxErrorException: Value too long for column "
            + "\"NAME CHARACTER VARYING(200)\"";
    private static final String FRAME = "at se.samordna.core.db.Database.execute(Database.java:91)";
    private static final String IO = "java.io.IOException: No space left on device";
    private static final List<Object> NASTY = List.of(SQL, JDBC, FRAME, IO, SQL + "\n\t" + FRAME,
            new SQLException(SQL, "42S02", 42102), new IllegalStateException(JDBC));
    /** What must never be read in a dialog. */
    private static final List<String> FORBIDDEN = List.of("SELECT", "FROM SURVEY", "WHERE", "SURVEY", "SQL",
            "Table \"", "CHARACTER VARYING", "42102", "org.", "java.", "jdbc", "JDBC", "Jdbc", "Exception",
            "at se.", "Database.java", "\tat", "No space left");

    private static Messages swedish;
    private static Messages english;
    private static Set<String> keys;

    @BeforeAll
    static void collectKeys() throws IOException {
        swedish = Messages.forLanguage("sv");
        english = Messages.forLanguage("en");
        keys = failureKeys();
    }

    @Test
    void theScanFindsTheFailuresOfEveryPartOfTheApplication() {
        assertThat(keys).hasSizeGreaterThan(40).contains("database.commandFailed", "database.problem.damaged",
                "database.migrationFailed", "backup.restoreFailed", "print.failed", "import.brokenCsv",
                "error.notFound", "validation.failed", "workshop.handedOver", "agreement.wrongStatus.UNDERTECKNAT",
                "file.unreadable");
    }

    @Test
    void everyFailureKeyIsWrittenInSwedishAndEnglish() {
        for (String key : keys) {
            assertThat(swedish.has(key)).as("sv: " + key).isTrue();
            assertThat(english.has(key)).as("en: " + key).isTrue();
        }
    }

    @Test
    void noFailureShowsSqlAClassNameAnInternalMessageOrAStackTrace() {
        for (String key : keys) {
            for (Object nasty : NASTY) {
                for (Messages messages : List.of(swedish, english)) {
                    String shown = messages.describe(new UserFacingException(key, new SQLException(SQL),
                            arguments(messages, key, nasty)));
                    assertClean(key + " (" + messages.language() + ")", shown);
                }
                String sv = swedish.describe(new UserFacingException(key, arguments(swedish, key, nasty)));
                String en = english.describe(new UserFacingException(key, arguments(english, key, nasty)));
                assertThat(sv).as(key + ": Swedish, not the English text").isNotEqualTo(en);
                assertThat(sv).as(key).doesNotContain("!" + key + "!").containsPattern("\\p{L}{3,}");
            }
        }
    }

    @Test
    void theRawDetailOfADatabaseFailureIsNotInItsText() {
        String text = swedish.describe(new UserFacingException("database.commandFailed", new SQLException(SQL), SQL));

        assertThat(text).startsWith("Ändringen kunde inte sparas i databasen").doesNotContain("SURVEY");
        assertThat(swedish.describe(new UserFacingException("database.problem.damaged", new SQLException(JDBC),
                Path.of("/home/anna/Samordna/samordna.mv.db"))))
                .contains("/home/anna/Samordna/samordna.mv.db").doesNotContain("Jdbc");
    }

    @Test
    void aFileNameIsShownButTechnicalTextInItsPlaceIsNot() {
        assertThat(swedish.describe(new UserFacingException("import.unreadable", "svar december.csv")))
                .contains("svar december.csv");
        assertThat(swedish.describe(new UserFacingException("import.unreadable", JDBC)))
                .contains("(se loggfilen)").doesNotContain("Jdbc");
    }

    @Test
    void aFailureThatIsNotUserFacingGetsTheGeneralSwedishMessageOnly() {
        String general = swedish.get("error.unexpected");
        List<Throwable> unexpected = List.of(new IllegalStateException(JDBC), new NullPointerException(),
                new SQLException(SQL, "42S02", 42102), new RuntimeException(FRAME, new SQLException(SQL)),
                new OutOfMemoryError("Java heap space"), new UserFacingException("no.such.key", SQL, JDBC));

        for (Throwable failure : unexpected) {
            String shown = swedish.describe(failure);
            assertThat(shown).as(failure.getClass().getName()).isEqualTo(general)
                    .doesNotContain(failure.getClass().getSimpleName());
            assertClean(failure.getClass().getName(), shown);
        }
        assertThat(general).startsWith("Ett oväntat fel inträffade.");
    }

    @Test
    void aUserFacingFailureInsideAnotherIsStillDescribedInWords() {
        Throwable wrapped = new RuntimeException(JDBC, new UserFacingException("database.commandFailed", SQL));

        assertThat(swedish.describe(wrapped)).startsWith("Ändringen kunde inte sparas");
    }

    @Test
    void aValidationFailureNamesWhatIsWrongWithoutTheTechnicalParts() {
        ValidationException invalid = new ValidationException(List.of(FieldError.of("name", "validation.tooLong", 200,
                400), FieldError.of("text", "validation.required"), FieldError.of("note", "validation.tooLong", SQL,
                JDBC)));

        String shown = swedish.describe(invalid);

        assertThat(shown).startsWith("3 fält behöver rättas.").contains("För lång text: högst 200 tecken, nu 400.")
                .contains("Måste fyllas i.");
        assertClean("validation", shown);
    }

    private static void assertClean(String what, String shown) {
        assertThat(shown).as(what).isNotBlank();
        for (String forbidden : FORBIDDEN) {
            assertThat(shown).as(what + " shows " + forbidden + ": " + shown).doesNotContain(forbidden);
        }
        assertThat(shown).as(what).doesNotContainPattern("(?m)^\\s*at ");
    }

    /**
     * Arguments for every placeholder of the key's text, as the code would pass them: a number where
     * the text formats a number, and the nasty value everywhere else (and a few more beyond).
     */
    private static Object[] arguments(Messages messages, String key, Object nasty) {
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < Math.max(formats.length, 4); i++) {
            Format format = i < formats.length ? formats[i] : null;
            arguments.add(format instanceof NumberFormat || format instanceof ChoiceFormat ? (Object) 2 : nasty);
        }
        return arguments.toArray();
    }

    /**
     * Every key a {@link UserFacingException} is raised with: literal keys, keys built from a prefix
     * (all the bundle's keys under it) and the fixed keys of its subclasses. A key that is not written
     * out in the call fails the scan, so no failure escapes this test.
     */
    private static Set<String> failureKeys() throws IOException {
        Set<String> found = new TreeSet<>();
        List<String> notLiteral = new ArrayList<>();
        Set<String> bundleKeys = ResourceBundle.getBundle(Messages.BUNDLE, Messages.SWEDISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher raised = NEW_FAILURE.matcher(source);
                    while (raised.find()) {
                        if (raised.group(2) == null) {
                            notLiteral.add(file.getFileName() + ": " + raised.group());
                        } else if (raised.group(3) != null) {
                            String prefix = raised.group(2);
                            List<String> expanded = bundleKeys.stream().filter(k -> k.startsWith(prefix)).toList();
                            assertThat(expanded).as("keys under " + prefix).isNotEmpty();
                            found.addAll(expanded);
                        } else {
                            found.add(raised.group(2));
                        }
                    }
                    if (source.contains("extends UserFacingException")) {
                        Matcher fixed = SUPER_KEY.matcher(source);
                        while (fixed.find()) {
                            found.add(fixed.group(1));
                        }
                        // A subclass that picks its key per kind (DatabaseProblem): every literal it returns.
                        Matcher perKind = KIND_KEY.matcher(source);
                        while (perKind.find()) {
                            found.add(perKind.group(1));
                        }
                    }
                }
            }
        }
        assertThat(notLiteral).as("failures raised with a key that is not written out").isEmpty();
        return found;
    }
}
