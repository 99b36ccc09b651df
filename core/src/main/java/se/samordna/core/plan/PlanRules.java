package se.samordna.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.ValidationException;
import se.samordna.core.reflection.Area;
import se.samordna.core.survey.SurveyArea;

/** The checks of what a coordinator types into the plan; field names and message keys for the views. */
public final class PlanRules {
    public static final String FIELD_YEAR = "year";
    public static final String FIELD_MUNICIPALITY = "municipality";
    public static final String FIELD_CENTRES = "centres";
    public static final String FIELD_AREA_NAME = "areaName";
    public static final String FIELD_OVERALL_GOAL = "overallGoal";
    public static final String FIELD_SUBGOAL_TEXT = "subgoalText";
    public static final String FIELD_DESCRIPTION = "description";
    public static final String FIELD_TARGET_GROUP = "targetGroup";
    public static final String FIELD_RESPONSIBLE = "responsible";
    public static final String FIELD_EXPECTED_EFFECT = "expectedEffect";
    public static final String FIELD_INDICATOR = "indicator";
    public static final String FIELD_INDICATOR_TARGET = "indicatorTarget";
    public static final String FIELD_INDICATOR_METHOD = "indicatorMethod";
    public static final String FIELD_LINK = "link";
    public static final String FIELD_LINK_TARGET = "linkTarget";
    public static final String FIELD_START = "start";
    public static final String FIELD_END = "end";
    public static final String FIELD_CHECKPOINT_DATE = "checkpointDate";
    public static final String FIELD_STAGE = "stage";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_VALUE = "indicatorValue";
    public static final String FIELD_DECISION = "decision";
    public static final String FIELD_SENT = "sentOn";

    public static final String YEAR_RANGE = "validation.yearRange";
    public static final String DATE_RANGE = "validation.dateRange";
    public static final String END_BEFORE_START = "plan.validation.endBeforeStart";
    public static final String LINK_UNKNOWN = "plan.validation.linkUnknown";
    public static final String LINK_TARGET_RANGE = "plan.validation.linkTargetRange";
    public static final String NO_CENTRES = "plan.validation.noCentres";
    public static final String CHOOSE = "plan.validation.choose";

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern STATEMENT_KEY = Pattern.compile("[A-Z][0-9]{1,10}");

    private PlanRules() {
    }

    public static List<FieldError> validateYear(int year) {
        List<FieldError> errors = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(FieldError.of(FIELD_YEAR, YEAR_RANGE, FIRST_YEAR, LAST_YEAR));
        }
        return errors;
    }

    public static List<FieldError> validateArea(String name, String overallGoal) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_AREA_NAME, name, GoalArea.NAME_MAX, errors);
        TextRules.maxLength(FIELD_OVERALL_GOAL, overallGoal, GoalArea.OVERALL_GOAL_MAX, errors);
        return errors;
    }

    /** {@code maxLength}: a delmål of its own holds {@link Subgoal#TEXT_MAX}, one that is a year's goal that goal's limit. */
    public static List<FieldError> validateSubgoal(String text, int maxLength) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_SUBGOAL_TEXT, text, maxLength, errors);
        return errors;
    }

    public static List<FieldError> validate(ActivityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_DESCRIPTION, draft.description(), ActivityDraft.DESCRIPTION_MAX, errors);
        TextRules.maxLength(FIELD_TARGET_GROUP, draft.targetGroup(), ActivityDraft.TARGET_GROUP_MAX, errors);
        TextRules.maxLength(FIELD_RESPONSIBLE, draft.responsible(), ActivityDraft.RESPONSIBLE_MAX, errors);
        TextRules.maxLength(FIELD_EXPECTED_EFFECT, draft.expectedEffect(), ActivityDraft.EXPECTED_EFFECT_MAX, errors);
        TextRules.maxLength(FIELD_INDICATOR, draft.indicator(), ActivityDraft.INDICATOR_MAX, errors);
        TextRules.maxLength(FIELD_INDICATOR_TARGET, draft.indicatorTarget(), ActivityDraft.INDICATOR_TARGET_MAX, errors);
        TextRules.maxLength(FIELD_INDICATOR_METHOD, draft.indicatorMethod(), ActivityDraft.INDICATOR_METHOD_MAX, errors);
        date(FIELD_START, draft.start(), errors);
        date(FIELD_END, draft.end(), errors);
        if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
            errors.add(FieldError.of(FIELD_END, END_BEFORE_START));
        }
        if (draft.link() != null) {
            link(draft.link(), errors);
        }
        return errors;
    }

    public static List<FieldError> validateCheckpoint(LocalDate date, PdsaStage stage, String note, String value,
                                                      boolean recording) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(FieldError.of(FIELD_CHECKPOINT_DATE, TextRules.REQUIRED));
        } else {
            date(FIELD_CHECKPOINT_DATE, date, errors);
        }
        if (recording && stage == null) {
            errors.add(FieldError.of(FIELD_STAGE, CHOOSE));
        }
        TextRules.maxLength(FIELD_NOTE, note, Checkpoint.NOTE_MAX, errors);
        TextRules.maxLength(FIELD_VALUE, value, Checkpoint.VALUE_MAX, errors);
        return errors;
    }

    public static List<FieldError> validateSent(LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(FieldError.of(FIELD_SENT, TextRules.REQUIRED));
        } else {
            date(FIELD_SENT, date, errors);
        }
        return errors;
    }

    public static List<FieldError> validateDecision(CycleDecision decision, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(FieldError.of(FIELD_DECISION, CHOOSE));
        }
        TextRules.maxLength(FIELD_NOTE, note, Activity.DECISION_NOTE_MAX, errors);
        return errors;
    }

    public static List<FieldError> validateMunicipal(String municipality, int year, List<Long> centreIds) {
        List<FieldError> errors = validateYear(year);
        TextRules.required(FIELD_MUNICIPALITY, municipality, PlanSummary.MUNICIPALITY_MAX, errors);
        if (centreIds.isEmpty()) {
            errors.add(FieldError.of(FIELD_CENTRES, NO_CENTRES));
        }
        return errors;
    }

    private static void link(IndicatorLink link, List<FieldError> errors) {
        if (link.kind() == null || !knownKey(link)) {
            errors.add(FieldError.of(FIELD_LINK, LINK_UNKNOWN));
            return;
        }
        BigDecimal target = link.target();
        if (target != null && (target.compareTo(BigDecimal.valueOf(link.kind().lowest())) < 0
                || target.compareTo(BigDecimal.valueOf(link.kind().highest())) > 0)) {
            errors.add(FieldError.of(FIELD_LINK_TARGET, LINK_TARGET_RANGE, link.kind().lowest(), link.kind().highest()));
        }
    }

    private static boolean knownKey(IndicatorLink link) {
        return switch (link.kind()) {
            case SURVEY_AREA -> isEnum(SurveyArea.class, link.key());
            case REFLECTION_AREA -> isEnum(Area.class, link.key());
            case REFLECTION_STATEMENT -> STATEMENT_KEY.matcher(link.key()).matches();
        };
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String key) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static void date(String field, LocalDate date, List<FieldError> errors) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            errors.add(FieldError.of(field, DATE_RANGE, FIRST_YEAR, LAST_YEAR));
        }
    }

    static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
