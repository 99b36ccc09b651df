package se.samordna.app.reflection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.common.FileNames;
import se.samordna.core.common.SafeFiles;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.reflection.AgreedRating;
import se.samordna.core.reflection.FollowUp;
import se.samordna.core.reflection.FollowUpMethod;
import se.samordna.core.reflection.IndividualRating;
import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.ReflectionPdf;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.reflection.WorkshopSummary;

/**
 * One workshop, step by step (Bilaga 5). Every rating and comment goes to the database the moment
 * it is given; the screen keeps a local copy so it never waits for a save.
 *
 * <p>Step I is a wall between participants: only the participant at the laptop (the first who has not
 * handed over) has rows here, handing over is final and stored at once, and no command brings an
 * earlier participant's ratings back. Individual ratings reach the screen again only together, in
 * the spread and the group's suggestions, once everyone has rated (or the coordinator ends step I).
 */
public final class WorkshopViewModel {

    /** The pages of a workshop: the five steps, and the result. */
    public enum Page {
        STEP1, STEP2, STEP3, STEP4, STEP5, RESULT;

        int step() {
            return this == RESULT ? 5 : ordinal() + 1;
        }
    }

    private final ReflectionService service;
    private final GoalService goals;
    private final TaskRunner runner;
    private final Messages messages;
    private final String centreName;
    /** Told when the step or the state changes, so the list of workshops says where this one is. */
    private final Consumer<WorkshopSummary> summaryChanged;

    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>(this, "workshop");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.STEP1);
    private final ReadOnlyIntegerWrapper participant = new ReadOnlyIntegerWrapper(this, "participant", 1);
    private final ReadOnlyBooleanWrapper handingOver = new ReadOnlyBooleanWrapper(this, "handingOver");
    private final ReadOnlyBooleanWrapper ratingsClosed = new ReadOnlyBooleanWrapper(this, "ratingsClosed");
    private final ObservableList<RatingRow> individualRows = FXCollections.observableArrayList();
    private final ObservableList<AgreedRow> agreedRows = FXCollections.observableArrayList();
    private final ObservableList<StatementStats> spread = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper participantsDone = new ReadOnlyIntegerWrapper(this, "participantsDone");
    private final ReadOnlyBooleanWrapper everyoneHasRated = new ReadOnlyBooleanWrapper(this, "everyoneHasRated");
    private final ReadOnlyBooleanWrapper revealAnyway = new ReadOnlyBooleanWrapper(this, "revealAnyway", false);
    private final ReadOnlyBooleanWrapper spreadShown = new ReadOnlyBooleanWrapper(this, "spreadShown");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ObservableList<YearGoal> yearGoals = FXCollections.observableArrayList();
    private final ObservableList<Workshop> history = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>(this, "followUpDate");
    private final Map<FollowUpMethod, BooleanProperty> followUpMethods = new EnumMap<>(FollowUpMethod.class);
    private final StringProperty followUpNote = new SimpleStringProperty(this, "followUpNote", "");
    /**
     * The ratings the database has confirmed (participant and statement to rating): what "N av 30"
     * counts, so the screen never claims a rating a crash could still take away.
     */
    private final Map<String, Rating> committed = new java.util.HashMap<>();
    private final ReadOnlyIntegerWrapper committedChanges = new ReadOnlyIntegerWrapper(this, "committedChanges");
    private boolean populating;

    WorkshopViewModel(ReflectionService service, GoalService goals, TaskRunner runner, Messages messages,
                      String centreName) {
        this(service, goals, runner, messages, centreName, summary -> { });
    }

    WorkshopViewModel(ReflectionService service, GoalService goals, TaskRunner runner, Messages messages,
                      String centreName, Consumer<WorkshopSummary> summaryChanged) {
        this.summaryChanged = summaryChanged;
        this.service = service;
        this.goals = goals;
        this.runner = runner;
        this.messages = messages;
        this.centreName = centreName;
        for (FollowUpMethod method : FollowUpMethod.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, method.name(), false);
            property.addListener((obs, old, value) -> saveFollowUp());
            followUpMethods.put(method, property);
        }
        followUpDate.addListener((obs, old, value) -> saveFollowUp());
        spreadShown.bind(everyoneHasRated.or(revealAnyway));
        spreadShown.addListener((obs, old, shown) -> refreshAgreed());
    }

    // --- Properties ---

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public Workshop workshop() {
        return workshop.get();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /** The participant at the laptop in step I: the first who has not handed over. */
    public ReadOnlyIntegerProperty participantProperty() {
        return participant.getReadOnlyProperty();
    }

    /** True while the hand-over screen is up: the last participant's rows are gone, the next has none yet. */
    public ReadOnlyBooleanProperty handingOverProperty() {
        return handingOver.getReadOnlyProperty();
    }

    /** True when every participant has handed over: step I shows no one's ratings any more. */
    public ReadOnlyBooleanProperty ratingsClosedProperty() {
        return ratingsClosed.getReadOnlyProperty();
    }

    public ObservableList<RatingRow> individualRows() {
        return individualRows;
    }

    public ObservableList<AgreedRow> agreedRows() {
        return agreedRows;
    }

    /** The statements' spread, those where views differ most first; empty until it may be shown. */
    public ObservableList<StatementStats> spread() {
        return spread;
    }

    public ReadOnlyIntegerProperty participantsDoneProperty() {
        return participantsDone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty everyoneHasRatedProperty() {
        return everyoneHasRated.getReadOnlyProperty();
    }

    /** The coordinator has shown the spread before everyone had rated (someone left early). */
    public ReadOnlyBooleanProperty revealAnywayProperty() {
        return revealAnyway.getReadOnlyProperty();
    }

    /**
     * True when the individual ratings may be shown together (spread, suggestions): everyone has
     * rated, or the coordinator ended step I. Until then {@link #spread()} is empty and the rows of
     * {@link #agreedRows()} carry no figures, so no page can show a single participant's answers.
     */
    public ReadOnlyBooleanProperty spreadShownProperty() {
        return spreadShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ObservableList<YearGoal> goals() {
        return yearGoals;
    }

    /** This centre's workshops up to and including this one, oldest first. */
    public ObservableList<Workshop> history() {
        return history;
    }

    public ObjectProperty<LocalDate> followUpDateProperty() {
        return followUpDate;
    }

    public BooleanProperty followUpMethodProperty(FollowUpMethod method) {
        return followUpMethods.get(method);
    }

    public StringProperty followUpNoteProperty() {
        return followUpNote;
    }

    public String centreName() {
        return centreName;
    }

    /** The statement's number on the form (1–30, then the centre's own ones), whatever order it is shown in. */
    public int number(Statement statement) {
        Workshop current = workshop.get();
        return current == null ? 0 : current.statements().indexOf(statement) + 1;
    }

    /** "28. Kurator": the title with the statement's number, so statements with the same title tell apart. */
    public String numberedTitle(Statement statement) {
        return messages.get("workshop.numbered", number(statement), statement.title());
    }

    // --- Commands ---

    void load(long workshopId, Runnable done) {
        runner.run(messages.get("task.loadingWorkshop"), p -> new Loaded(service.get(workshopId),
                service.history(service.get(workshopId).centreId()), goals.ofWorkshop(workshopId)), loaded -> {
                    show(loaded);
                    done.run();
                });
    }

    /** Goes to a page; the step is remembered so the workshop resumes there. */
    public void goTo(Page next) {
        page.set(next);
        Workshop current = workshop.get();
        if (next == Page.STEP2 || next == Page.STEP3 || next == Page.STEP4 || next == Page.RESULT) {
            refreshAgreed();
        }
        if (current != null && current.status() == WorkshopStatus.PAGAENDE && next != Page.RESULT) {
            long id = current.id();
            int step = next.step();
            runner.run(messages.get("task.savingWorkshop"), p -> {
                service.goTo(id, step);
                return null;
            }, done -> {
                Workshop now = workshop.get();
                if (now != null && now.id() == id && now.step() != step) {
                    workshop.set(new Workshop(now.id(), now.centreId(), now.details(), now.status(), step,
                            now.handedOver(), now.followUp(), now.statements(), now.ratings(), now.agreed()));
                    summaryChanged.accept(summary(workshop.get()));
                }
            });
        }
    }

    /**
     * Step I: the participant at the laptop is done. Their rows go at once and they are behind the
     * wall for good (stored before anything else is saved); the hand-over screen is up until
     * {@link #startNextParticipant()}. There is no way back to them.
     */
    public void handOver() {
        Workshop current = workshop.get();
        if (current == null || !editable.get() || handingOver.get() || current.everyoneHasHandedOver()) {
            return;
        }
        int who = participant.get();
        individualRows.clear();
        handingOver.set(true);
        setHandedOver(current, who);
    }

    /** Passes the hand-over screen: the next participant starts, or after the last one the dialogue. */
    public void startNextParticipant() {
        if (!handingOver.get()) {
            return;
        }
        handingOver.set(false);
        Workshop current = workshop.get();
        if (current.everyoneHasHandedOver()) {
            goTo(Page.STEP2);
        } else {
            participant.set(current.atTheLaptop().orElseThrow());
            buildIndividualRows();
            goTo(Page.STEP1);
        }
    }

    /**
     * The coordinator shows the spread although not everyone has rated (someone had to leave). That
     * ends step I: whoever has not handed over yet is put behind the wall too, so no one can go back
     * to rating with the others' answers in view.
     */
    public void revealSpreadAnyway() {
        Workshop current = workshop.get();
        if (current == null) {
            return;
        }
        if (editable.get() && !current.everyoneHasHandedOver()) {
            individualRows.clear();
            handingOver.set(false);
            setHandedOver(current, current.participants());
        }
        revealAnyway.set(true);
    }

    /**
     * How far the participant at the laptop has come: answered statements of all, counting only
     * ratings the database has confirmed (a key press shows on the form at once, and here once saved).
     */
    public String progress() {
        Workshop current = workshop.get();
        int who = participant.get();
        long answered = current.statements().stream()
                .filter(s -> committed.getOrDefault(key(who, s.key()), Rating.NONE).answered()).count();
        return messages.get("workshop.progress", answered, current.statements().size());
    }

    /** Changes whenever a rating is confirmed saved: a dependency for what shows {@link #progress()}. */
    public ReadOnlyIntegerProperty committedChangesProperty() {
        return committedChanges.getReadOnlyProperty();
    }

    private static String key(int participant, String statementKey) {
        return participant + "/" + statementKey;
    }

    private void rememberCommitted(Workshop saved) {
        committed.clear();
        saved.ratings().forEach(r -> committed.put(key(r.participant(), r.statementKey()), r.rating()));
        committedChanges.set(committedChanges.get() + 1);
    }

    public void saveNote(RatingRow row) {
        Workshop current = workshop.get();
        int who = row.participant();
        if (current == null || populating || !editable.get() || current.hasHandedOver(who)) {
            return;
        }
        String key = row.statement().key();
        String note = row.noteProperty().get();
        if (note.equals(current.rating(who, key).note())) {
            return;
        }
        replaceRating(new IndividualRating(who, key, current.rating(who, key).rating(), note));
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.comment(current.id(), who, key, note);
            return null;
        }, done -> { });
    }

    public void saveAgreedNote(AgreedRow row) {
        Workshop current = workshop.get();
        if (current == null || populating || !editable.get()) {
            return;
        }
        String key = row.statement().key();
        String note = row.noteProperty().get();
        if (note.equals(current.agreed(key).note())) {
            return;
        }
        replaceAgreed(new AgreedRating(key, current.agreed(key).rating(), note, current.agreed(key).improvement()));
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.agreeNote(current.id(), key, note);
            return null;
        }, done -> { });
    }

    public void addGoal(int year, String originRef, GoalDraft draft, Consumer<List<se.samordna.core.common.FieldError>> invalid) {
        Workshop current = workshop.get();
        var errors = goals.validate(draft);
        if (!errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        runner.run(messages.get("task.savingWorkshop"), p -> {
            goals.add(current.centreId(), year, GoalSource.SJALVREFLEKTION, current.id(), originRef, draft);
            return goals.ofWorkshop(current.id());
        }, yearGoals::setAll);
    }

    public void updateGoal(YearGoal goal, int year, GoalDraft draft, Consumer<List<se.samordna.core.common.FieldError>> invalid) {
        var errors = goals.validate(draft);
        if (!errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        long workshopId = workshop.get().id();
        runner.run(messages.get("task.savingWorkshop"), p -> {
            goals.update(goal.id(), year, draft);
            return goals.ofWorkshop(workshopId);
        }, yearGoals::setAll);
    }

    public void removeGoal(YearGoal goal) {
        long workshopId = workshop.get().id();
        runner.run(messages.get("task.savingWorkshop"), p -> {
            goals.remove(goal.id());
            return goals.ofWorkshop(workshopId);
        }, yearGoals::setAll);
    }

    public void setPrioritized(YearGoal goal, boolean prioritized) {
        long workshopId = workshop.get().id();
        runner.run(messages.get("task.savingWorkshop"), p -> {
            goals.setPrioritized(goal.id(), prioritized);
            return goals.ofWorkshop(workshopId);
        }, yearGoals::setAll, failure -> {
            runner.reportFailure(failure);
            yearGoals.setAll(new ArrayList<>(yearGoals));
        });
    }

    public void finish() {
        long id = workshop.get().id();
        runner.run(messages.get("task.savingWorkshop"), p -> service.finish(id), this::replaceWorkshop);
    }

    public void reopen() {
        long id = workshop.get().id();
        runner.run(messages.get("task.savingWorkshop"), p -> service.reopen(id), this::replaceWorkshop);
    }

    /** The result as PDF (Bilaga 4 table, area chart with earlier workshops, goals, follow-up). */
    /** Saves the result; {@code done} learns which characters of the comments no font had (printed as "?"). */
    public void exportResult(Path target, Consumer<FlowDocument.Report> done) {
        Workshop current = workshop.get();
        List<Workshop> earlier = List.copyOf(history);
        List<YearGoal> theGoals = List.copyOf(yearGoals);
        runner.run(messages.get("task.exportingPdf"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlowDocument.Report written = ReflectionPdf.result(new ReflectionPdf.ResultRequest(centreName,
                    service.get(current.id()), earlier, theGoals), out);
            SafeFiles.write(target, out.toByteArray());
            return written;
        }, done);
    }

    /** The result PDF's suggested name, with the day the workshop was held. */
    public String resultFileName() {
        return FileNames.safe(messages.get("workshop.result.fileName", workshop.get().details().heldOn().toString())
                + ".pdf");
    }

    /** The step I form's suggested name. */
    public String blankFormFileName() {
        return FileNames.safe(messages.get("workshop.formFileName") + ".pdf");
    }

    /** The step I form to print, with this workshop's statements. */
    public void exportBlankForm(Path target, Runnable done) {
        List<Statement> statements = workshop.get().statements();
        runner.run(messages.get("task.exportingPdf"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReflectionPdf.blankForm(centreName, statements, out);
            SafeFiles.write(target, out.toByteArray());
            return target;
        }, path -> done.run());
    }

    // --- Internals ---

    private void show(Loaded loaded) {
        populating = true;
        try {
            workshop.set(loaded.workshop());
            rememberCommitted(loaded.workshop());
            editable.set(loaded.workshop().status() == WorkshopStatus.PAGAENDE);
            history.setAll(loaded.history());
            yearGoals.setAll(loaded.goals());
            FollowUp followUp = loaded.workshop().followUp();
            followUpDate.set(followUp.date());
            followUpMethods.forEach((method, property) -> property.set(followUp.methods().contains(method)));
            followUpNote.set(followUp.note());
            participant.set(loaded.workshop().atTheLaptop().orElse(loaded.workshop().participants()));
            handingOver.set(false);
            revealAnyway.set(false);
            countDone();
        } finally {
            populating = false;
        }
        buildIndividualRows();
        refreshAgreed();
        page.set(loaded.workshop().status() == WorkshopStatus.AVSLUTAD ? Page.RESULT
                : Page.values()[loaded.workshop().step() - 1]);
    }

    /** The rows of the participant at the laptop; none once they, or everyone, have handed over. */
    private void buildIndividualRows() {
        Workshop current = workshop.get();
        int who = participant.get();
        if (current.hasHandedOver(who) || handingOver.get()) {
            individualRows.clear();
            return;
        }
        List<RatingRow> rows = new ArrayList<>();
        for (Statement statement : current.statements()) {
            IndividualRating existing = current.rating(who, statement.key());
            RatingRow row = new RatingRow(who, statement, existing.rating(), existing.note());
            row.ratingProperty().addListener((obs, old, value) -> saveRating(who, statement.key(), value));
            rows.add(row);
        }
        individualRows.setAll(rows);
    }

    private void refreshAgreed() {
        Workshop current = workshop.get();
        if (current == null) {
            return;
        }
        // Until the spread may be shown, the suggestions are worked out from no ratings at all: with one
        // participant done, the median would be that participant's answer.
        List<IndividualRating> shown = spreadShown.get() ? current.ratings() : List.of();
        List<AgreedRow> rows = new ArrayList<>();
        for (Statement statement : current.statements()) {
            AgreedRating agreed = current.agreed(statement.key());
            AgreedRow row = new AgreedRow(statement, ReflectionMath.stats(statement.key(), shown),
                    agreed.rating(), agreed.note(), agreed.improvement());
            row.ratingProperty().addListener((obs, old, value) -> saveAgreed(row, value));
            row.improvementProperty().addListener((obs, old, value) -> saveImprovement(row, value));
            rows.add(row);
        }
        agreedRows.setAll(rows);
        spread.setAll(spreadShown.get() ? ReflectionMath.byDisagreement(current) : List.of());
    }

    private void saveRating(int who, String key, Rating rating) {
        Workshop current = workshop.get();
        if (populating || !editable.get() || current.hasHandedOver(who)) {
            return;
        }
        replaceRating(new IndividualRating(who, key, rating, current.rating(who, key).note()));
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.rate(current.id(), who, key, rating);
            return null;
        }, done -> {
            committed.put(key(who, key), rating);
            committedChanges.set(committedChanges.get() + 1);
        });
    }

    private void saveAgreed(AgreedRow row, Rating rating) {
        Workshop current = workshop.get();
        if (populating || !editable.get()) {
            return;
        }
        String key = row.statement().key();
        replaceAgreed(new AgreedRating(key, rating, current.agreed(key).note(), current.agreed(key).improvement()));
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.agree(current.id(), key, rating);
            return null;
        }, done -> { });
    }

    private void saveImprovement(AgreedRow row, boolean improvement) {
        Workshop current = workshop.get();
        if (populating || !editable.get()) {
            return;
        }
        String key = row.statement().key();
        AgreedRating agreed = current.agreed(key);
        replaceAgreed(new AgreedRating(key, agreed.rating(), agreed.note(), improvement));
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.markImprovement(current.id(), key, improvement);
            return null;
        }, done -> { });
    }

    private void saveFollowUp() {
        Workshop current = workshop.get();
        if (current == null || populating || !editable.get()) {
            return;
        }
        Set<FollowUpMethod> methods = EnumSet.noneOf(FollowUpMethod.class);
        followUpMethods.forEach((method, property) -> {
            if (property.get()) {
                methods.add(method);
            }
        });
        FollowUp followUp = new FollowUp(followUpDate.get(), methods, followUpNote.get());
        if (followUp.equals(current.followUp())) {
            return;
        }
        runner.run(messages.get("task.savingWorkshop"), p -> service.setFollowUp(current.id(), followUp),
                saved -> replaceWorkshop(saved));
    }

    /** Saves the follow-up note (called when the text field is left). */
    public void saveFollowUpNote() {
        saveFollowUp();
    }

    private void replaceRating(IndividualRating rating) {
        Workshop current = workshop.get();
        List<IndividualRating> ratings = new ArrayList<>(current.ratings());
        ratings.removeIf(r -> r.participant() == rating.participant() && r.statementKey().equals(rating.statementKey()));
        ratings.add(rating);
        workshop.set(new Workshop(current.id(), current.centreId(), current.details(), current.status(),
                current.step(), current.handedOver(), current.followUp(), current.statements(), ratings,
                current.agreed()));
        countDone();
    }

    /** Participants 1 to {@code who} are behind the wall: here at once, in the database next in line. */
    private void setHandedOver(Workshop current, int who) {
        workshop.set(new Workshop(current.id(), current.centreId(), current.details(), current.status(),
                current.step(), Math.max(current.handedOver(), who), current.followUp(), current.statements(),
                current.ratings(), current.agreed()));
        countDone();
        long id = current.id();
        runner.run(messages.get("task.savingWorkshop"), p -> service.handOver(id, who), saved -> { });
    }

    private void replaceAgreed(AgreedRating agreed) {
        Workshop current = workshop.get();
        Map<String, AgreedRating> all = new java.util.HashMap<>(current.agreed());
        all.put(agreed.statementKey(), agreed);
        workshop.set(new Workshop(current.id(), current.centreId(), current.details(), current.status(),
                current.step(), current.handedOver(), current.followUp(), current.statements(),
                current.ratings(), all));
    }

    private static WorkshopSummary summary(Workshop workshop) {
        return new WorkshopSummary(workshop.id(), workshop.centreId(), workshop.details().year(),
                workshop.details().heldOn(), workshop.participants(), workshop.status(), workshop.step());
    }

    private void replaceWorkshop(Workshop saved) {
        Workshop before = workshop.get();
        if (before == null || before.status() != saved.status() || before.step() != saved.step()) {
            summaryChanged.accept(summary(saved));
        }
        populating = true;
        try {
            workshop.set(saved);
            rememberCommitted(saved);
            editable.set(saved.status() == WorkshopStatus.PAGAENDE);
            countDone();
        } finally {
            populating = false;
        }
        if (saved.hasHandedOver(participant.get())) {
            individualRows.clear();
        }
    }

    private void countDone() {
        participantsDone.set(workshop.get().participantsDone());
        everyoneHasRated.set(workshop.get().everyoneHasRated());
        ratingsClosed.set(workshop.get().everyoneHasHandedOver());
    }


    private record Loaded(Workshop workshop, List<Workshop> history, List<YearGoal> goals) {
    }
}
