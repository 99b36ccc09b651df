package se.samordna.core.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.samordna.core.common.FieldError;

/**
 * Turns an imported table into forms: which column holds what (guessed from the headers, and
 * changeable), and a preview that lists every bad row with the reason. Nothing is stored here.
 */
public final class SurveyImport {

    /** What a column holds. */
    public enum Kind {
        IGNORE, FORM_NUMBER, LANGUAGE, GENDER, RELATION, PARTS, PART, OPEN_ANSWER, ITEM
    }

    /** A column's meaning: for ITEM the item key, for PART the part. */
    public record Target(Kind kind, String itemKey, PartUsed part) {
        public static final Target IGNORE = new Target(Kind.IGNORE, null, null);

        public static Target item(String key) {
            return new Target(Kind.ITEM, key, null);
        }

        public static Target of(Kind kind) {
            return new Target(kind, null, null);
        }
    }

    /** A row that cannot be imported: the row number as in the file (header = 1), the column and why. */
    public record RowError(int row, String column, String value, String messageKey, List<Object> arguments) {
    }

    /** The forms the file gives, and what is wrong; it can be imported only without errors. */
    public record Preview(List<ResponseDraft> drafts, List<RowError> errors, int rows) {
        public boolean importable() {
            return errors.isEmpty() && !drafts.isEmpty();
        }
    }

    private SurveyImport() {
    }

    /** Guesses each column's meaning from its header: item text, item key or number, background words. */
    public static List<Target> guess(ImportTable table, Survey survey) {
        List<Target> targets = new ArrayList<>();
        Set<String> usedItems = new HashSet<>();
        for (String header : table.headers()) {
            Target target = guess(normal(header), survey, usedItems);
            if (target.kind() == Kind.ITEM) {
                usedItems.add(target.itemKey());
            }
            targets.add(target);
        }
        return targets;
    }

    private static Target guess(String header, Survey survey, Set<String> usedItems) {
        if (header.isEmpty()) {
            return Target.IGNORE;
        }
        if (header.matches("(formular|form|blankett)( ?(nr|nummer|no|number))?|nr|lopnummer|id")) {
            return Target.of(Kind.FORM_NUMBER);
        }
        if (header.matches("sprak|language|formularets sprak")) {
            return Target.of(Kind.LANGUAGE);
        }
        if (header.matches("kon|gender|jag ar kvinna.*|kvinna/man.*")) {
            return Target.of(Kind.GENDER);
        }
        if (header.matches("relation|roll|forhallande till barnet|jag ar foralder.*")) {
            return Target.of(Kind.RELATION);
        }
        if (header.matches("(besokta )?delar|verksamheter|besokt|parts( used)?")) {
            return Target.of(Kind.PARTS);
        }
        for (PartUsed part : PartUsed.values()) {
            if (header.equals(normal(part.name())) || header.equals(partAlias(part))) {
                return new Target(Kind.PART, null, part);
            }
        }
        if (header.matches("(oppet svar|fritext|kommentar|ovrigt|egna ord|comment|open answer).*")) {
            return Target.of(Kind.OPEN_ANSWER);
        }
        for (SurveyItem item : survey.items()) {
            if (usedItems.contains(item.key())) {
                continue;
            }
            String text = normal(item.text());
            String number = String.valueOf(item.position());
            if (header.equals(normal(item.key())) || header.equals(text) || header.startsWith(text)
                    || header.matches("(fraga|f|q|question) ?" + number) || header.equals(number)
                    || text.startsWith(header) && header.length() > 15) {
                return Target.item(item.key());
            }
        }
        return Target.IGNORE;
    }

