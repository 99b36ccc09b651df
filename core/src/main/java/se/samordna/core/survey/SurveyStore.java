package se.samordna.core.survey;

import static se.samordna.core.db.generated.Tables.SURVEY;
import static se.samordna.core.db.generated.Tables.SURVEY_ANSWER;
import static se.samordna.core.db.generated.Tables.SURVEY_ITEM;
import static se.samordna.core.db.generated.Tables.SURVEY_RESPONSE;
import static se.samordna.core.db.generated.Tables.SURVEY_TRANSLATION;
import static se.samordna.core.db.generated.Tables.SURVEY_TRANSLATION_REVIEW;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import se.samordna.core.db.OrderedUuids;
import se.samordna.core.db.generated.tables.records.SurveyResponseRecord;

/** Reads and writes surveys and their answers within the caller's transaction. */
final class SurveyStore {
    /** Answer codes 0 (Vet inte) to 4, as the answer table's check allows. */
    private static final int ANSWER_CODES = 5;
    private final DSLContext ctx;

    SurveyStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    Optional<Long> idFor(long centreId, int year) {
        return ctx.select(SURVEY.ID).from(SURVEY).where(SURVEY.CENTRE_ID.eq(centreId).and(SURVEY.SURVEY_YEAR.eq(year)))
                .fetchOptional(SURVEY.ID);
    }

    long insertSurvey(long centreId, int year) {
        return ctx.insertInto(SURVEY).set(SURVEY.CENTRE_ID, centreId).set(SURVEY.SURVEY_YEAR, year)
                .returning(SURVEY.ID).fetchOne(SURVEY.ID);
    }

