package se.samordna.app.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.plan.Activity;
import se.samordna.core.plan.ActivityDraft;
import se.samordna.core.plan.ActivityState;
import se.samordna.core.plan.ActivityStatus;
import se.samordna.core.plan.CycleDecision;
import se.samordna.core.plan.GoalArea;
import se.samordna.core.plan.GoalProposal;
import se.samordna.core.plan.IndicatorReading;
import se.samordna.core.plan.PdsaProposal;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.Plan;
import se.samordna.core.plan.PlanExport;
import se.samordna.core.plan.PlanProposals;
import se.samordna.core.plan.PlanScope;
import se.samordna.core.plan.PlanService;
import se.samordna.core.plan.PlannedActivity;
import se.samordna.core.plan.Subgoal;

/**
 * The Handlingsplan page: the plan of the centre and year in view (made the first time it is opened),
 * or the plan of the centre's municipality; its tree, what it is offered (the year's goals, PDSA after a
 * poor survey, last year's unfinished activities), what is overdue, and the plan sent and printed.
 * Every change goes through the plan's services on the runner and brings the whole plan back.
 */
public final class PlanViewModel {
    private final PlanService plans;
    private final PlanProposals proposals;
    private final PlanExport export;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final Clock clock;
    private boolean attached;

    private final ObjectProperty<PlanScope> scope = new SimpleObjectProperty<>(this, "scope", PlanScope.CENTRE);
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final javafx.beans.property.ReadOnlyIntegerWrapper shown =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "shown");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<GoalProposal> goalProposals = FXCollections.observableArrayList();
    private final ObservableList<PdsaProposal> pdsaProposals = FXCollections.observableArrayList();
    private final ObservableList<PlannedActivity> overdue = FXCollections.observableArrayList();
    private final ObservableList<PlannedActivity> overview = FXCollections.observableArrayList();

    public PlanViewModel(PlanService plans, PlanProposals proposals, PlanExport export, TaskRunner runner, Messages messages, WorkContext context, Clock clock) {
        this.plans = plans;
        this.proposals = proposals;
        this.export = export;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.clock = clock;
        context.onCentreChange(true, () -> {
            if (attached) {
                reload();
            }
        });
        scope.addListener((obs, old, now) -> {
            if (attached) {
                reload();
            }
        });
    }

    /** The page is shown for the first time: open the plan, and from now on follow the centre and year. */
    public void attach() {
        attached = true;
        reload();
    }

    // --- properties ---

    /** Whose plan the page shows: the centre's own, or its municipality's. */
    public ObjectProperty<PlanScope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Counts every time the page is to be drawn again: a plan loaded or changed, or none to show. */
    public javafx.beans.property.ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    /** What just happened that the coordinator should know (a plan made, a file written); "" when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<GoalProposal> goalProposals() {
        return goalProposals;
    }

    public ObservableList<PdsaProposal> pdsaProposals() {
        return pdsaProposals;
    }

    public ObservableList<PlannedActivity> overdue() {
        return overdue;
    }

    /** Every activity with its state, in the plan's order. */
    public ObservableList<PlannedActivity> overview() {
        return overview;
    }

    public String municipality() {
        CentreSummary centre = context.centre();
        return centre == null ? "" : centre.municipality();
    }

    // --- texts ---

    /** "Handlingsplan 2026 – Familjecentralen Solsidan" or "… – Östersunds kommun". */
    public String title() {
        Plan current = plan.get();
        int year = current == null ? context.year() : current.year();
        if (scope.get() == PlanScope.MUNICIPAL) {
            return messages.get("plan.title.municipal", year, municipality(),
                    se.samordna.core.agreement.MunicipalityNames.beforeKommun(municipality()));
        }
        CentreSummary centre = context.centre();
        return messages.get("plan.title.centre", year, centre == null ? "" : centre.name());
    }

    /** Sent on a day, or due 1 December (passed or not). */
    public String sentText() {
        Plan current = plan.get();
        if (current == null) {
            return "";
        }
        if (current.sentOn() != null) {
            return messages.get("plan.sent.on", messages.longDate(current.sentOn()));
        }
        LocalDate due = PlanService.dueDate(current.year());
        return LocalDate.now(clock).isAfter(due) ? messages.get("plan.sent.late", messages.longDate(due))
                : messages.get("plan.sent.due", messages.longDate(due));
    }

    /** The state at a glance as the screen shows it: symbol, word and why ("! Försenad – avstämningen …"). */
    public String stateText(ActivityStatus status) {
        String head = status.state().symbol() + " " + messages.get(status.state().messageKey());
        Object[] arguments = status.arguments().stream()
                .map(a -> a instanceof LocalDate date ? messages.longDate(date) : a instanceof String s
                        ? label(s) : a).toArray();
        String reason = messages.get(status.reasonKey(), arguments);
        return reason.isBlank() ? head : head + " – " + reason;
    }

    public ActivityStatus status(Activity activity) {
        return plans.status(activity);
    }

    /** A decision's Swedish label, as the status carries it, in the language of the screen. */
    private String label(String decisionLabel) {
        for (CycleDecision decision : CycleDecision.values()) {
            if (decision.label().equals(decisionLabel)) {
                return messages.get(decision.messageKey());
            }
        }
        return decisionLabel;
    }

    public String readingText(IndicatorReading reading) {
        String who = plan.get() != null && plan.get().scope() == PlanScope.MUNICIPAL
                ? centreName(reading.centreId()) + ": " : "";
        if (reading.values().isEmpty()) {
            return who + messages.get("plan.reading.none");
        }
        List<String> values = new ArrayList<>();
        for (IndicatorReading.YearValue value : reading.values()) {
            values.add(messages.get("plan.reading.value", value.year(), value.value()));
        }
        String met = reading.met() == null ? "" : messages.get(reading.met() ? "plan.reading.met" : "plan.reading.notMet");
        return who + String.join(", ", values) + " " + reading.trend().symbol() + " "
                + messages.get(reading.trend().messageKey()) + (met.isEmpty() ? "" : " · " + met);
    }

    private String centreName(long centreId) {
        return context.centres().stream().filter(c -> c.id() == centreId).map(CentreSummary::name).findFirst()
                .orElse("");
    }

    // --- loading ---

    public void reload() {
        CentreSummary centre = context.centre();
        int year = context.year();
        if (centre == null) {
            show(null);
            return;
        }
        if (scope.get() == PlanScope.MUNICIPAL) {
            runner.run(messages.get("plan.task.open"), p -> plans.findForMunicipality(centre.municipality(), year)
                    .map(found -> loaded(found, false)).orElse(null), this::apply);
            return;
        }
        runner.run(messages.get("plan.task.open"), p -> {
            boolean existed = plans.findForCentre(centre.id(), year).isPresent();
            return loaded(plans.openForCentre(centre.id(), year), !existed);
        }, loaded -> {
            apply(loaded);
            if (loaded != null && loaded.created()) {
                notice.set(messages.get("plan.created", year, centre.name()));
            }
        });
    }

    /** Makes the municipality's plan for the year, covering the chosen centres. */
    public void createMunicipal(List<Long> centreIds) {
        String municipality = municipality();
        int year = context.year();
        change(() -> plans.openForMunicipality(municipality, year, centreIds),
                messages.get("plan.createdMunicipal", year, municipality));
    }

    public void setCoveredCentres(List<Long> centreIds) {
        long id = plan.get().id();
        change(() -> plans.setCoveredCentres(id, centreIds), "");
    }

    /** The centres of the municipality in view, for choosing what a municipal plan covers. */
    public List<CentreSummary> centresOfMunicipality() {
        String municipality = municipality();
        return context.centres().stream().filter(c -> c.municipality().equals(municipality)).toList();
    }

    /** A plan and what goes with it, read together off the FX thread. */
    private record Loaded(Plan plan, boolean created, List<GoalProposal> goals, List<PdsaProposal> pdsa,
                          List<PlannedActivity> overview) {
    }

    private Loaded loaded(Plan found, boolean created) {
        return new Loaded(found, created, proposals.goalProposals(found.id()), proposals.pdsaProposals(found.id()),
                plans.overview(found.id()));
    }

    private void apply(Loaded loaded) {
        notice.set("");
        if (loaded == null) {
            show(null);
            return;
        }
        goalProposals.setAll(loaded.goals());
        pdsaProposals.setAll(loaded.pdsa());
        overview.setAll(loaded.overview());
        overdue.setAll(loaded.overview().stream().filter(r -> r.status().state() == ActivityState.OVERDUE).toList());
        plan.set(loaded.plan());
        shown.set(shown.get() + 1);
    }

    private void show(Plan none) {
        goalProposals.clear();
        pdsaProposals.clear();
        overview.clear();
        overdue.clear();
        plan.set(none);
        shown.set(shown.get() + 1);
    }

    /** Runs a change, then shows the plan as it is now, with {@code done} as the notice. */
    private void change(Supplier<?> work, String done) {
        runner.run(messages.get("plan.task.save"), p -> {
            Object result = work.get();
            long id = result instanceof Plan changed ? changed.id() : plan.get().id();
            return loaded(plans.get(id), false);
        }, loaded -> {
            apply(loaded);
            notice.set(done);
        });
    }

    // --- the tree ---

    public void addArea(String name, String overallGoal) {
        long id = plan.get().id();
        change(() -> plans.addArea(id, name, overallGoal), "");
    }

    public void updateArea(long areaId, String name, String overallGoal) {
        change(() -> plans.updateArea(areaId, name, overallGoal), "");
    }

    public void removeArea(long areaId) {
        change(() -> plans.removeArea(areaId), "");
    }

    public void addSubgoal(long areaId, String text) {
        change(() -> plans.addSubgoal(areaId, text), "");
    }

    /** Rewrites a delmål; one taken from a goal of the year rewrites that goal, so the report reads the same. */
    public void updateSubgoal(long subgoalId, String text) {
        change(() -> proposals.updateLinkedSubgoal(subgoalId, text), "");
    }

    public void removeSubgoal(long subgoalId) {
        change(() -> plans.removeSubgoal(subgoalId), "");
    }

    public void addActivity(long subgoalId, ActivityDraft draft) {
        change(() -> plans.addActivity(subgoalId, draft), "");
    }

    public void updateActivity(long activityId, ActivityDraft draft) {
        change(() -> plans.updateActivity(activityId, draft), "");
    }

    public void removeActivity(long activityId) {
        change(() -> plans.removeActivity(activityId), "");
    }

    /** Moves a målområde, delmål or activity one step up ({@code -1}) or down ({@code +1}) among its siblings. */
    public void move(Object node, int step) {
        Plan current = plan.get();
        switch (node) {
            case GoalArea area -> {
                List<Long> ids = swapped(current.areas().stream().map(GoalArea::id).toList(), area.id(), step);
                change(() -> plans.reorderAreas(current.id(), ids), "");
            }
            case Subgoal subgoal -> {
                GoalArea area = areaOf(subgoal);
                List<Long> ids = swapped(area.subgoals().stream().map(Subgoal::id).toList(), subgoal.id(), step);
                change(() -> plans.reorderSubgoals(area.id(), ids), "");
            }
            case Activity activity -> {
                Subgoal subgoal = subgoalOf(activity);
                List<Long> ids = swapped(subgoal.activities().stream().map(Activity::id).toList(), activity.id(), step);
                change(() -> plans.reorderActivities(subgoal.id(), ids), "");
            }
            default -> throw new IllegalArgumentException(String.valueOf(node));
        }
    }

    /** Whether {@code node} can move {@code step} among its siblings. */
    public boolean canMove(Object node, int step) {
        Plan current = plan.get();
        if (current == null || node == null) {
            return false;
        }
        List<Long> ids = switch (node) {
            case GoalArea area -> current.areas().stream().map(GoalArea::id).toList();
            case Subgoal subgoal -> areaOf(subgoal).subgoals().stream().map(Subgoal::id).toList();
            case Activity activity -> subgoalOf(activity).activities().stream().map(Activity::id).toList();
            default -> List.of();
        };
        long id = switch (node) {
            case GoalArea area -> area.id();
            case Subgoal subgoal -> subgoal.id();
            case Activity activity -> activity.id();
            default -> -1;
        };
        int at = ids.indexOf(id);
        return at >= 0 && at + step >= 0 && at + step < ids.size();
    }

    private static List<Long> swapped(List<Long> ids, long id, int step) {
        List<Long> order = new ArrayList<>(ids);
        int at = order.indexOf(id);
        int to = Math.clamp(at + step, 0, order.size() - 1);
        order.remove(at);
        order.add(to, id);
        return order;
    }

    public GoalArea areaOf(Subgoal subgoal) {
        return plan.get().areas().stream().filter(a -> a.id() == subgoal.areaId()).findFirst().orElseThrow();
    }

    public Subgoal subgoalOf(Activity activity) {
        return plan.get().subgoals().filter(s -> s.id() == activity.subgoalId()).findFirst().orElseThrow();
    }

    /** Moves an activity, with its checkpoints, to the end of another delmål of the plan. */
    public void moveActivity(long activityId, long subgoalId) {
        change(() -> plans.moveActivity(activityId, subgoalId, Integer.MAX_VALUE), "");
    }

    /** The other centres a delmål can be copied to (their plan for the year is made if missing). */
    public List<CentreSummary> copyTargets() {
        CentreSummary centre = context.centre();
        return context.centres().stream().filter(c -> centre == null || c.id() != centre.id()
                || scope.get() == PlanScope.MUNICIPAL).toList();
    }

    /** Copies a delmål with its activities to {@code centreId}'s plan for the same year. */
    public void copySubgoal(long subgoalId, CentreSummary target) {
        int year = plan.get().year();
        change(() -> {
            Plan other = plans.openForCentre(target.id(), year);
            plans.copySubgoal(subgoalId, other.id());
            return null;
        }, messages.get("plan.copied", target.name(), year));
    }

    // --- activities followed up ---

    public void setStage(long activityId, PdsaStage stage) {
        change(() -> plans.setStage(activityId, stage), "");
    }

    public void decide(long activityId, CycleDecision decision, String note) {
        change(() -> plans.decide(activityId, decision, note), "");
    }

    public void reopen(long activityId) {
        change(() -> plans.reopen(activityId), "");
    }

    public void planCheckpoint(long activityId, LocalDate date) {
        change(() -> plans.planCheckpoint(activityId, date), "");
    }

    /** Records a checkpoint set before ({@code checkpointId}), or one on {@code date} when none is chosen. */
    public void recordCheckpoint(Long checkpointId, long activityId, LocalDate date, PdsaStage stage, String note,
                                 String value) {
        change(() -> checkpointId == null ? plans.recordCheckpoint(activityId, date, stage, note, value)
                : plans.recordCheckpoint(checkpointId, stage, note, value), "");
    }

    public void removeCheckpoint(long checkpointId) {
        change(() -> {
            plans.removeCheckpoint(checkpointId);
            return null;
        }, "");
    }

    /** A linked indicator's values and trend for each centre of the plan (empty when not linked). */
    public void readings(long activityId, Consumer<List<IndicatorReading>> shown) {
        runner.run(messages.get("plan.task.readings"), p -> proposals.readings(activityId), shown);
    }

    // --- proposals ---

    public void acceptGoal(long yearGoalId, long areaId) {
        long id = plan.get().id();
        change(() -> proposals.acceptGoal(id, yearGoalId, areaId), messages.get("plan.goal.accepted"));
    }

    public void declineGoal(long yearGoalId) {
        long id = plan.get().id();
        change(() -> {
            proposals.declineGoal(id, yearGoalId);
            return null;
        }, "");
    }

    public void acceptPdsa(PdsaProposal proposal, long subgoalId) {
        long id = plan.get().id();
        change(() -> proposals.acceptPdsa(id, proposal.area(), proposal.surveyYear(), subgoalId),
                messages.get("plan.pdsa.accepted"));
    }

    public void declinePdsa(PdsaProposal proposal) {
        long id = plan.get().id();
        change(() -> {
            proposals.declinePdsa(id, proposal.area(), proposal.surveyYear());
            return null;
        }, "");
    }

    /** Last year's unfinished activities not carried over yet, for the coordinator to choose from. */
    public void carryOverCandidates(Consumer<List<PlannedActivity>> shown) {
        long id = plan.get().id();
        runner.run(messages.get("plan.task.open"), p -> proposals.carryOverCandidates(id), shown);
    }

    public void carryOver(List<Long> activityIds) {
        long id = plan.get().id();
        change(() -> proposals.carryOver(id, activityIds), messages.get("plan.carryOver.done", activityIds.size()));
    }

    // --- sent and printed ---

    public void markSent(LocalDate date) {
        long id = plan.get().id();
        change(() -> plans.markSent(id, date), "");
    }

    public void unmarkSent() {
        long id = plan.get().id();
        change(() -> plans.unmarkSent(id), "");
    }

    public String suggestedFileName(DocumentExport.Format format) {
        return export.suggestedFileName(plan.get().id(), format);
    }

    /** Writes the plan; {@code done} gets the confirmation naming the file. */
    public void export(DocumentExport.Format format, Path target, Consumer<String> done) {
        long id = plan.get().id();
        runner.run(messages.get("plan.task.export"), p -> export.export(id, format, target), exported -> {
            String text = messages.get(format == DocumentExport.Format.PDF ? "plan.exported.pdf" : "plan.exported.word",
                    target.getFileName().toString(), exported.kilobytes());
            notice.set(text);
            done.accept(text);
        });
    }

    /** The delmål of the plan, for a PDSA proposal's or a moved activity's new place. */
    public List<Subgoal> subgoals() {
        return plan.get() == null ? List.of() : plan.get().subgoals().toList();
    }

    public Optional<Subgoal> subgoal(Long id) {
        return id == null ? Optional.empty() : subgoals().stream().filter(s -> s.id() == id).findFirst();
    }

    public Messages messages() {
        return messages;
    }
}
