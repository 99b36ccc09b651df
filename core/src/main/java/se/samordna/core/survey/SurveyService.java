package se.samordna.core.survey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;
import se.samordna.core.goal.GoalDraft;

/**
 * The parent survey: a centre's questionnaire per year (editable until answers exist), forms typed
 * in or imported (all or nothing), and results against the targets, computed in the database.
 */
public final class SurveyService {
    public static final String FIELD_FORM_NUMBER = "formNumber";
    public static final String FIELD_LANGUAGE = "language";
    public static final String FIELD_OPEN_ANSWER = "openAnswer";
    public static final String FIELD_ANSWERS = "answers";
    public static final int MAX_FORM_NUMBER = 999_999;
    /** A translated text of the form: the column {@code survey_translation.text}. */
    public static final int TRANSLATION_MAX = 1000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Things that identify a person and must not be stored: identity numbers, e-mail, phone numbers. */
    private static final Pattern IDENTIFYING = Pattern.compile(
            "(\\b(19|20)?\\d{6}[-+]?\\d{4}\\b)|([^@\\s]+@[^@\\s]+\\.[a-z]{2,})|(\\b0\\d{1,3}[- ]?\\d{2,3}[ ]?\\d{2}[ ]?\\d{2,3}\\b)",
            Pattern.CASE_INSENSITIVE);

    private final Database database;

    public SurveyService(Database database) {
        this.database = database;
    }

    public static int countForCentre(DSLContext ctx, long centreId) {
        return new SurveyStore(ctx).countForCentre(centreId);
    }

