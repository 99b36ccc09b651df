package se.samordna.core.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The goal's particulars as printed under it in documents, one line each, those not written
     * left out: "Mäts genom: …", "Målvärde: …", "Ansvarig: …", "Klart senast: …".
     */
    public List<String> printedFacts() {
        List<String> facts = new ArrayList<>();
        if (!measure.isBlank()) {
            facts.add("Mäts genom: " + measure);
        }
        if (!target.isBlank()) {
            facts.add("Målvärde: " + target);
        }
        if (!responsible.isBlank()) {
            facts.add("Ansvarig: " + responsible);
        }
        if (due != null) {
            facts.add("Klart senast: " + due);
        }
        return facts;
    }
}
