package se.samordna.core.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An activity's state on a given day and why: the reason as a message key with its arguments for the
 * screen, and {@link #printed()} for documents. Derived, never stored, from the decision, the dates,
 * the checkpoints and the stage.
 */
public record ActivityStatus(ActivityState state, String reasonKey, List<Object> arguments) {

    public static final String REASON_DECIDED = "plan.state.reason.decided";
    public static final String REASON_END_PASSED = "plan.state.reason.endPassed";
    public static final String REASON_CHECKPOINT_MISSED = "plan.state.reason.checkpointMissed";
    public static final String REASON_STARTS_ON = "plan.state.reason.startsOn";
    public static final String REASON_NOT_BEGUN = "plan.state.reason.notBegun";
    public static final String REASON_NEXT_CHECKPOINT = "plan.state.reason.nextCheckpoint";
    public static final String REASON_RUNNING = "plan.state.reason.running";

    public ActivityStatus {
        arguments = List.copyOf(arguments);
    }

    /**
     * The state of {@code activity} on {@code today}: decided → done (or stopped, if the decision was to
     * stop); the end date passed or a checkpoint's date passed unrecorded → overdue; a start date ahead,
     * or no start date and still in Planera with nothing recorded → not started; otherwise on track.
     */
    public static ActivityStatus of(Activity activity, LocalDate today) {
        if (activity.decision() != null) {
            return new ActivityStatus(activity.decision() == CycleDecision.AVBRYT ? ActivityState.STOPPED
                    : ActivityState.DONE, REASON_DECIDED, List.of(activity.decision().label()));
        }
        LocalDate end = activity.draft().end();
        if (end != null && today.isAfter(end)) {
            return new ActivityStatus(ActivityState.OVERDUE, REASON_END_PASSED, List.of(end));
        }
        Optional<Checkpoint> missed = activity.checkpoints().stream()
                .filter(c -> !c.recorded() && c.date().isBefore(today)).min(Comparator.comparing(Checkpoint::date));
        if (missed.isPresent()) {
            return new ActivityStatus(ActivityState.OVERDUE, REASON_CHECKPOINT_MISSED, List.of(missed.get().date()));
        }
        LocalDate start = activity.draft().start();
        if (start != null && today.isBefore(start)) {
            return new ActivityStatus(ActivityState.NOT_STARTED, REASON_STARTS_ON, List.of(start));
        }
        boolean anythingRecorded = activity.checkpoints().stream().anyMatch(Checkpoint::recorded);
        if (start == null && activity.stage() == PdsaStage.PLANERA && !anythingRecorded) {
            return new ActivityStatus(ActivityState.NOT_STARTED, REASON_NOT_BEGUN, List.of());
        }
        Optional<Checkpoint> next = activity.checkpoints().stream().filter(c -> !c.recorded())
                .min(Comparator.comparing(Checkpoint::date));
        return next.map(c -> new ActivityStatus(ActivityState.ON_TRACK, REASON_NEXT_CHECKPOINT, List.<Object>of(c.date())))
                .orElseGet(() -> new ActivityStatus(ActivityState.ON_TRACK, REASON_RUNNING, List.of()));
    }

    /** Symbol, word and reason in Swedish, for the printed plan: "! Försenad – avstämningen 2027-03-15 är inte gjord". */
    public String printed() {
        String reason = switch (reasonKey) {
            case REASON_DECIDED -> "beslut: " + arguments.getFirst();
            case REASON_END_PASSED -> "slutdatum " + arguments.getFirst() + " har passerat";
            case REASON_CHECKPOINT_MISSED -> "avstämningen " + arguments.getFirst() + " är inte gjord";
            case REASON_STARTS_ON -> "startar " + arguments.getFirst();
            case REASON_NOT_BEGUN -> "inte påbörjad";
            case REASON_NEXT_CHECKPOINT -> "nästa avstämning " + arguments.getFirst();
            default -> "";
        };
        String head = state.symbol() + " " + state.label();
        return reason.isEmpty() || reason.equals("inte påbörjad") ? head : head + " – " + reason;
    }
}
