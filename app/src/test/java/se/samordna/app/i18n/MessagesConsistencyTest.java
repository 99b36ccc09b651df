package se.samordna.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.samordna.app.shell.Section;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Role;
import se.samordna.core.db.Backup;

/** Every key in both languages, every key used exists, no key unused, every text formats. */
class MessagesConsistencyTest {
    private static final Path APP_SOURCES = Path.of("src/main/java");
    private static final Path CORE_SOURCES = Path.of("../core/src/main/java");
    /** Keys built at run time from a prefix and a name. */
    private static final List<String> DYNAMIC_PREFIXES = List.of("section.", "placeholder.", "home.level.",
            "settings.language.", "agreement.wrongStatus.", "agreement.value.", "clause.generated.",
            "agreement.compare.", "home.agreement.none.", "workshop.page.", "survey.entry.part.",
            "survey.entry.refused.", "survey.import.target.", "survey.results.by.", "report.month.",
            "plan.stage.", "plan.decision.", "plan.state.", "plan.trend.", "plan.origin.",
            "wheel.done.auto.", "wheel.nth.", "wheel.ruleKind.", "wheel.status.", "yearPackage.field.",
            "history.action.", "history.boolean.", "history.table.", "history.field.");
    /** Where a message key is written in the code: a lookup, a core failure, a field error, a constant. */
    private static final List<Pattern> USED_KEY = List.of(
            Pattern.compile("messages(?:\\(\\))?\\.get\\(\\s*\"([a-zA-Z][\\w.]*[\\w])\""),
            Pattern.compile("(?:UserFacingException|super)\\(\\s*\"([a-zA-Z][\\w.]*[\\w])\""),
            Pattern.compile("FieldError\\.of\\([^,]+,\\s*\"([a-zA-Z][\\w.]*[\\w])\""),
            Pattern.compile("\"(import\\.[a-zA-Z]+)\""),
            Pattern.compile("registerDocumentCounter\\(\\s*\"([a-zA-Z][\\w.]*[\\w])\""),
            Pattern.compile("static final String \\w+ = \"((?:validation|error)\\.[\\w.]*[\\w])\""));

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyTextFormatsAndNoneIsEmpty() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                assertThat(value).as(file + ": " + key).isNotBlank();
                String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
                assertThat(formatted).as(file + ": " + key + " has an unpaired apostrophe")
                        .doesNotContainPattern("\\{\\d");
            }
        }
    }

    @Test
    void swedishTextsQuoteWithOneKindOfQuotationMarks() throws IOException {
        Properties swedish = load("messages.properties");
        for (String key : swedish.stringPropertyNames()) {
            String value = swedish.getProperty(key);
            assertThat(value).as(key + ": Swedish quotes with ” ”").doesNotContainPattern("[\"“„«»‘’]");
            assertThat(value.chars().filter(c -> c == '”').count() % 2).as(key + ": ” ” in pairs").isZero();
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsedInSources()) {
            if (!known.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToTheUserHasALabel() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        List<String> expected = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(CentreKind.class, Part.class, Role.class, Backup.Reason.class,
                AgreementKind.class, AgreementStatus.class, se.samordna.core.reflection.FollowUpMethod.class,
                se.samordna.core.survey.SurveyArea.class, se.samordna.core.survey.Gender.class,
                se.samordna.core.survey.Relation.class, se.samordna.core.survey.PartUsed.class,
                se.samordna.core.report.ReportStatus.class, se.samordna.core.report.VisitCategory.class,
                se.samordna.core.goal.GoalSource.class, se.samordna.core.texts.CorrectionKind.class,
                se.samordna.core.report.ReportTemplate.GuidanceSource.class,
                se.samordna.app.yearpackage.RecordKind.class, se.samordna.core.yearpackage.ImportPreview.State.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                expected.add(type.getSimpleName() + "." + constant.name());
            }
        }
        for (Section section : se.samordna.app.TestWorkspaces.sections()) {
            expected.add("section." + section.name());
            expected.add("placeholder." + section.name());
        }
        assertThat(known).containsAll(expected);
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = keysUsedInSources();
        String allSources = allSources();
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith)
                    || key.matches("[A-Z][A-Za-z]+\\.[A-Z][A-Z_0-9]*"); // enum labels
            if (!dynamic && !used.contains(key) && !allSources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        String sources = allSources();
        for (Pattern pattern : USED_KEY) {
            Matcher matcher = pattern.matcher(sources);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : List.of(APP_SOURCES, CORE_SOURCES)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
            }
        }
        return all.toString();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/se/samordna/app/i18n/" + name);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
