package se.samordna.core.survey;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.samordna.core.common.TextRules;

/**
 * One returned form as typed in or imported: its number, language, background answers, open answer,
 * and an answer per item (absent = left blank). Nothing identifies the respondent.
 */
public record ResponseDraft(int formNumber, String language, Gender gender, Relation relation, Set<PartUsed> parts,
                            String openAnswer, Map<String, Answer> answers) {

    public static final int OPEN_ANSWER_MAX = 2000;

    public ResponseDraft {
        language = language == null || language.isBlank() ? "sv" : language.strip().toLowerCase(java.util.Locale.ROOT);
        parts = parts == null || parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        openAnswer = TextRules.clean(openAnswer);
        answers = Map.copyOf(answers);
    }
}
