package se.samordna.core.centre;

import java.util.Map;

/**
 * What would go with a centre if it were removed: its people and, per kind of document, how many.
 * Shown to the user before removal so nothing disappears unannounced.
 */
public record CentreContents(String centreName, int people, Map<String, Integer> documents) {

    public CentreContents {
        documents = Map.copyOf(documents);
    }

    public int documentCount() {
        return documents.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return people == 0 && documentCount() == 0;
    }
}
