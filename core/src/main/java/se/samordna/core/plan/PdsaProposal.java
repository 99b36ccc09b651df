package se.samordna.core.plan;

import se.samordna.core.survey.SurveyArea;

/**
 * A PDSA cycle proposed because an area of the parent survey came out under its target ("vid dålig
 * brukarenkät", seed 000): the area, the survey's year, the share and the target, and the delmål of the
 * plan that works on that area, if one does ({@code suggestedSubgoalId}, else null and the coordinator
 * chooses). Accepting adds an activity at the stage Planera to the chosen delmål.
 */
public record PdsaProposal(SurveyArea area, int surveyYear, double share, int target, Long suggestedSubgoalId,
                           GoalProposal.Answer answer) {
}
