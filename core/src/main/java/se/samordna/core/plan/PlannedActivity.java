package se.samordna.core.plan;

/** An activity with the målområde and delmål it sits under and its state: a row of the overdue list or of the carry-over offer. */
public record PlannedActivity(String areaName, String subgoalText, Activity activity, ActivityStatus status) {
}