    /** Reads every row with the given meanings. Form numbers missing in the file are numbered from {@code firstFree}. */
    public static Preview preview(ImportTable table, List<Target> targets, Survey survey, Set<Integer> taken,
                                  int firstFree) {
        List<RowError> errors = new ArrayList<>();
        List<ResponseDraft> drafts = new ArrayList<>();
        if (table.rows().isEmpty()) {
            errors.add(new RowError(0, "", "", "import.empty", List.of()));
            return new Preview(List.of(), errors, 0);
        }
        if (targets.stream().noneMatch(t -> t.kind() == Kind.ITEM)) {
            errors.add(new RowError(1, "", "", "import.noItems", List.of(table.description())));
            return new Preview(List.of(), errors, table.rows().size());
        }
        boolean numbered = targets.stream().anyMatch(t -> t.kind() == Kind.FORM_NUMBER);
        int numberColumn = targets.indexOf(Target.of(Kind.FORM_NUMBER));
        Set<Integer> seen = new HashSet<>(taken);
        int next = firstFree;
        for (int r = 0; r < table.rows().size(); r++) {
            int fileRow = r + 2;
            List<String> cells = table.rows().get(r);
            if (cells.size() < table.headers().size() && cells.size() != 1) {
                errors.add(new RowError(fileRow, "", "", "import.shortRow", List.of(table.headers().size(), cells.size())));
                continue;
            }
            if (cells.size() == 1 && table.headers().size() > 1) {
                errors.add(new RowError(fileRow, "", cells.getFirst(), "import.shortRow",
                        List.of(table.headers().size(), 1)));
                continue;
            }
            RowReader reader = new RowReader(fileRow, table.headers(), errors);
            int before = errors.size();
            Integer number = null;
            String language = "sv";
            Gender gender = null;
            Relation relation = null;
            Set<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
            String open = "";
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int c = 0; c < targets.size() && c < cells.size(); c++) {
                Target target = targets.get(c);
                String value = cells.get(c);
                switch (target.kind()) {
                    case IGNORE -> { }
                    case FORM_NUMBER -> number = reader.formNumber(c, value);
                    case LANGUAGE -> language = reader.language(c, value);
                    case GENDER -> gender = reader.gender(c, value);
                    case RELATION -> relation = reader.relation(c, value);
                    case PARTS -> parts.addAll(reader.parts(c, value));
                    case PART -> {
                        if (reader.yes(c, value)) {
                            parts.add(target.part());
                        }
                    }
                    case OPEN_ANSWER -> open = value;
                    case ITEM -> {
                        Answer answer = reader.answer(c, value);
                        if (answer != null) {
                            answers.put(target.itemKey(), answer);
                        }
                    }
                }
            }
            if (!numbered) {
                while (seen.contains(next)) {
                    next++;
                }
                number = next++;
            }
            if (errors.size() > before || number == null) {
                if (number == null && errors.size() == before) {
                    errors.add(new RowError(fileRow, "", "", "import.noFormNumber", List.of()));
                }
                continue;
            }
            if (!seen.add(number)) {
                String column = numberColumn < 0 ? "" : table.headers().get(numberColumn);
                errors.add(new RowError(fileRow, column, String.valueOf(number),
                        taken.contains(number) ? "import.formNumberTaken" : "import.formNumberTwice",
                        List.of(number, column)));
                continue;
            }
            ResponseDraft draft = new ResponseDraft(number, language, gender, relation, parts, open, answers);
            for (FieldError error : SurveyService.validate(survey, draft, Set.of())) {
                errors.add(new RowError(fileRow, "", "", error.messageKey(), error.arguments()));
            }
            if (errors.size() == before) {
                drafts.add(draft);
            }
        }
        return new Preview(drafts, errors, table.rows().size());
    }

    /** Lower case, no diacritics, single spaces: how headers and values are compared. */
    static String normal(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[\\s_]+", " ").replaceAll("[?:.!]+$", "").strip();
    }

    private static String partAlias(PartUsed part) {
        return switch (part) {
            case BARNMORSKEMOTTAGNING -> "bmm";
            case BARNAVARDSCENTRAL -> "bvc";
            case OPPEN_FORSKOLA -> "oppen forskola";
            case SOCIALTJANST -> "socialtjanst/kurator";
        };
    }

    /** Reads one row's cells, adding an error for each value it cannot read. */
    private static final class RowReader {
        private static final Map<String, Answer> ANSWERS = new HashMap<>();
        private static final Map<String, Gender> GENDERS = new HashMap<>();
        private static final Map<String, Relation> RELATIONS = new HashMap<>();
        private static final Map<String, String> LANGUAGES = new HashMap<>();

        static {
            ANSWERS.put("0", Answer.VET_INTE);
            ANSWERS.put("vet inte", Answer.VET_INTE);
            ANSWERS.put("don't know", Answer.VET_INTE);
            ANSWERS.put("1", Answer.MYCKET_DALIGT);
            ANSWERS.put("stammer mycket daligt", Answer.MYCKET_DALIGT);
            ANSWERS.put("2", Answer.GANSKA_DALIGT);
            ANSWERS.put("stammer ganska daligt", Answer.GANSKA_DALIGT);
            ANSWERS.put("3", Answer.GANSKA_BRA);
            ANSWERS.put("stammer ganska bra", Answer.GANSKA_BRA);
            ANSWERS.put("4", Answer.MYCKET_BRA);
            ANSWERS.put("stammer mycket bra", Answer.MYCKET_BRA);
            for (String word : List.of("kvinna", "k", "woman", "female", "kvinnor")) {
                GENDERS.put(word, Gender.KVINNA);
            }
            for (String word : List.of("man", "m", "male", "man/pappa")) {
                GENDERS.put(word, Gender.MAN);
            }
            for (String word : List.of("annan", "a", "other", "annat")) {
                GENDERS.put(word, Gender.ANNAN);
            }
            for (String word : List.of("vill ej ange", "vill inte ange", "v", "prefer not to say", "ej angett")) {
                GENDERS.put(word, Gender.VILL_EJ_ANGE);
            }
            for (String word : List.of("foralder", "f", "parent", "mamma", "pappa")) {
                RELATIONS.put(word, Relation.FORALDER);
            }
            for (String word : List.of("blivande foralder", "b", "expecting parent", "gravid")) {
                RELATIONS.put(word, Relation.BLIVANDE_FORALDER);
            }
            for (String word : List.of("annan viktig vuxen", "annan vuxen", "a", "other adult", "another important adult")) {
                RELATIONS.put(word, Relation.ANNAN_VUXEN);
            }
            LANGUAGES.put("svenska", "sv");
            LANGUAGES.put("swedish", "sv");
            LANGUAGES.put("engelska", "en");
            LANGUAGES.put("english", "en");
            LANGUAGES.put("arabiska", "ar");
            LANGUAGES.put("somaliska", "so");
            LANGUAGES.put("finska", "fi");
            LANGUAGES.put("tigrinja", "ti");
            LANGUAGES.put("persiska", "fa");
            LANGUAGES.put("dari", "prs");
        }

        private final int row;
        private final List<String> headers;
        private final List<RowError> errors;

        RowReader(int row, List<String> headers, List<RowError> errors) {
            this.row = row;
            this.headers = headers;
            this.errors = errors;
        }

        Answer answer(int column, String value) {
            String key = normal(value);
            if (key.isEmpty()) {
                return null;
            }
            Answer answer = ANSWERS.get(key);
            if (answer == null) {
                error(column, value, "import.badAnswer");
            }
            return answer;
        }

        Integer formNumber(int column, String value) {
            try {
                int number = Integer.parseInt(value.strip());
                if (number < 1 || number > SurveyService.MAX_FORM_NUMBER) {
                    error(column, value, "import.badFormNumber");
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error(column, value, "import.badFormNumber");
                return null;
            }
        }

        String language(int column, String value) {
            String key = normal(value);
            if (key.isEmpty()) {
                return "sv";
            }
            if (key.matches("[a-z]{2,3}")) {
                return key;
            }
            String code = LANGUAGES.get(key);
            if (code == null) {
                error(column, value, "import.badLanguage");
                return "sv";
            }
            return code;
        }

        Gender gender(int column, String value) {
            String key = normal(value);
            if (key.isEmpty()) {
                return null;
            }
            Gender gender = GENDERS.get(key);
            if (gender == null) {
                error(column, value, "import.badGender");
            }
            return gender;
        }

        Relation relation(int column, String value) {
            String key = normal(value);
            if (key.isEmpty()) {
                return null;
            }
            Relation relation = RELATIONS.get(key);
            if (relation == null) {
                error(column, value, "import.badRelation");
            }
            return relation;
        }

        Set<PartUsed> parts(int column, String value) {
            Set<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
            for (String piece : value.split("[,;/+]")) {
                String key = normal(piece);
                if (key.isEmpty()) {
                    continue;
                }
                PartUsed part = switch (key) {
                    case "bmm", "barnmorskemottagning", "barnmorska", "mvc" -> PartUsed.BARNMORSKEMOTTAGNING;
                    case "bvc", "barnavardscentral", "barnhalsovard" -> PartUsed.BARNAVARDSCENTRAL;
                    case "oppen forskola", "of" -> PartUsed.OPPEN_FORSKOLA;
                    case "socialtjanst", "kurator", "socialtjanst kurator" -> PartUsed.SOCIALTJANST;
                    default -> null;
                };
                if (part == null) {
                    error(column, piece.strip(), "import.badPart");
                } else {
                    parts.add(part);
                }
            }
            return parts;
        }

        boolean yes(int column, String value) {
            String key = normal(value);
            return switch (key) {
                case "", "0", "nej", "no", "n" -> false;
                case "1", "ja", "yes", "x", "j" -> true;
                default -> {
                    error(column, value, "import.badYesNo");
                    yield false;
                }
            };
        }

        private void error(int column, String value, String key) {
            String header = column < headers.size() ? headers.get(column) : "";
            errors.add(new RowError(row, header, value, key, List.of(value, header)));
        }
    }
}