    Optional<Survey> find(long surveyId) {
        var row = ctx.selectFrom(SURVEY).where(SURVEY.ID.eq(surveyId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        List<SurveyItem> items = ctx.selectFrom(SURVEY_ITEM).where(SURVEY_ITEM.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_ITEM.POSITION).fetch(r -> new SurveyItem(r.getItemKey(), r.getPosition(),
                        SurveyGoal.of(r.getGoal()), SurveyArea.valueOf(r.getArea()), r.getTargetPercent(), r.getText()));
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        ctx.selectFrom(SURVEY_TRANSLATION).where(SURVEY_TRANSLATION.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_TRANSLATION.LANGUAGE, SURVEY_TRANSLATION.TEXT_KEY)
                .forEach(r -> translations.computeIfAbsent(r.getLanguage(), l -> new LinkedHashMap<>())
                        .put(r.getTextKey(), r.getText()));
        Set<String> toReview = Set.copyOf(ctx.select(SURVEY_TRANSLATION_REVIEW.LANGUAGE).from(SURVEY_TRANSLATION_REVIEW)
                .where(SURVEY_TRANSLATION_REVIEW.SURVEY_ID.eq(surveyId)).fetch(SURVEY_TRANSLATION_REVIEW.LANGUAGE));
        return Optional.of(new Survey(surveyId, row.getCentreId(), row.getSurveyYear(), items, translations,
                countResponses(surveyId), toReview));
    }

    List<Long> surveysOfCentre(long centreId) {
        return ctx.select(SURVEY.ID).from(SURVEY).where(SURVEY.CENTRE_ID.eq(centreId)).orderBy(SURVEY.SURVEY_YEAR)
                .fetch(SURVEY.ID);
    }

    int countForCentre(long centreId) {
        return ctx.fetchCount(ctx.selectOne().from(SURVEY_RESPONSE).join(SURVEY).on(SURVEY.ID.eq(SURVEY_RESPONSE.SURVEY_ID))
                .where(SURVEY.CENTRE_ID.eq(centreId)));
    }

    // --- items and translations ---

    void insertItem(long surveyId, SurveyItem item) {
        ctx.insertInto(SURVEY_ITEM)
                .set(SURVEY_ITEM.SURVEY_ID, surveyId)
                .set(SURVEY_ITEM.ITEM_KEY, item.key())
                .set(SURVEY_ITEM.POSITION, item.position())
                .set(SURVEY_ITEM.GOAL, item.goal().number())
                .set(SURVEY_ITEM.AREA, item.area().name())
                .set(SURVEY_ITEM.TARGET_PERCENT, item.targetPercent())
                .set(SURVEY_ITEM.TEXT, item.text())
                .execute();
    }

    void updateItem(long surveyId, SurveyItem item) {
        ctx.update(SURVEY_ITEM)
                .set(SURVEY_ITEM.POSITION, item.position())
                .set(SURVEY_ITEM.GOAL, item.goal().number())
                .set(SURVEY_ITEM.AREA, item.area().name())
                .set(SURVEY_ITEM.TARGET_PERCENT, item.targetPercent())
                .set(SURVEY_ITEM.TEXT, item.text())
                .where(SURVEY_ITEM.SURVEY_ID.eq(surveyId).and(SURVEY_ITEM.ITEM_KEY.eq(item.key())))
                .execute();
    }

    void deleteItem(long surveyId, String key) {
        ctx.deleteFrom(SURVEY_ITEM).where(SURVEY_ITEM.SURVEY_ID.eq(surveyId).and(SURVEY_ITEM.ITEM_KEY.eq(key))).execute();
        ctx.deleteFrom(SURVEY_TRANSLATION).where(SURVEY_TRANSLATION.SURVEY_ID.eq(surveyId)
                .and(SURVEY_TRANSLATION.TEXT_KEY.eq(key))).execute();
    }

    void putTranslation(long surveyId, String language, String key, String text) {
        ctx.mergeInto(SURVEY_TRANSLATION)
                .using(ctx.selectOne())
                .on(SURVEY_TRANSLATION.SURVEY_ID.eq(surveyId).and(SURVEY_TRANSLATION.LANGUAGE.eq(language))
                        .and(SURVEY_TRANSLATION.TEXT_KEY.eq(key)))
                .whenMatchedThenUpdate().set(SURVEY_TRANSLATION.TEXT, text)
                .whenNotMatchedThenInsert(SURVEY_TRANSLATION.SURVEY_ID, SURVEY_TRANSLATION.LANGUAGE,
                        SURVEY_TRANSLATION.TEXT_KEY, SURVEY_TRANSLATION.TEXT)
                .values(surveyId, language, key, text)
                .execute();
    }

    void removeTranslation(long surveyId, String language, String key) {
        ctx.deleteFrom(SURVEY_TRANSLATION).where(SURVEY_TRANSLATION.SURVEY_ID.eq(surveyId)
                .and(SURVEY_TRANSLATION.LANGUAGE.eq(language)).and(SURVEY_TRANSLATION.TEXT_KEY.eq(key))).execute();
    }

    void markForReview(long surveyId, String language) {
        ctx.mergeInto(SURVEY_TRANSLATION_REVIEW)
                .using(ctx.selectOne())
                .on(SURVEY_TRANSLATION_REVIEW.SURVEY_ID.eq(surveyId).and(SURVEY_TRANSLATION_REVIEW.LANGUAGE.eq(language)))
                .whenNotMatchedThenInsert(SURVEY_TRANSLATION_REVIEW.SURVEY_ID, SURVEY_TRANSLATION_REVIEW.LANGUAGE)
                .values(surveyId, language)
                .execute();
    }

    void approveTranslation(long surveyId, String language) {
        ctx.deleteFrom(SURVEY_TRANSLATION_REVIEW).where(SURVEY_TRANSLATION_REVIEW.SURVEY_ID.eq(surveyId)
                .and(SURVEY_TRANSLATION_REVIEW.LANGUAGE.eq(language))).execute();
    }

    // --- responses ---

    int countResponses(long surveyId) {
        return ctx.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID.eq(surveyId));
    }

    Set<Integer> formNumbers(long surveyId) {
        return Set.copyOf(ctx.select(SURVEY_RESPONSE.FORM_NUMBER).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId)).fetch(SURVEY_RESPONSE.FORM_NUMBER));
    }

    int highestFormNumber(long surveyId) {
        Integer highest = ctx.select(DSL.max(SURVEY_RESPONSE.FORM_NUMBER)).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId)).fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    Optional<Long> surveyOfResponse(long responseId) {
        return ctx.select(SURVEY_RESPONSE.SURVEY_ID).from(SURVEY_RESPONSE).where(SURVEY_RESPONSE.ID.eq(responseId))
                .fetchOptional(SURVEY_RESPONSE.SURVEY_ID);
    }

    long insertResponse(long surveyId, ResponseDraft draft, Response.Source source) {
        long id = ctx.insertInto(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.SURVEY_ID, surveyId)
                .set(SURVEY_RESPONSE.FORM_NUMBER, draft.formNumber())
                .set(SURVEY_RESPONSE.LANGUAGE, draft.language())
                .set(SURVEY_RESPONSE.GENDER, draft.gender() == null ? null : draft.gender().name())
                .set(SURVEY_RESPONSE.RELATION, draft.relation() == null ? null : draft.relation().name())
                .set(SURVEY_RESPONSE.PARTS_USED, parts(draft.parts()))
                .set(SURVEY_RESPONSE.OPEN_ANSWER, draft.openAnswer())
                .set(SURVEY_RESPONSE.SOURCE, source.name())
                .returning(SURVEY_RESPONSE.ID).fetchOne(SURVEY_RESPONSE.ID);
        insertAnswers(id, draft.answers());
        return id;
    }

    /** Many forms at once, as JDBC batches: for imports of tens of thousands of rows. */
    void insertResponses(long surveyId, List<ResponseDraft> drafts, Response.Source source) {
        final int chunk = 5000;
        for (int from = 0; from < drafts.size(); from += chunk) {
            List<ResponseDraft> part = drafts.subList(from, Math.min(drafts.size(), from + chunk));
            // Time-ordered UUIDs, not the column's random default: see OrderedUuids (the file grew 5× without).
            var responses = ctx.batch(ctx.insertInto(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID,
                    SURVEY_RESPONSE.FORM_NUMBER, SURVEY_RESPONSE.LANGUAGE, SURVEY_RESPONSE.GENDER,
                    SURVEY_RESPONSE.RELATION, SURVEY_RESPONSE.PARTS_USED, SURVEY_RESPONSE.OPEN_ANSWER,
                    SURVEY_RESPONSE.SOURCE, SURVEY_RESPONSE.UUID)
                    .values((Long) null, null, null, null, null, null, null, null, null));
            for (ResponseDraft draft : part) {
                responses.bind(surveyId, draft.formNumber(), draft.language(),
                        draft.gender() == null ? null : draft.gender().name(),
                        draft.relation() == null ? null : draft.relation().name(), parts(draft.parts()),
                        draft.openAnswer(), source.name(), OrderedUuids.next());
            }
            responses.execute();
            int lowest = part.stream().mapToInt(ResponseDraft::formNumber).min().orElse(0);
            int highest = part.stream().mapToInt(ResponseDraft::formNumber).max().orElse(0);
            Map<Integer, Long> ids = ctx.select(SURVEY_RESPONSE.FORM_NUMBER, SURVEY_RESPONSE.ID).from(SURVEY_RESPONSE)
                    .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId)
                            .and(SURVEY_RESPONSE.FORM_NUMBER.between(lowest, highest)))
                    .fetchMap(SURVEY_RESPONSE.FORM_NUMBER, SURVEY_RESPONSE.ID);
            var answers = ctx.batch(ctx.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_KEY,
                    SURVEY_ANSWER.ANSWER, SURVEY_ANSWER.UUID).values((Long) null, null, null, null));
            boolean any = false;
            for (ResponseDraft draft : part) {
                long id = ids.get(draft.formNumber());
                for (Map.Entry<String, Answer> answer : draft.answers().entrySet()) {
                    answers.bind(id, answer.getKey(), answer.getValue().code(), OrderedUuids.next());
                    any = true;
                }
            }
            if (any) {
                answers.execute();
            }
        }
    }

    void updateResponse(long responseId, ResponseDraft draft) {
        ctx.update(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.FORM_NUMBER, draft.formNumber())
                .set(SURVEY_RESPONSE.LANGUAGE, draft.language())
                .set(SURVEY_RESPONSE.GENDER, draft.gender() == null ? null : draft.gender().name())
                .set(SURVEY_RESPONSE.RELATION, draft.relation() == null ? null : draft.relation().name())
                .set(SURVEY_RESPONSE.PARTS_USED, parts(draft.parts()))
                .set(SURVEY_RESPONSE.OPEN_ANSWER, draft.openAnswer())
                .where(SURVEY_RESPONSE.ID.eq(responseId)).execute();
        ctx.deleteFrom(SURVEY_ANSWER).where(SURVEY_ANSWER.RESPONSE_ID.eq(responseId)).execute();
        insertAnswers(responseId, draft.answers());
    }

    boolean deleteResponse(long responseId) {
        return ctx.deleteFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.ID.eq(responseId)).execute() == 1;
    }

    void setQuote(long responseId, boolean selected) {
        ctx.update(SURVEY_RESPONSE).set(SURVEY_RESPONSE.QUOTE_SELECTED, selected)
                .where(SURVEY_RESPONSE.ID.eq(responseId)).execute();
    }

    List<Response> responses(long surveyId) {
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        ctx.select(SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_KEY, SURVEY_ANSWER.ANSWER)
                .from(SURVEY_ANSWER).join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId))
                .forEach(r -> answers.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), Answer.ofCode(r.value3())));
        return ctx.selectFrom(SURVEY_RESPONSE).where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId))
                .orderBy(SURVEY_RESPONSE.FORM_NUMBER)
                .fetch(r -> toResponse(r, answers.getOrDefault(r.getId(), Map.of())));
    }

    /** The open answers written, with the respondent's gender (for "kvinna/man/annan"). */
    List<Quote> quotes(long surveyId) {
        return ctx.select(SURVEY_RESPONSE.ID, SURVEY_RESPONSE.OPEN_ANSWER, SURVEY_RESPONSE.GENDER,
                        SURVEY_RESPONSE.QUOTE_SELECTED)
                .from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId).and(SURVEY_RESPONSE.OPEN_ANSWER.ne("")))
                .orderBy(SURVEY_RESPONSE.FORM_NUMBER)
                .fetch(r -> new Quote(r.value1(), r.value2(), r.value3() == null ? null : Gender.valueOf(r.value3()),
                        r.value4()));
    }

    /** The surveys of several centres in the given years with their form counts and items: three queries. */
    List<Survey> surveysFor(Collection<Long> centreIds, Collection<Integer> years) {
        Map<Long, long[]> heads = new LinkedHashMap<>();
        ctx.select(SURVEY.ID, SURVEY.CENTRE_ID, SURVEY.SURVEY_YEAR).from(SURVEY)
                .where(SURVEY.CENTRE_ID.in(centreIds)).and(SURVEY.SURVEY_YEAR.in(years))
                .forEach(r -> heads.put(r.value1(), new long[] {r.value2(), r.value3()}));
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> responses = new HashMap<>();
        ctx.select(SURVEY_RESPONSE.SURVEY_ID, DSL.count()).from(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.SURVEY_ID.in(heads.keySet())).groupBy(SURVEY_RESPONSE.SURVEY_ID)
                .forEach(r -> responses.put(r.value1(), r.value2()));
        Map<Long, List<SurveyItem>> items = new HashMap<>();
        ctx.selectFrom(SURVEY_ITEM).where(SURVEY_ITEM.SURVEY_ID.in(heads.keySet())).orderBy(SURVEY_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.getSurveyId(), k -> new ArrayList<>())
                        .add(new SurveyItem(r.getItemKey(), r.getPosition(), SurveyGoal.of(r.getGoal()),
                                SurveyArea.valueOf(r.getArea()), r.getTargetPercent(), r.getText())));
        return heads.entrySet().stream().map(e -> new Survey(e.getKey(), e.getValue()[0], (int) e.getValue()[1],
                items.getOrDefault(e.getKey(), List.of()), Map.of(), responses.getOrDefault(e.getKey(), 0), Set.of()))
                .toList();
    }

    // --- aggregation: in the database, one GROUP BY ---

    /** Per survey and item: counted, positive and "Vet inte" answers, in one GROUP BY. */
    Map<Long, Map<String, ItemCounts>> itemCounts(Collection<Long> surveyIds, Condition responseFilter) {
        Field<Integer> counted = DSL.count().filterWhere(SURVEY_ANSWER.ANSWER.between(1, 4));
        Field<Integer> positive = DSL.count().filterWhere(SURVEY_ANSWER.ANSWER.ge(3));
        Field<Integer> dontKnow = DSL.count().filterWhere(SURVEY_ANSWER.ANSWER.eq(0));
        Map<Long, Map<String, ItemCounts>> result = new HashMap<>();
        ctx.select(SURVEY_RESPONSE.SURVEY_ID, SURVEY_ANSWER.ITEM_KEY, counted, positive, dontKnow)
                .from(SURVEY_ANSWER).join(SURVEY_RESPONSE).on(SURVEY_RESPONSE.ID.eq(SURVEY_ANSWER.RESPONSE_ID))
                .where(SURVEY_RESPONSE.SURVEY_ID.in(surveyIds)).and(responseFilter)
                .groupBy(SURVEY_RESPONSE.SURVEY_ID, SURVEY_ANSWER.ITEM_KEY)
                .forEach(row -> result.computeIfAbsent(row.value1(), k -> new HashMap<>())
                        .put(row.value2(), new ItemCounts(row.value2(), row.value3(), row.value4(), row.value5())));
        return result;
    }

    /** One row of answers grouped by every background answer, item and answer. */
    record AnswerCell(String gender, String relation, String language, String parts, String itemKey, int answer,
                      int count) {
    }

    /** Respondents grouped by every background answer. */
    record RespondentCell(String gender, String relation, String language, String parts, int count) {
    }

    /** A survey's answers and respondents, each counted per combination of background answers. */
    record Cells(List<AnswerCell> answers, List<RespondentCell> respondents) {
    }

    /**
     * All of a survey's answers counted per background answers, item and answer, and its respondents per
     * background answers: read in two passes and counted here. First the survey's forms (a few hundred
     * thousand at most) give each form its combination of background answers; then the answers of the
     * forms' id range are read in the key's order, without a join, and counted by that combination. The
     * same figures as a GROUP BY over the answers joined to their forms by the six columns, which cost H2
     * 2.9 times a plain GROUP BY of the answers (the join and the wide key; issue 19).
     */
    Cells cells(long surveyId) {
        Map<List<String>, Integer> combinations = new HashMap<>();
        List<List<String>> backgrounds = new ArrayList<>();
        List<Integer> respondents = new ArrayList<>();
        long[] ids = new long[64];
        int[] combinationOf = new int[64];
        int forms = 0;
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        try (ResultSet rs = ctx.select(SURVEY_RESPONSE.ID, SURVEY_RESPONSE.GENDER, SURVEY_RESPONSE.RELATION,
                        SURVEY_RESPONSE.LANGUAGE, SURVEY_RESPONSE.PARTS_USED)
                .from(SURVEY_RESPONSE).where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId)).fetchResultSet()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                List<String> background = Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5));
                Integer combination = combinations.get(background);
                if (combination == null) {
                    combination = backgrounds.size();
                    combinations.put(background, combination);
                    backgrounds.add(background);
                    respondents.add(0);
                }
                respondents.set(combination, respondents.get(combination) + 1);
                if (forms == ids.length) {
                    ids = Arrays.copyOf(ids, forms * 2);
                    combinationOf = Arrays.copyOf(combinationOf, forms * 2);
                }
                ids[forms] = id;
                combinationOf[forms++] = combination;
                lowest = Math.min(lowest, id);
                highest = Math.max(highest, id);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the survey's forms", e);
        }
        List<RespondentCell> who = new ArrayList<>();
        for (int i = 0; i < backgrounds.size(); i++) {
            List<String> b = backgrounds.get(i);
            who.add(new RespondentCell(b.get(0), b.get(1), b.get(2), b.get(3), respondents.get(i)));
        }
        if (forms == 0) {
            return new Cells(List.of(), who);
        }
        // The forms' combinations by id; ids in the range that belong to other surveys stay -1.
        int[] byId = new int[Math.toIntExact(highest - lowest + 1)];
        Arrays.fill(byId, -1);
        for (int i = 0; i < forms; i++) {
            byId[(int) (ids[i] - lowest)] = combinationOf[i];
        }
        int width = backgrounds.size() * ANSWER_CODES;
        Map<String, int[]> counts = new LinkedHashMap<>();
        boolean h2 = ctx.family() == SQLDialect.H2;
        if (h2) {
            // Stream the rows instead of H2 collecting millions of them (on disk, past its in-memory limit).
            ctx.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try (ResultSet rs = ctx.select(SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_KEY, SURVEY_ANSWER.ANSWER)
                .from(SURVEY_ANSWER).where(SURVEY_ANSWER.RESPONSE_ID.between(lowest, highest))
                .fetchSize(10_000).fetchResultSet()) {
            while (rs.next()) {
                int combination = byId[(int) (rs.getLong(1) - lowest)];
                if (combination < 0) {
                    continue;
                }
                counts.computeIfAbsent(rs.getString(2), k -> new int[width])[combination * ANSWER_CODES + rs.getInt(3)]++;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the survey's answers", e);
        } finally {
            if (h2) {
                ctx.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        List<AnswerCell> answers = new ArrayList<>();
        counts.forEach((item, cells) -> {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] > 0) {
                    List<String> b = backgrounds.get(i / ANSWER_CODES);
                    answers.add(new AnswerCell(b.get(0), b.get(1), b.get(2), b.get(3), item, i % ANSWER_CODES,
                            cells[i]));
                }
            }
        });
        return new Cells(answers, who);
    }

    int respondents(long surveyId, Condition responseFilter) {
        return ctx.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.SURVEY_ID.eq(surveyId).and(responseFilter));
    }

    /** Respondents per value of a background column (null = not answered). */
    Map<String, Integer> respondentsBy(long surveyId, Field<String> column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ctx.select(column, DSL.count()).from(SURVEY_RESPONSE).where(SURVEY_RESPONSE.SURVEY_ID.eq(surveyId))
                .groupBy(column).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    Map<String, Integer> languages(long surveyId) {
        return respondentsBy(surveyId, SURVEY_RESPONSE.LANGUAGE);
    }

    /** Earlier years' surveys of the same centre: year → survey id. */
    Map<Integer, Long> earlierSurveys(long centreId, int beforeYear) {
        return ctx.select(SURVEY.SURVEY_YEAR, SURVEY.ID).from(SURVEY)
                .where(SURVEY.CENTRE_ID.eq(centreId).and(SURVEY.SURVEY_YEAR.lt(beforeYear)))
                .orderBy(SURVEY.SURVEY_YEAR).fetchMap(SURVEY.SURVEY_YEAR, SURVEY.ID);
    }

    private void insertAnswers(long responseId, Map<String, Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        var insert = ctx.insertInto(SURVEY_ANSWER, SURVEY_ANSWER.RESPONSE_ID, SURVEY_ANSWER.ITEM_KEY, SURVEY_ANSWER.ANSWER);
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            insert = insert.values(responseId, answer.getKey(), answer.getValue().code());
        }
        insert.execute();
    }

    static String parts(Set<PartUsed> parts) {
        return parts.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Response toResponse(SurveyResponseRecord r, Map<String, Answer> answers) {
        Set<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
        Arrays.stream(r.getPartsUsed().split(",")).filter(s -> !s.isBlank()).forEach(p -> parts.add(PartUsed.valueOf(p)));
        return new Response(r.getId(), new ResponseDraft(r.getFormNumber(), r.getLanguage(),
                r.getGender() == null ? null : Gender.valueOf(r.getGender()),
                r.getRelation() == null ? null : Relation.valueOf(r.getRelation()), parts, r.getOpenAnswer(), answers),
                r.getQuoteSelected(), Response.Source.valueOf(r.getSource()));
    }

}
