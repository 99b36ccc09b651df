package se.samordna.app.wheel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.wheel.ActivityDraft;
import se.samordna.core.wheel.AutoSource;
import se.samordna.core.wheel.AutoTick;
import se.samordna.core.wheel.DateRange;
import se.samordna.core.wheel.WheelExports;
import se.samordna.core.wheel.WheelProgress;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelService;
import se.samordna.core.wheel.WheelRule;
import se.samordna.core.wheel.WheelYear;
import se.samordna.core.wheel.YearEvent;
import se.samordna.core.wheel.YearEvents;

/**
 * The Årshjul page: the chosen centre's wheel for the year in view, as one list of occurrences that
 * the wheel drawing and the table both show; the activity chosen in either is chosen in both.
 */
public final class WheelViewModel {
    private final WheelService wheel;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final Clock clock;
    private final Consumer<Destination> navigator;
    private boolean attached;
    /** An activity to choose once the wheel is read (from a link on Hem), or -1. */
    private long wanted = -1;

    private final ReadOnlyObjectWrapper<WheelYear> year = new ReadOnlyObjectWrapper<>(this, "year");
    private final ObservableList<Occurrence> occurrences = FXCollections.observableArrayList();
    private final ObjectProperty<Occurrence> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WheelProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loading", true);

    public WheelViewModel(WheelService wheel, TaskRunner runner, Messages messages, WorkContext context, Clock clock,
                          Consumer<Destination> navigator) {
        this.wheel = wheel;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.clock = clock;
        this.navigator = navigator;
        context.onCentreChange(true, () -> {
            if (attached) {
                refresh();
            }
        });
    }

    /** The page is shown for the first time: load, and from now on follow the centre and the year. */
    public void attach() {
        attached = true;
        refresh();
    }

    public ReadOnlyObjectProperty<WheelYear> yearProperty() {
        return year.getReadOnlyProperty();
    }

    public ObservableList<Occurrence> occurrences() {
        return occurrences;
    }

    public ObjectProperty<Occurrence> selectedProperty() {
        return selected;
    }

    /** "14 av 20 klara · 2 försenade" for the year in view. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the wheel is being read (the list then says so instead of "empty"). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Every centre's wheel for the year in view, side by side (read by {@link #loadProgress}). */
    public ReadOnlyObjectProperty<WheelProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The name of a centre in the work bar's list, for the side-by-side view's headings. */
    public String centreName(long centreId) {
        return context.centres().stream().filter(c -> c.id() == centreId).map(CentreSummary::name).findFirst()
                .orElse("");
    }

    /** Reads every centre's wheel for the year in view, for the side-by-side view. */
    public void loadProgress() {
        List<Long> ids = context.centres().stream().map(CentreSummary::id).toList();
        int planYear = context.year();
        LocalDate today = today();
        runner.run(messages.get("task.loadingWheel"), p -> wheel.progress(ids, planYear, today), progress::set);
    }

    /** "7 av 21 klara" for one centre of the side-by-side view. */
    public String progressSummary(WheelProgress shown, long centreId) {
        return messages.get("wheel.all.centreDone", centreName(centreId), shown.done().getOrDefault(centreId, 0),
                shown.counted().getOrDefault(centreId, 0));
    }

