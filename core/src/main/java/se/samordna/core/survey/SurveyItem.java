package se.samordna.core.survey;

/** One statement of a year's questionnaire: its goal, target area, target share and Swedish text. */
public record SurveyItem(String key, int position, SurveyGoal goal, SurveyArea area, int targetPercent, String text) {

    public static final int TEXT_MAX = 500;
}
