package se.samordna.core.goal;

import java.time.LocalDate;

import se.samordna.core.common.TextRules;

/** A measurable goal as written: goal, how it is measured, target value, who is responsible, by when. */
public record GoalDraft(String goal, String measure, String target, String responsible, LocalDate due) {

    public static final int GOAL_MAX = 500;
    public static final int MEASURE_MAX = 500;
    public static final int TARGET_MAX = 200;
    public static final int RESPONSIBLE_MAX = 200;

    public GoalDraft {
        goal = TextRules.clean(goal);
        measure = TextRules.clean(measure);
        target = TextRules.clean(target);
        responsible = TextRules.clean(responsible);
    }
}
