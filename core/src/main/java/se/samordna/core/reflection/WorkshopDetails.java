package se.samordna.core.reflection;

import java.time.LocalDate;

import se.samordna.core.common.TextRules;

/** What a workshop is set up with: the year it concerns, the day, how many took part, which professions. */
public record WorkshopDetails(int year, LocalDate heldOn, int participants, String professions) {

    public static final int MAX_PARTICIPANTS = 60;
    public static final int PROFESSIONS_MAX = 500;

    public WorkshopDetails {
        professions = TextRules.clean(professions);
    }
}
