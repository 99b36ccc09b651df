package se.samordna.app.reflection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.ValidationException;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.OwnStatement;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.reflection.WorkshopStatus;
import se.samordna.core.reflection.WorkshopSummary;

/** The Självreflektion page: the centre's workshops, starting a new one, and the centre's own statements. */
public final class ReflectionViewModel {
    /** Whether the page is built: until then a change of centre or year loads nothing. */
    private boolean attached;
    private final ReflectionService service;
    private final GoalService goals;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final Clock clock;

    private final ObservableList<WorkshopSummary> workshops = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkshopSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<WorkshopViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<OwnStatement> ownStatements = FXCollections.observableArrayList();

    public ReflectionViewModel(ReflectionService service, GoalService goals, TaskRunner runner, Messages messages,
                               WorkContext context, Clock clock) {
        this.service = service;
        this.goals = goals;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.clock = clock;
        context.onCentreChange(false, () -> {
            if (attached) {
                refreshList(-1);
            }
        });
    }

    /** The page is shown for the first time: load, and from now on follow the centre. */
    public void attach() {
        attached = true;
        refreshList(-1);
    }

    public ObservableList<WorkshopSummary> workshops() {
        return workshops;
    }

    public ReadOnlyObjectProperty<WorkshopSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkshopViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<OwnStatement> ownStatements() {
        return ownStatements;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int year() {
        return context.year();
    }

    public boolean hasCentre() {
        return context.centre() != null;
    }

    public void refreshList(long preferId) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            workshops.clear();
            ownStatements.clear();
            select(null);
            return;
        }
        runner.run(messages.get("task.loadingWorkshops"), p -> new Listed(service.list(centre.id()),
                service.ownStatements(centre.id())), listed -> {
                    workshops.setAll(listed.workshops());
                    ownStatements.setAll(listed.own());
                    WorkshopSummary keep = listed.workshops().stream().filter(w -> w.id() == preferId).findFirst()
                            .or(() -> listed.workshops().stream().filter(w -> w.status() == WorkshopStatus.PAGAENDE)
                                    .findFirst())
                            .orElse(listed.workshops().isEmpty() ? null : listed.workshops().getFirst());
                    select(keep);
                });
    }

    public void select(WorkshopSummary summary) {
        if (summary != null && selected.get() != null && selected.get().id() == summary.id() && current.get() != null) {
            return;
        }
        selected.set(summary);
        if (summary == null) {
            current.set(null);
            return;
        }
        CentreSummary centre = context.centre();
        WorkshopViewModel model = new WorkshopViewModel(service, goals, runner, messages,
                centre == null ? "" : centre.name(), this::summaryChanged);
        model.load(summary.id(), () -> current.set(model));
    }

    /** The open workshop moved to another step, or was finished or reopened: its line in the list follows. */
    private void summaryChanged(WorkshopSummary changed) {
        for (int i = 0; i < workshops.size(); i++) {
            if (workshops.get(i).id() == changed.id()) {
                workshops.set(i, changed);
            }
        }
        if (selected.get() != null && selected.get().id() == changed.id()) {
            selected.set(changed);
        }
    }

    public List<FieldError> validate(WorkshopDetails details) {
        return service.validate(details);
    }

    /** Starts a workshop for the chosen centre; {@code onInvalid} gets what is wrong. */
    public void start(WorkshopDetails details, Runnable onStarted, Consumer<List<FieldError>> onInvalid) {
        CentreSummary centre = context.centre();
        List<FieldError> errors = service.validate(details);
        if (centre == null || !errors.isEmpty()) {
            onInvalid.accept(errors);
            return;
        }
        runner.run(messages.get("task.savingWorkshop"), p -> service.start(centre.id(), details).id(), id -> {
            refreshList(id);
            onStarted.run();
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                onInvalid.accept(invalid.errors());
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    public void updateDetails(WorkshopDetails details, Runnable onSaved, Consumer<List<FieldError>> onInvalid) {
        WorkshopSummary summary = selected.get();
        runner.run(messages.get("task.savingWorkshop"), p -> service.updateDetails(summary.id(), details).id(), id -> {
            current.set(null);
            selected.set(null);
            refreshList(id);
            onSaved.run();
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                onInvalid.accept(invalid.errors());
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    public void deleteSelected() {
        WorkshopSummary summary = selected.get();
        if (summary == null) {
            return;
        }
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.delete(summary.id());
            return -1L;
        }, id -> {
            selected.set(null);
            current.set(null);
            refreshList(id);
        });
    }

    public void addOwnStatement(Area area, String title, String text, Consumer<List<FieldError>> onInvalid) {
        CentreSummary centre = context.centre();
        runner.run(messages.get("task.savingWorkshop"), p -> service.addOwnStatement(centre.id(), area, title, text),
                added -> ownStatements.add(added), failure -> {
                    if (failure instanceof ValidationException invalid) {
                        onInvalid.accept(invalid.errors());
                    } else {
                        runner.reportFailure(failure);
                    }
                });
    }

    public void removeOwnStatement(OwnStatement statement) {
        runner.run(messages.get("task.savingWorkshop"), p -> {
            service.removeOwnStatement(statement.id());
            return statement;
        }, removed -> ownStatements.remove(removed));
    }

    /** One line for a workshop in the list. */
    public String describe(WorkshopSummary summary) {
        String state = summary.status() == WorkshopStatus.AVSLUTAD ? messages.get("workshop.closedState")
                : messages.get("workshop.ongoingState", summary.step());
        return messages.get("workshop.listLine", summary.heldOn().toString(), String.valueOf(summary.year()),
                summary.participants(), state);
    }

    private record Listed(List<WorkshopSummary> workshops, List<OwnStatement> own) {
    }
}