    /** The first and last day of the survey weeks 45–46 of {@code year} (Bilaga 6). */
    public static LocalDate[] surveyWeeks(int year) {
        LocalDate monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 45).with(DayOfWeek.MONDAY);
        return new LocalDate[] {monday, monday.plusDays(13)};
    }

    // --- the questionnaire ---

    /** The centre's survey for the year, created from the standard questionnaire the first time. */
    public Survey forYear(long centreId, int year) {
        if (year < 2000 || year > 2100) {
            throw new ValidationException(List.of(FieldError.of("year", "validation.yearRange", 2000, 2100)));
        }
        return write(store -> {
            long id = store.idFor(centreId, year).orElseGet(() -> {
                long created = store.insertSurvey(centreId, year);
                int position = 1;
                for (StandardSurvey.StandardItem item : StandardSurvey.items()) {
                    store.insertItem(created, new SurveyItem(item.key(), position++, item.goal(), item.area(),
                            SurveyArea.DEFAULT_TARGET, item.swedish()));
                    store.putTranslation(created, "en", item.key(), item.english());
                }
                for (String language : StandardSurvey.TRANSLATIONS_TO_REVIEW) {
                    addBuiltIn(store, load(store, created), language);
                }
                return created;
            });
            return load(store, id);
        });
    }

    /** How many forms are in for the centre's survey of the year; 0 when there is no survey yet. Creates nothing. */
    public int responseCount(long centreId, int year) {
        return read(store -> store.idFor(centreId, year).flatMap(store::find).map(Survey::responses).orElse(0));
    }

    /** The centre's survey of the year, if one is made; creates nothing. */
    public java.util.Optional<Survey> existing(long centreId, int year) {
        return read(store -> store.idFor(centreId, year).flatMap(store::find));
    }

    /** The year's results for the centre, when there is a survey with forms in; creates nothing. */
    public java.util.Optional<SurveyResults> resultsFor(long centreId, int year) {
        java.util.Optional<Long> id = read(store -> store.idFor(centreId, year));
        if (id.isEmpty() || get(id.get()).responses() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(results(id.get()));
    }

    public Survey get(long surveyId) {
        return read(store -> load(store, surveyId));
    }

    public List<FieldError> validate(SurveyItem item) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("text", item.text(), SurveyItem.TEXT_MAX, errors);
        if (item.targetPercent() < 1 || item.targetPercent() > 100) {
            errors.add(FieldError.of("target", "survey.targetRange"));
        }
        return errors;
    }

    public Survey updateItem(long surveyId, SurveyItem item) {
        throwIfInvalid(validate(item));
        return write(store -> {
            Survey survey = editable(store, surveyId);
            SurveyItem current = survey.item(item.key()).orElseThrow(() -> new NotFoundException("item", 0));
            store.updateItem(surveyId, new SurveyItem(item.key(), current.position(), item.goal(), item.area(),
                    item.targetPercent(), TextRules.clean(item.text())));
            return load(store, surveyId);
        });
    }

    /** A new item of the centre's own, last in the questionnaire. */
    public Survey addItem(long surveyId, SurveyGoal goal, SurveyArea area, String text) {
        SurveyItem draft = new SurveyItem("E0", 0, goal, area, SurveyArea.DEFAULT_TARGET, TextRules.clean(text));
        throwIfInvalid(validate(draft));
        return write(store -> {
            Survey survey = editable(store, surveyId);
            int next = 1;
            while (survey.item("E" + next).isPresent()) {
                next++;
            }
            store.insertItem(surveyId, new SurveyItem("E" + next, survey.items().size() + 1, goal, area,
                    SurveyArea.DEFAULT_TARGET, TextRules.clean(text)));
            return load(store, surveyId);
        });
    }

    public Survey removeItem(long surveyId, String key) {
        return write(store -> {
            editable(store, surveyId);
            store.deleteItem(surveyId, key);
            renumber(store, load(store, surveyId));
            return load(store, surveyId);
        });
    }

    public Survey moveItem(long surveyId, String key, int delta) {
        return write(store -> {
            Survey survey = editable(store, surveyId);
            List<SurveyItem> items = new ArrayList<>(survey.items());
            int from = items.indexOf(survey.item(key).orElseThrow());
            int to = Math.max(0, Math.min(items.size() - 1, from + delta));
            items.add(to, items.remove(from));
            renumber(store, new Survey(survey.id(), survey.centreId(), survey.year(), items, survey.translations(),
                    survey.responses(), survey.toReview()));
            return load(store, surveyId);
        });
    }

    // --- languages ---

    /** Swedish and English, and every language with translations. */
    public static List<String> languages(Survey survey) {
        Set<String> languages = new LinkedHashSet<>(List.of("sv", "en"));
        languages.addAll(survey.translations().keySet());
        return List.copyOf(languages);
    }

    /** An item's text in a language: the Swedish text, or its translation (empty when missing). */
    public static String itemText(Survey survey, String language, String key) {
        if ("sv".equals(language)) {
            return survey.item(key).map(SurveyItem::text).orElse("");
        }
        return survey.translations().getOrDefault(language, Map.of()).getOrDefault(key, "");
    }

    /** A form text ("intro", "scale4" …) in a language: a translation, or the built-in text. */
    public static String formText(Survey survey, String language, String key) {
        String translated = survey.translations().getOrDefault(language, Map.of()).get(key);
        if (translated != null && !translated.isBlank()) {
            return translated;
        }
        return StandardSurvey.formTexts(language).getOrDefault(key, "");
    }

    /** What a language still lacks before a form can be printed in it (item keys and form text keys). */
    public static List<String> missing(Survey survey, String language) {
        List<String> missing = new ArrayList<>();
        survey.items().forEach(item -> {
            if (itemText(survey, language, item.key()).isBlank()) {
                missing.add(item.key());
            }
        });
        StandardSurvey.FORM_TEXT_KEYS.forEach(key -> {
            if (formText(survey, language, key).isBlank()) {
                missing.add(key);
            }
        });
        return missing;
    }

    public Survey setTranslation(long surveyId, String language, String key, String text) {
        String code = TextRules.clean(language).toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches() || "sv".equals(code)) {
            throw new ValidationException(List.of(FieldError.of(FIELD_LANGUAGE, "survey.languageCode")));
        }
        String clean = TextRules.clean(text);
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength("text", clean, TRANSLATION_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            load(store, surveyId);
            if (clean.isEmpty()) {
                store.removeTranslation(surveyId, code, key);
            } else {
                store.putTranslation(surveyId, code, key, clean);
            }
            return load(store, surveyId);
        });
    }

    /**
     * Adds a language to the survey. When Samordna ships a translation into it, its texts go in for
     * every standard item still worded as shipped that has none yet, marked "att granska".
     */
    public Survey addLanguage(long surveyId, String language) {
        return write(store -> {
            addBuiltIn(store, load(store, surveyId), language);
            return load(store, surveyId);
        });
    }

    /** A coordinator who knows the language has read the shipped translation: it is no longer "att granska". */
    public Survey approveTranslation(long surveyId, String language) {
        return write(store -> {
            load(store, surveyId);
            store.approveTranslation(surveyId, language);
            return load(store, surveyId);
        });
    }

    private static void addBuiltIn(SurveyStore store, Survey survey, String language) {
        if (!StandardSurvey.TRANSLATIONS_TO_REVIEW.contains(language)) {
            return;
        }
        Map<String, String> shipped = StandardSurvey.itemTexts(language);
        Map<String, String> swedish = new HashMap<>();
        StandardSurvey.items().forEach(item -> swedish.put(item.key(), item.swedish()));
        boolean added = false;
        for (SurveyItem item : survey.items()) {
            String text = shipped.get(item.key());
            // An item the centre has reworded is not what the shipped text translates.
            if (text != null && item.text().equals(swedish.get(item.key()))
                    && itemText(survey, language, item.key()).isBlank()) {
                store.putTranslation(survey.id(), language, item.key(), text);
                added = true;
            }
        }
        if (added) {
            store.markForReview(survey.id(), language);
        }
    }

    // --- forms ---

    /** What is wrong with a form, field by field; empty when it can be saved. */
    public static List<FieldError> validate(Survey survey, ResponseDraft draft, Set<Integer> takenNumbers) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.formNumber() < 1 || draft.formNumber() > MAX_FORM_NUMBER) {
            errors.add(FieldError.of(FIELD_FORM_NUMBER, "survey.formNumberRange", MAX_FORM_NUMBER));
        } else if (takenNumbers.contains(draft.formNumber())) {
            errors.add(FieldError.of(FIELD_FORM_NUMBER, "survey.formNumberTaken", draft.formNumber()));
        }
        if (!LANGUAGE.matcher(draft.language()).matches()) {
            errors.add(FieldError.of(FIELD_LANGUAGE, "survey.languageCode"));
        }
        for (String key : draft.answers().keySet()) {
            if (survey.item(key).isEmpty()) {
                errors.add(FieldError.of(FIELD_ANSWERS, "survey.unknownItem", key));
            }
        }
        if (draft.answers().isEmpty() && draft.gender() == null && draft.relation() == null && draft.parts().isEmpty()
                && draft.openAnswer().isBlank()) {
            errors.add(FieldError.of(FIELD_ANSWERS, "survey.emptyForm"));
        }
        TextRules.maxLength(FIELD_OPEN_ANSWER, draft.openAnswer(), ResponseDraft.OPEN_ANSWER_MAX, errors);
        if (IDENTIFYING.matcher(draft.openAnswer()).find()) {
            errors.add(FieldError.of(FIELD_OPEN_ANSWER, "survey.identifying"));
        }
        return errors;
    }

    public int nextFormNumber(long surveyId) {
        return read(store -> store.highestFormNumber(surveyId) + 1);
    }

    public Set<Integer> formNumbers(long surveyId) {
        return read(store -> store.formNumbers(surveyId));
    }

    public Response addResponse(long surveyId, ResponseDraft draft) {
        return write(store -> {
            Survey survey = load(store, surveyId);
            throwIfInvalid(validate(survey, draft, store.formNumbers(surveyId)));
            long id = store.insertResponse(surveyId, draft, Response.Source.PAPPER);
            return store.responses(surveyId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        });
    }

    public Response updateResponse(long responseId, ResponseDraft draft) {
        return write(store -> {
            long surveyId = store.surveyOfResponse(responseId).orElseThrow(() -> new NotFoundException("response", responseId));
            Survey survey = load(store, surveyId);
            Set<Integer> taken = new HashSet<>(store.formNumbers(surveyId));
            store.responses(surveyId).stream().filter(r -> r.id() == responseId)
                    .forEach(r -> taken.remove(r.draft().formNumber()));
            throwIfInvalid(validate(survey, draft, taken));
            store.updateResponse(responseId, draft);
            return store.responses(surveyId).stream().filter(r -> r.id() == responseId).findFirst().orElseThrow();
        });
    }

    public void deleteResponse(long responseId) {
        write(store -> {
            if (!store.deleteResponse(responseId)) {
                throw new NotFoundException("response", responseId);
            }
            return null;
        });
    }

    public List<Response> responses(long surveyId) {
        return read(store -> store.responses(surveyId));
    }

    /**
     * Imports many forms at once, all or nothing: if any form is invalid (or its number is taken),
     * nothing is stored. The importer lists the bad rows before this is called.
     */
    public int importResponses(long surveyId, List<ResponseDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new UserFacingException("import.nothing");
        }
        return write(store -> {
            Survey survey = load(store, surveyId);
            Set<Integer> taken = new HashSet<>(store.formNumbers(surveyId));
            for (ResponseDraft draft : drafts) {
                List<FieldError> errors = validate(survey, draft, taken);
                if (!errors.isEmpty()) {
                    throw new UserFacingException("import.invalidForm", draft.formNumber());
                }
                taken.add(draft.formNumber());
            }
            store.insertResponses(surveyId, drafts, Response.Source.IMPORT);
            return drafts.size();
        });
    }

    public void selectQuote(long responseId, boolean selected) {
        write(store -> {
            store.setQuote(responseId, selected);
            return null;
        });
    }

    // --- results ---

    /** Per survey and item, the counted and positive answers: one GROUP BY in the database. */
    public Map<Long, Map<String, ItemCounts>> itemCounts(Collection<Long> surveyIds) {
        return read(store -> store.itemCounts(surveyIds, DSL.trueCondition()));
    }

    public SurveyResults results(long surveyId) {
        return read(store -> {
            Survey survey = load(store, surveyId);
            SurveyStore.Cells both = store.cells(surveyId);
            List<SurveyStore.AnswerCell> cells = both.answers();
            List<SurveyStore.RespondentCell> who = both.respondents();
            Map<String, ItemCounts> counts = countsWhere(cells, cell -> true);
            List<SurveyResults.ItemResult> items = survey.items().stream()
                    .map(item -> new SurveyResults.ItemResult(item, counts.getOrDefault(item.key(),
                            new ItemCounts(item.key(), 0, 0, 0)))).toList();
            List<String> languages = who.stream().map(SurveyStore.RespondentCell::language).distinct().sorted().toList();
            List<SurveyResults.Breakdown> breakdowns = List.of(
                    breakdown(survey, cells, who, "gender", List.of("KVINNA", "MAN", "ANNAN", "VILL_EJ_ANGE", ""),
                            SurveyStore.AnswerCell::gender, SurveyStore.RespondentCell::gender),
                    breakdown(survey, cells, who, "relation", List.of("FORALDER", "BLIVANDE_FORALDER", "ANNAN_VUXEN", ""),
                            SurveyStore.AnswerCell::relation, SurveyStore.RespondentCell::relation),
                    partBreakdown(survey, cells, who),
                    breakdown(survey, cells, who, "language", languages,
                            SurveyStore.AnswerCell::language, SurveyStore.RespondentCell::language));
            List<SurveyResults.EarlierYear> earlier = new ArrayList<>();
            store.earlierSurveys(survey.centreId(), survey.year()).forEach((year, id) -> {
                Survey old = load(store, id);
                Map<String, ItemCounts> oldCounts = store.itemCounts(List.of(id), DSL.trueCondition())
                        .getOrDefault(id, Map.of());
                Map<String, Double> itemShares = new HashMap<>();
                oldCounts.forEach((key, c) -> {
                    if (c.share() != null) {
                        itemShares.put(key, c.share());
                    }
                });
                earlier.add(new SurveyResults.EarlierYear(year, old.responses(), itemShares,
                        areaShares(old, oldCounts)));
            });
            return new SurveyResults(survey, survey.responses(), items, areas(survey, counts), goals(survey, counts),
                    breakdowns, earlier, store.quotes(surveyId));
        });
    }

    /**
     * For several centres and years at once, each survey's forms and its results per area (the same
     * figures as {@link #results}' areas): four queries, whatever the number of centres.
     */
    public List<AreaYear> areaResults(Collection<Long> centreIds, Collection<Integer> years) {
        if (centreIds.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        return read(store -> {
            List<Survey> surveys = store.surveysFor(centreIds, years);
            List<Long> answered = surveys.stream().filter(s -> s.responses() > 0).map(Survey::id).toList();
            Map<Long, Map<String, ItemCounts>> counts = answered.isEmpty() ? Map.of()
                    : store.itemCounts(answered, DSL.trueCondition());
            return surveys.stream().map(s -> new AreaYear(s.centreId(), s.year(), s.id(), s.responses(),
                    areas(s, counts.getOrDefault(s.id(), Map.of())))).toList();
        });
    }

    /** One centre's survey of one year: the forms in and the results per area. */
    public record AreaYear(long centreId, int year, long surveyId, int respondents,
                           List<SurveyResults.AreaResult> areas) {
        public AreaYear {
            areas = List.copyOf(areas);
        }
    }

    /** For each area below its target, an improvement goal to take up (PDSA, "vid dålig brukarenkät"). */
    public static Map<SurveyArea, GoalDraft> proposals(SurveyResults results) {
        Map<SurveyArea, GoalDraft> proposals = new EnumMap<>(SurveyArea.class);
        int year = results.survey().year();
        for (SurveyResults.AreaResult area : results.belowTarget()) {
            String name = area.area().swedishName().toLowerCase(Locale.ROOT);
            proposals.put(area.area(), new GoalDraft(
                    "Fler föräldrar ska " + wish(area.area()) + ": andelen positiva svar ska öka från "
                            + Math.round(area.share()) + " % till minst " + area.target() + " %.",
                    "Föräldraenkäten " + (year + 1) + ", andelen som svarar Stämmer ganska bra eller Stämmer mycket bra "
                            + "på frågorna om " + name + ". Planera, göra, följa upp och förbättra (PDSA) under året.",
                    "Minst " + area.target() + " %", "Samordnaren och ledningsgruppen", LocalDate.of(year + 1, 11, 30)));
        }
        return proposals;
    }

    /** What more parents should feel about an area, said as Swedish says it (delaktighet is the parents' own). */
    private static String wish(SurveyArea area) {
        return switch (area) {
            case TILLGANGLIGHET -> "vara nöjda med familjecentralens tillgänglighet";
            case BEMOTANDE -> "vara nöjda med bemötandet på familjecentralen";
            case KOMPETENS -> "vara nöjda med personalens kompetens";
            case DELAKTIGHET -> "känna sig delaktiga i familjecentralens verksamhet";
        };
    }

    // --- internals ---

    private static Map<String, ItemCounts> countsWhere(List<SurveyStore.AnswerCell> cells,
                                                       java.util.function.Predicate<SurveyStore.AnswerCell> in) {
        Map<String, ItemCounts> counts = new HashMap<>();
        for (SurveyStore.AnswerCell cell : cells) {
            if (!in.test(cell)) {
                continue;
            }
            Answer answer = Answer.ofCode(cell.answer());
            ItemCounts add = new ItemCounts(cell.itemKey(), answer.counted() ? cell.count() : 0,
                    answer.positive() ? cell.count() : 0, answer == Answer.VET_INTE ? cell.count() : 0);
            counts.merge(cell.itemKey(), add, ItemCounts::plus);
        }
        return counts;
    }

    /** One background question's groups ("" = not answered); a group's shares only from five respondents. */
    private static SurveyResults.Breakdown breakdown(Survey survey, List<SurveyStore.AnswerCell> cells,
                                                     List<SurveyStore.RespondentCell> who, String question,
                                                     List<String> values,
                                                     Function<SurveyStore.AnswerCell, String> cellValue,
                                                     Function<SurveyStore.RespondentCell, String> whoValue) {
        List<SurveyResults.Group> groups = new ArrayList<>();
        for (String value : values) {
            int respondents = who.stream().filter(w -> value.equals(nz(whoValue.apply(w))))
                    .mapToInt(SurveyStore.RespondentCell::count).sum();
            if (value.isEmpty() && respondents == 0) {
                continue;
            }
            groups.add(group(survey, value, respondents,
                    () -> countsWhere(cells, cell -> value.equals(nz(cellValue.apply(cell))))));
        }
        return new SurveyResults.Breakdown(question, groups);
    }

    private static SurveyResults.Breakdown partBreakdown(Survey survey, List<SurveyStore.AnswerCell> cells,
                                                         List<SurveyStore.RespondentCell> who) {
        List<SurveyResults.Group> groups = new ArrayList<>();
        for (PartUsed part : PartUsed.values()) {
            int respondents = who.stream().filter(w -> w.parts().contains(part.name()))
                    .mapToInt(SurveyStore.RespondentCell::count).sum();
            groups.add(group(survey, part.name(), respondents,
                    () -> countsWhere(cells, cell -> cell.parts().contains(part.name()))));
        }
        return new SurveyResults.Breakdown("part", groups);
    }

    /** A group's area shares: computed (and shown) only when it has at least five respondents. */
    private static SurveyResults.Group group(Survey survey, String value, int respondents,
                                             java.util.function.Supplier<Map<String, ItemCounts>> counts) {
        if (respondents < SurveyResults.MIN_GROUP) {
            return new SurveyResults.Group(value, respondents, Map.of());
        }
        return new SurveyResults.Group(value, respondents, areaShares(survey, counts.get()));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static List<SurveyResults.AreaResult> areas(Survey survey, Map<String, ItemCounts> counts) {
        List<SurveyResults.AreaResult> areas = new ArrayList<>();
        for (SurveyArea area : SurveyArea.values()) {
            List<SurveyItem> items = survey.items().stream().filter(i -> i.area() == area).toList();
            if (items.isEmpty()) {
                continue;
            }
            ItemCounts total = new ItemCounts(area.name(), 0, 0, 0);
            for (SurveyItem item : items) {
                total = total.plus(counts.getOrDefault(item.key(), ItemCounts.NONE));
            }
            areas.add(new SurveyResults.AreaResult(area, commonTarget(items), total));
        }
        return areas;
    }

    private static Map<SurveyArea, Double> areaShares(Survey survey, Map<String, ItemCounts> counts) {
        Map<SurveyArea, Double> shares = new EnumMap<>(SurveyArea.class);
        for (SurveyResults.AreaResult area : areas(survey, counts)) {
            if (area.share() != null) {
                shares.put(area.area(), area.share());
            }
        }
        return shares;
    }

    private static List<SurveyResults.GoalResult> goals(Survey survey, Map<String, ItemCounts> counts) {
        List<SurveyResults.GoalResult> goals = new ArrayList<>();
        for (SurveyGoal goal : SurveyGoal.values()) {
            ItemCounts total = new ItemCounts(goal.name(), 0, 0, 0);
            for (SurveyItem item : survey.items()) {
                if (item.goal() == goal) {
                    total = total.plus(counts.getOrDefault(item.key(), ItemCounts.NONE));
                }
            }
            goals.add(new SurveyResults.GoalResult(goal, total));
        }
        return goals;
    }

    /** The target most of the area's items have (85 unless the centre changed it). */
    private static int commonTarget(List<SurveyItem> items) {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        items.forEach(i -> votes.merge(i.targetPercent(), 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static void renumber(SurveyStore store, Survey survey) {
        int position = 1;
        for (SurveyItem item : survey.items()) {
            store.updateItem(survey.id(), new SurveyItem(item.key(), position++, item.goal(), item.area(),
                    item.targetPercent(), item.text()));
        }
    }

    private static Survey editable(SurveyStore store, long surveyId) {
        Survey survey = load(store, surveyId);
        if (survey.frozen()) {
            throw new UserFacingException("survey.frozen", survey.year());
        }
        return survey;
    }

    private static Survey load(SurveyStore store, long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("survey", id));
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T read(Function<SurveyStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new SurveyStore(ctx)));
    }

    private <T> T write(Function<SurveyStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new SurveyStore(ctx)));
    }
}
