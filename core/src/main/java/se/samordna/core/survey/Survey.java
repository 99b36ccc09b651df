package se.samordna.core.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A centre's survey for a year: its items (frozen once answers exist), translations per language
 * (text key → text; item keys and form text keys), and how many forms have come in.
 */
public record Survey(long id, long centreId, int year, List<SurveyItem> items,
                     Map<String, Map<String, String>> translations, int responses) {

    public Survey {
        items = List.copyOf(items);
        translations = Map.copyOf(translations);
    }

    /** Items can be edited until the first answer is in; then the year's questionnaire is fixed. */
    public boolean frozen() {
        return responses > 0;
    }

    public Optional<SurveyItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
