package se.samordna.core.plan;

import java.time.LocalDate;

import se.samordna.core.common.TextRules;

/**
 * An activity as written (seed 004's columns): planerade insatser/aktiviteter, målgrupp, ansvar (a role
 * or an organisation, never a private person's details), förväntad effekt/resultat; an indicator with
 * its target and how it is measured, optionally linked to a measure Samordna keeps; start and end.
 */
public record ActivityDraft(String description, String targetGroup, String responsible, String expectedEffect,
                            String indicator, String indicatorTarget, String indicatorMethod, IndicatorLink link,
                            LocalDate start, LocalDate end) {

    public static final int DESCRIPTION_MAX = 2000;
    public static final int TARGET_GROUP_MAX = 500;
    public static final int RESPONSIBLE_MAX = 500;
    public static final int EXPECTED_EFFECT_MAX = 1000;
    public static final int INDICATOR_MAX = 500;
    public static final int INDICATOR_TARGET_MAX = 200;
    public static final int INDICATOR_METHOD_MAX = 500;

    public ActivityDraft {
        description = TextRules.clean(description);
        targetGroup = TextRules.clean(targetGroup);
        responsible = TextRules.clean(responsible);
        expectedEffect = TextRules.clean(expectedEffect);
        indicator = TextRules.clean(indicator);
        indicatorTarget = TextRules.clean(indicatorTarget);
        indicatorMethod = TextRules.clean(indicatorMethod);
    }

    /** Just the activity's text, everything else empty: a start to fill in. */
    public static ActivityDraft of(String description) {
        return new ActivityDraft(description, "", "", "", "", "", "", null, null, null);
    }

    public ActivityDraft withWho(String targetGroup, String responsible, String expectedEffect) {
        return new ActivityDraft(description, targetGroup, responsible, expectedEffect, indicator, indicatorTarget,
                indicatorMethod, link, start, end);
    }

    public ActivityDraft withIndicator(String indicator, String indicatorTarget, String indicatorMethod,
                                       IndicatorLink link) {
        return new ActivityDraft(description, targetGroup, responsible, expectedEffect, indicator, indicatorTarget,
                indicatorMethod, link, start, end);
    }

    public ActivityDraft withDates(LocalDate start, LocalDate end) {
        return new ActivityDraft(description, targetGroup, responsible, expectedEffect, indicator, indicatorTarget,
                indicatorMethod, link, start, end);
    }
}
