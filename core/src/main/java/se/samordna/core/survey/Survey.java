package se.samordna.core.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A centre's survey for a year: its items (frozen once answers exist), translations per language
 * (text key → text; item keys and form text keys), how many forms have come in, and the languages
 * whose translation came with Samordna and is still "att granska" (no coordinator has approved it).
 */
public record Survey(long id, long centreId, int year, List<SurveyItem> items,
                     Map<String, Map<String, String>> translations, int responses, Set<String> toReview) {

    public Survey {
        items = List.copyOf(items);
        translations = Map.copyOf(translations);
        toReview = Set.copyOf(toReview);
    }

    /** Whether the language's translation came with Samordna and is not yet approved. */
    public boolean needsReview(String language) {
        return toReview.contains(language);
    }

    /** Items can be edited until the first answer is in; then the year's questionnaire is fixed. */
    public boolean frozen() {
        return responses > 0;
    }

    public Optional<SurveyItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