    /** The roles offered for "Ansvarig" and "Gjort av": Bilaga 6's three and the centre's own. */
    public ObservableList<String> roles() {
        return roles;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Messages messages() {
        return messages;
    }

    public WheelService service() {
        return wheel;
    }

    public boolean hasCentre() {
        return context.centre() != null;
    }

    /** Chooses the activity {@code activityId} now, or as soon as the wheel it is in has been read. */
    public void choose(long activityId) {
        occurrences.stream().filter(o -> o.activity().id() == activityId).findFirst()
                .ifPresentOrElse(selected::set, () -> wanted = activityId);
    }

    /** Reads the wheel again, keeping the chosen activity chosen. */
    public void refresh() {
        refreshSelecting(selected.get() == null ? -1 : selected.get().activity().id());
    }

    private void refreshSelecting(long activityId) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            year.set(null);
            occurrences.clear();
            summary.set(messages.get("wheel.noCentre"));
            loading.set(false);
            return;
        }
        loading.set(true);
        int planYear = context.year();
        LocalDate today = today();
        record Loaded(WheelYear year, List<String> roles) {
        }
        runner.run(messages.get("task.loadingWheel"), p -> new Loaded(wheel.year(centre.id(), planYear, today),
                wheel.roles(centre.id())), loaded -> {
                    if (context.centre() == null || context.centre().id() != centre.id() || context.year() != planYear) {
                        return; // the user has moved on; the newer load will show
                    }
                    year.set(loaded.year());
                    loading.set(false);
                    occurrences.setAll(loaded.year().occurrences());
                    roles.setAll(loaded.roles());
                    summary.set(summarise(loaded.year()));
                    long choose = wanted >= 0 ? wanted : activityId;
                    wanted = -1;
                    selected.set(occurrences.stream().filter(o -> o.activity().id() == choose).findFirst()
                            .orElse(null));
                }, failure -> {
                    loading.set(false);
                    runner.reportFailure(failure);
                });
    }

    String summarise(WheelYear wheelYear) {
        List<Occurrence> all = wheelYear.occurrences();
        long counted = all.stream().filter(o -> !o.cancelled()).count();
        long done = all.stream().filter(o -> o.status() == OccurrenceStatus.DONE).count();
        long overdue = all.stream().filter(o -> o.status() == OccurrenceStatus.OVERDUE).count();
        return messages.get("wheel.summary", done, counted, overdue, wheelYear.year().label());
    }

    // --- what an occurrence shows ---

    /** The status as a symbol and a word, never colour alone: "✓ Klar", "! Försenad". */
    public String statusText(Occurrence occurrence) {
        return messages.get("wheel.status." + occurrence.status().name());
    }

    /** When it falls this year, as a coordinator reads it: "28 feb", "v.45–46 (2–15 nov)", "maj". */
    public String whenText(Occurrence occurrence) {
        WheelRule ruleOf = occurrence.activity().rule();
        String rule = WheelTexts.rule(messages, ruleOf);
        String days = WheelTexts.range(messages, occurrence.dates());
        if (occurrence.moved()) {
            return messages.get("wheel.when.moved", days, rule);
        }
        // A date or a month says it all; weeks and "the second Tuesday" get this year's days beside them.
        return ruleOf instanceof WheelRule.WeekRange || ruleOf instanceof WheelRule.NthWeekday
                ? messages.get("wheel.when.rule", rule, days) : rule;
    }

    /** Who ticked it and when, or what Samordna's own work ticked it; empty when not done. */
    public String doneText(Occurrence occurrence) {
        if (occurrence.tick() != null) {
            return messages.get("wheel.done.manual", messages.longDate(occurrence.tick().doneOn()),
                    occurrence.tick().doneBy());
        }
        AutoTick auto = occurrence.autoTick();
        if (auto != null) {
            String when = auto.doneOn() == null ? "" : messages.longDate(auto.doneOn());
            return messages.get("wheel.done.auto." + auto.source().name(), auto.workYear(), when);
        }
        return "";
    }

    /** The work in Samordna an occurrence is ticked by (or would be), if any. */
    public Optional<Destination> workOf(Occurrence occurrence) {
        YearEvent.Work work = YearEvents.work(occurrence);
        return work == null ? Optional.empty() : Optional.of(WheelNotices.destinationOf(work, !occurrence.done()
                        && occurrence.status() != OccurrenceStatus.OVERDUE, occurrence));
    }

    public void openWork(Occurrence occurrence) {
        workOf(occurrence).ifPresent(navigator);
    }

    // --- changes; each is saved at once and the wheel read again ---

    public void add(ActivityDraft draft, Runnable onDone) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            return;
        }
        runner.run(messages.get("task.saving"), p -> wheel.add(centre.id(), draft), added -> {
            refreshSelecting(added.id());
            onDone.run();
        });
    }

    public void update(long activityId, ActivityDraft draft) {
        save(() -> wheel.update(activityId, draft), activityId);
    }

    public void remove(long activityId) {
        save(() -> wheel.remove(activityId), -1);
    }

    /** Moves the activity one place up (-1) or down (+1) within its month. */
    public void move(long activityId, int delta) {
        save(() -> wheel.move(activityId, delta), activityId);
    }

    public void moveOccurrence(long activityId, DateRange to, String note) {
        int planYear = context.year();
        save(() -> wheel.moveOccurrence(activityId, planYear, to, note), activityId);
    }

    public void cancelOccurrence(long activityId, String note) {
        int planYear = context.year();
        save(() -> wheel.cancelOccurrence(activityId, planYear, note), activityId);
    }

    public void restoreOccurrence(long activityId) {
        int planYear = context.year();
        save(() -> wheel.restoreOccurrence(activityId, planYear), activityId);
    }

    public void tick(long activityId, LocalDate on, String role, String note) {
        int planYear = context.year();
        save(() -> wheel.tick(activityId, planYear, on, role, note), activityId);
    }

    public void untick(long activityId) {
        int planYear = context.year();
        save(() -> wheel.untick(activityId, planYear), activityId);
    }

    public void setStartMonth(Month month) {
        CentreSummary centre = context.centre();
        if (centre == null || month == null || year.get() != null && year.get().year().startMonth() == month) {
            return;
        }
        save(() -> wheel.setStartMonth(centre.id(), month), selected.get() == null ? -1
                : selected.get().activity().id());
    }

    /** Adds back the rows of Bilaga 6 the centre removed; says how many. */
    public void restoreBilaga6(Consumer<Integer> onDone) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            return;
        }
        runner.run(messages.get("task.saving"), p -> wheel.restoreBilaga6(centre.id()), count -> {
            refresh();
            onDone.accept(count);
        });
    }

    // --- documents ---

    /** "Årshjul Familjecentralen Solsidan 2026", the start of a suggested file name. */
    public String fileName() {
        WheelYear shown = year.get();
        String centre = context.centre() == null ? "" : context.centre().name();
        return messages.get("wheel.fileName", centre, shown == null ? String.valueOf(context.year())
                : shown.year().label().replace('/', '-'));
    }

    /** Writes the year in view as a calendar file; {@code done} gets the number of events. */
    public void exportCalendar(java.nio.file.Path target, Consumer<Integer> done) {
        WheelYear shown = year.get();
        CentreSummary centre = context.centre();
        if (shown == null || centre == null) {
            return;
        }
        runner.run(messages.get("task.exportingCalendar"), p -> WheelExports.calendar(centre.name(), shown, clock,
                target), done);
    }

    /** Writes the year in view as a PDF of the chosen kind. */
    public void exportPdf(java.nio.file.Path target, WheelExports.Kind kind, Runnable done) {
        WheelYear shown = year.get();
        CentreSummary centre = context.centre();
        if (shown == null || centre == null) {
            return;
        }
        runner.run(messages.get("task.exportingPdf"), p -> {
            WheelExports.pdf(centre.name(), shown, kind, target);
            return Boolean.TRUE;
        }, ok -> done.run());
    }

    /** An editor for a new activity (in the chosen one's month, or this month) or for {@code existing}. */
    public ActivityEditorViewModel editor(Occurrence existing) {
        Month month = selected.get() != null ? selected.get().month() : today().getMonth();
        return new ActivityEditorViewModel(wheel, messages, existing == null ? null : existing.activity().draft(),
                month);
    }

    private void save(ThrowingAction action, long selectAfter) {
        runner.run(messages.get("task.saving"), p -> {
            action.run();
            return Boolean.TRUE;
        }, ok -> refreshSelecting(selectAfter), failure -> {
            runner.reportFailure(failure);
            refreshSelecting(selectAfter); // show what is saved, not what was tried
        });
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
