package se.samordna.core.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The questionnaire that ships with Samordna (Swedish and English, and an Arabic translation that
 * ships "att granska") and the form's own texts. A centre starts each year from it and may edit its
 * own copy until answers come in.
 */
public final class StandardSurvey {

    /** A built-in item with its texts in Swedish and English. */
    public record StandardItem(String key, SurveyGoal goal, SurveyArea area, String swedish, String english) {
    }

    /** The form's own texts (not the items): intro, scale, background questions, open question. */
    public static final List<String> FORM_TEXT_KEYS = List.of("title", "intro", "formNumber", "statements",
            "scale4", "scale3", "scale2", "scale1", "scale0", "about", "gender", "gender.KVINNA", "gender.MAN",
            "gender.ANNAN", "gender.VILL_EJ_ANGE", "relation", "relation.FORALDER", "relation.BLIVANDE_FORALDER",
            "relation.ANNAN_VUXEN", "parts", "part.BARNMORSKEMOTTAGNING", "part.BARNAVARDSCENTRAL",
            "part.OPPEN_FORSKOLA", "part.SOCIALTJANST", "open", "privacy", "thanks");

    /**
     * The translations that ship with Samordna besides Swedish and English: forms print in them out of
     * the box, but a coordinator who knows the language approves them first (they come "att granska").
     * Each is a file formular_CODE.properties with the form texts and the standard items' texts.
     */
    public static final List<String> TRANSLATIONS_TO_REVIEW = List.of("ar");

    private static final List<StandardItem> ITEMS = load();
    private static final Map<String, Map<String, String>> FORM_TEXTS = new LinkedHashMap<>();

    static {
        FORM_TEXTS.put("sv", formTexts("sv"));
        FORM_TEXTS.put("en", formTexts("en"));
    }

    private StandardSurvey() {
    }

    public static List<StandardItem> items() {
        return ITEMS;
    }

    /** The built-in form texts of a language ("sv", "en", "ar"), or an empty map for another. */
    public static Map<String, String> formTexts(String language) {
        Map<String, String> cached = FORM_TEXTS.get(language);
        if (cached != null) {
            return cached;
        }
        Properties properties = properties(language);
        if (properties.isEmpty()) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : FORM_TEXT_KEYS) {
            texts.put(key, properties.getProperty(key, ""));
        }
        return Map.copyOf(texts);
    }

    /** The standard items' texts in a language other than Swedish (item key → text); empty when none ships. */
    public static Map<String, String> itemTexts(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        if ("en".equals(language)) {
            ITEMS.forEach(item -> texts.put(item.key(), item.english()));
        } else if (TRANSLATIONS_TO_REVIEW.contains(language)) {
            Properties properties = properties(language);
            ITEMS.forEach(item -> {
                String text = properties.getProperty(item.key(), "").strip();
                if (!text.isEmpty()) {
                    texts.put(item.key(), text);
                }
            });
        }
        return texts;
    }

    private static Properties properties(String language) {
        Properties properties = new Properties();
        if (!language.matches("[a-z]{2,3}")) {
            return properties;
        }
        try (InputStream in = StandardSurvey.class.getResourceAsStream("formular_" + language + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<StandardItem> load() {
        List<StandardItem> items = new ArrayList<>();
        try (InputStream in = StandardSurvey.class.getResourceAsStream("foraldraenkat.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                items.add(new StandardItem(parts[0].strip(), SurveyGoal.of(Integer.parseInt(parts[1].strip())),
                        SurveyArea.valueOf(parts[2].strip()), parts[3].strip(), parts[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(items);
    }
}
