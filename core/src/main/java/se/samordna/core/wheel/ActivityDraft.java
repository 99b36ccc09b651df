package se.samordna.core.wheel;

import se.samordna.core.common.TextRules;

/**
 * An activity of the wheel as written: what, who is responsible (a role), when it falls, how many
 * days ahead to be reminded (0: no reminder of its own), a note, and the work in Samordna that ticks
 * it by itself, if any.
 */
public record ActivityDraft(String name, String responsible, WheelRule rule, int leadDays, String note,
                            AutoSource autoSource) {
    public static final int NAME_MAX = 300;
    public static final int RESPONSIBLE_MAX = 100;
    public static final int NOTE_MAX = 2000;
    public static final int LEAD_DAYS_MAX = 180;

    public ActivityDraft {
        name = TextRules.clean(name);
        responsible = TextRules.clean(responsible);
        note = TextRules.clean(note);
    }

    public ActivityDraft withName(String value) {
        return new ActivityDraft(value, responsible, rule, leadDays, note, autoSource);
    }

    public ActivityDraft withRule(WheelRule value) {
        return new ActivityDraft(name, responsible, value, leadDays, note, autoSource);
    }
}
