package se.samordna.app.centre;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.ui.EditConflict;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreContents;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.common.ChangedByOther;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;

/**
 * The family-centre register: the list, the editor of the selected centre (saved as it is edited,
 * each change one transaction) and its people.
 */
public final class CentresViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final CentreService service;
    private final BackupService backups;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;

    // Properties: the editor's fields, bound to the view.
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<CentreKind> kind = new SimpleObjectProperty<>(this, "kind", CentreKind.FAMILJECENTRAL);
    private final StringProperty municipality = new SimpleStringProperty(this, "municipality", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty catchmentArea = new SimpleStringProperty(this, "catchmentArea", "");
    private final StringProperty otherProfessions = new SimpleStringProperty(this, "otherProfessions", "");
    private final Map<Part, BooleanProperty> parts = new EnumMap<>(Part.class);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);

    private final ObjectProperty<EditConflict> conflict = new SimpleObjectProperty<>(this, "conflict");
    /** The row version each centre's next save is made against; read and advanced by the worker. */
    private final Map<Long, Integer> versions = new ConcurrentHashMap<>();

    private Centre loaded;
    private boolean populating;

    public CentresViewModel(CentreService service, BackupService backups, TaskRunner runner, Messages messages,
                            WorkContext context) {
        this.service = service;
        this.backups = backups;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        // The user's access arrives after the window is shown (on the server): the open centre follows it.
        context.accessProperty().addListener((obs, old, access) -> {
            if (loaded != null) {
                showAccess(loaded.id());
            }
        });
        for (Part part : Part.values()) {
            parts.put(part, new SimpleBooleanProperty(this, part.name(), false));
        }
        for (String field : List.of(CentreService.FIELD_NAME, CentreService.FIELD_KIND,
                CentreService.FIELD_MUNICIPALITY, CentreService.FIELD_REGION, CentreService.FIELD_CATCHMENT_AREA,
                CentreService.FIELD_OTHER_PROFESSIONS)) {
            fieldErrors.put(field, new ReadOnlyStringWrapper(this, field + "Error", ""));
        }
        List.of(name, municipality, region, catchmentArea, otherProfessions)
                .forEach(p -> p.addListener((obs, old, value) -> edited()));
        kind.addListener((obs, old, value) -> edited());
        parts.values().forEach(p -> p.addListener((obs, old, value) -> edited()));
        context.centreProperty().addListener((obs, old, selected) -> {
            if (old != null && selected != null && old.id() == selected.id()) {
                return; // the same centre, renamed: keep editing undisturbed
            }
            if (old != null) {
                save();
            }
            load(selected);
        });
    }

    // --- Properties ---

    public ObservableList<CentreSummary> centres() {
        return context.centres();
    }

    public ObjectProperty<CentreSummary> selectedProperty() {
        return context.centreProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CentreKind> kindProperty() {
        return kind;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty catchmentAreaProperty() {
        return catchmentArea;
    }

    public StringProperty otherProfessionsProperty() {
        return otherProfessions;
    }

    public BooleanProperty partProperty(Part part) {
        return parts.get(part);
    }

    public ObservableList<Person> people() {
        return people;
    }

    /** The message for a field of the editor, "" when the field is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** What the user may do (WorkContext): the page leaves out what the server would refuse. */
    public javafx.beans.property.ObjectProperty<se.samordna.core.access.CurrentAccess> accessProperty() {
        return context.accessProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /**
     * Someone else saved what this window was saving (null when not): the view asks the user to take
     * theirs or keep theirs own. Nothing of the centre is saved while it is open.
     */
    public ReadOnlyObjectProperty<EditConflict> conflictProperty() {
        return conflict;
    }

    /** Whether the user is in the middle of something that a refresh from the server would disturb. */
    public boolean isEditing() {
        return conflict.get() != null || (loaded != null && !currentDetails().equals(loaded.details()));
    }

    // --- Commands ---

    /** Loads the list of centres, keeping the selection or choosing {@code preferId}. */
    public void refreshList(long preferId) {
        runner.run(messages.get("task.loadingCentres"), p -> service.list(),
                list -> context.setCentres(list, preferId));
    }

    /**
     * Someone else changed things (the server's change marker moved): reads the open centre anew,
     * unless the user has begun an edit meanwhile (then their save meets any conflict as usual).
     */
    public void reloadIfIdle() {
        CentreSummary selected = context.centre();
        if (selected == null || loaded == null || isEditing()) {
            return;
        }
        runner.run(messages.get("task.loadingCentre"), p -> service.get(selected.id()), centre -> {
            CentreSummary current = context.centre();
            if (current != null && current.id() == centre.id() && !isEditing()) {
                versions.put(centre.id(), centre.version());
                loaded = centre;
                populate(centre);
            }
        });
    }

    /** Saves the editor if it changed and is valid; field errors are shown otherwise. */
    public void save() {
        if (loaded == null || populating || conflict.get() != null) {
            return;
        }
        CentreDetails details = currentDetails();
        if (details.equals(loaded.details())) {
            return;
        }
        List<FieldError> errors = service.validate(details);
        showErrors(errors);
        if (!errors.isEmpty()) {
            saveState.set(messages.get("centre.notSaved"));
            return;
        }
        long id = loaded.id();
        CentreDetails lastSaved = loaded.details();
        loaded = loaded.withDetails(details);
        saveState.set(messages.get("centre.saving"));
        runner.run(messages.get("task.savingCentre"), p -> saveAgainst(id, details, versions.get(id)),
                saved -> savedDetails(saved), failure -> {
            if (failure instanceof ChangedByOther changed) {
                offerConflict(id, details, changed);
                return;
            }
            if (loaded != null && loaded.id() == id) {
                loaded = loaded.withDetails(lastSaved); // retried on next edit
            }
            if (failure instanceof ValidationException invalid) {
                saveState.set(messages.get("centre.notSaved"));
                showErrors(invalid.errors());
            } else {
                // Not the user's input: the disk or the database. The dialog says what; kept until the next edit.
                saveState.set(messages.get("centre.notSavedFailure"));
                runner.reportFailure(failure);
            }
        });
    }

    // --- Conflicts: someone else saved first ---

    private Centre saveAgainst(long id, CentreDetails details, Integer version) {
        Centre saved = version == null ? service.update(id, details) : service.update(id, details, version);
        versions.put(id, saved.version());
        return saved;
    }

    private void savedDetails(Centre saved) {
        if (loaded != null && loaded.id() == saved.id()) {
            loaded = new Centre(saved.id(), loaded.details(), saved.people(), saved.updatedAt(), saved.version(),
                    saved.updatedBy());
        }
        saveState.set(messages.get("centre.savedAt", TIME.format(LocalTime.now())));
        replaceSummary(saved.summary());
    }

    private void offerConflict(long id, CentreDetails mine, ChangedByOther changed) {
        Centre theirs = changed.theirs(Centre.class);
        saveState.set(messages.get("conflict.notSaved"));
        conflict.set(new EditConflict(heading(changed), differences(mine, theirs.details()), () -> {
            conflict.set(null);
            versions.put(id, theirs.version());
            if (loaded != null && loaded.id() == id) {
                loaded = theirs;
                populate(theirs);
                saveState.set(messages.get("conflict.tookTheirs"));
            }
        }, () -> {
            conflict.set(null);
            versions.put(id, changed.storedVersion());
            runner.run(messages.get("task.savingCentre"), p -> saveAgainst(id, mine, changed.storedVersion()),
                    this::savedDetails, failure -> {
                if (failure instanceof ChangedByOther again) {
                    offerConflict(id, mine, again);
                } else {
                    saveState.set(messages.get("centre.notSavedFailure"));
                    runner.reportFailure(failure);
                }
            });
        }));
    }

    private String heading(ChangedByOther changed) {
        String when = WHEN.withLocale(messages.locale())
                .format(LocalDateTime.ofInstant(changed.changedAt(), ZoneId.systemDefault()));
        return changed.changedBy().isBlank() ? messages.get("conflict.headingUnknown", when)
                : messages.get("conflict.heading", changed.changedBy(), when);
    }

    private List<EditConflict.Difference> differences(CentreDetails mine, CentreDetails theirs) {
        List<EditConflict.Difference> differences = new ArrayList<>();
        difference(differences, "centre.name", mine.name(), theirs.name());
        difference(differences, "centre.kind", messages.label(mine.kind()), messages.label(theirs.kind()));
        difference(differences, "centre.municipality", mine.municipality(), theirs.municipality());
        difference(differences, "centre.region", mine.region(), theirs.region());
        difference(differences, "centre.catchmentArea", mine.catchmentArea(), theirs.catchmentArea());
        difference(differences, "centre.parts", partNames(mine.parts()), partNames(theirs.parts()));
        difference(differences, "centre.otherProfessions", mine.otherProfessions(), theirs.otherProfessions());
        return differences;
    }

    private List<EditConflict.Difference> differences(PersonDetails mine, PersonDetails theirs) {
        List<EditConflict.Difference> differences = new ArrayList<>();
        difference(differences, "person.role", messages.label(mine.role()), messages.label(theirs.role()));
        difference(differences, "person.name", mine.name(), theirs.name());
        difference(differences, "person.title", mine.title(), theirs.title());
        difference(differences, "person.organisation", mine.organisation(), theirs.organisation());
        difference(differences, "person.email", mine.email(), theirs.email());
        difference(differences, "person.phone", mine.phone(), theirs.phone());
        return differences;
    }

    private void difference(List<EditConflict.Difference> differences, String labelKey, String mine, String theirs) {
        if (!java.util.Objects.equals(mine, theirs)) {
            differences.add(new EditConflict.Difference(messages.get(labelKey), mine, theirs));
        }
    }

    private String partNames(Set<Part> chosen) {
        return chosen.stream().sorted().map(messages::label).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Creates a centre and selects it; {@code onInvalid} gets the field errors if it cannot. */
    public void create(CentreDetails details, Runnable onCreated, Consumer<List<FieldError>> onInvalid) {
        List<FieldError> errors = service.validate(details);
        if (!errors.isEmpty()) {
            onInvalid.accept(errors);
            return;
        }
        runner.run(messages.get("task.savingCentre"), p -> {
            Centre created = service.create(details);
            return new Created(created, service.list());
        }, result -> {
            context.setCentres(result.list(), result.centre().id());
            onCreated.run();
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                onInvalid.accept(invalid.errors());
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    /** Finds what would go with the selected centre, for the confirmation. */
    public void contentsOfSelected(Consumer<CentreContents> onReady) {
        CentreSummary selected = context.centre();
        if (selected == null) {
            return;
        }
        runner.run(messages.get("task.loadingCentre"), p -> service.contentsOf(selected.id()), onReady);
    }

    /** The confirmation text for removing a centre with {@code contents}. */
    public String describeRemoval(CentreContents contents) {
        StringBuilder text = new StringBuilder(messages.get("centre.remove.question", contents.centreName()));
        text.append("\n\n");
        if (contents.isEmpty()) {
            text.append(messages.get("centre.remove.nothingElse"));
        } else {
            text.append(messages.get("centre.remove.goesWith")).append('\n');
            if (contents.people() > 0) {
                text.append("• ").append(messages.get("centre.remove.people", contents.people())).append('\n');
            }
            contents.documents().forEach((kindKey, count) ->
                    text.append("• ").append(messages.get(kindKey, count)).append('\n'));
        }
        // On the shared server Samordna makes no backup first: the server's own backups stand behind it.
        text.append('\n').append(messages.get(backups.isLocal() ? "centre.remove.backupFirst" : "centre.remove.onServer"));
        return text.toString();
    }

    /** Removes the selected centre, after a backup so the removal can be undone by a restore. */
    public void removeSelected() {
        CentreSummary selected = context.centre();
        if (selected == null) {
            return;
        }
        loaded = null;
        runner.run(messages.get("task.removingCentre"), p -> {
            if (backups.isLocal()) {
                backups.create(Backup.Reason.BEFORE_DELETE);
            }
            service.delete(selected.id());
            return service.list();
        }, list -> context.setCentres(list, -1));
    }

    public void addPerson(PersonDetails details) {
        if (loaded == null) {
            return;
        }
        long centreId = loaded.id();
        runner.run(messages.get("task.savingPerson"), p -> {
            service.addPerson(centreId, details);
            return service.get(centreId);
        }, this::showPeople);
    }

    public void updatePerson(Person person, PersonDetails details) {
        updatePerson(person, details, person.version());
    }

    private void updatePerson(Person person, PersonDetails details, int version) {
        runner.run(messages.get("task.savingPerson"), p -> {
            service.updatePerson(person.id(), details, version);
            return service.get(person.centreId());
        }, this::showPeople, failure -> {
            if (failure instanceof ChangedByOther changed) {
                Person theirs = changed.theirs(Person.class);
                conflict.set(new EditConflict(heading(changed), differences(details, theirs.details()), () -> {
                    conflict.set(null);
                    runner.run(messages.get("task.loadingCentre"), p -> service.get(person.centreId()),
                            this::showPeople);
                }, () -> {
                    conflict.set(null);
                    updatePerson(person, details, changed.storedVersion());
                }));
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    public void removePerson(Person person) {
        runner.run(messages.get("task.savingPerson"), p -> {
            service.removePerson(person.id());
            return service.get(person.centreId());
        }, this::showPeople);
    }

    /** A fresh editor for a person of the selected centre (or for {@code existing}). */
    public PersonEditorViewModel personEditor(Person existing) {
        PersonEditorViewModel editor = new PersonEditorViewModel(service, messages,
                existing == null ? null : existing.details());
        if (existing == null && people.stream().anyMatch(p -> p.role() == se.samordna.core.centre.Role.SAMORDNARE)) {
            editor.roleProperty().set(se.samordna.core.centre.Role.LEDNINGSGRUPP);
        }
        return editor;
    }

    // --- Internals ---

    private void load(CentreSummary summary) {
        if (summary == null) {
            loaded = null;
            populate(null);
            return;
        }
        runner.run(messages.get("task.loadingCentre"), p -> service.get(summary.id()), centre -> {
            CentreSummary current = context.centre();
            if (current != null && current.id() == centre.id()) {
                versions.put(centre.id(), centre.version());
                loaded = centre;
                populate(centre);
            }
        });
    }

    private void populate(Centre centre) {
        populating = true;
        try {
            CentreDetails details = centre == null ? new CentreDetails("", CentreKind.FAMILJECENTRAL, "", "", "",
                    Set.of(), "") : centre.details();
            name.set(details.name());
            kind.set(details.kind());
            municipality.set(details.municipality());
            region.set(details.region());
            catchmentArea.set(details.catchmentArea());
            otherProfessions.set(details.otherProfessions());
            parts.forEach((part, property) -> property.set(details.parts().contains(part)));
            people.setAll(centre == null ? List.of() : centre.people());
            showErrors(List.of());
            if (centre == null) {
                saveState.set("");
                editable.set(false);
            } else {
                showAccess(centre.id());
            }
        } finally {
            populating = false;
        }
    }

    /** Whether the user may change centre {@code id}: its fields open or locked, and the line saying which. */
    private void showAccess(long id) {
        boolean mayEdit = context.canEdit(id);
        editable.set(mayEdit);
        saveState.set(messages.get(mayEdit ? "centre.autosave" : "centre.seeOnly"));
    }

    private void showPeople(Centre centre) {
        if (loaded != null && loaded.id() == centre.id()) {
            loaded = new Centre(centre.id(), loaded.details(), centre.people(), loaded.updatedAt(), loaded.version(),
                    loaded.updatedBy());
            people.setAll(centre.people());
            saveState.set(messages.get("centre.savedAt", TIME.format(LocalTime.now())));
        }
    }

    private void edited() {
        if (populating || loaded == null) {
            return;
        }
        showErrors(service.validate(currentDetails()));
    }

    private CentreDetails currentDetails() {
        Set<Part> chosen = EnumSet.noneOf(Part.class);
        parts.forEach((part, property) -> {
            if (property.get()) {
                chosen.add(part);
            }
        });
        return new CentreDetails(name.get(), kind.get(), municipality.get(), region.get(), catchmentArea.get(),
                chosen, otherProfessions.get());
    }

    private void showErrors(List<FieldError> errors) {
        fieldErrors.values().forEach(error -> error.set(""));
        for (FieldError error : errors) {
            ReadOnlyStringWrapper target = fieldErrors.get(error.field());
            if (target != null && target.get().isEmpty()) {
                target.set(messages.describe(error));
            }
        }
    }

    private void replaceSummary(CentreSummary summary) {
        ObservableList<CentreSummary> list = context.centres();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == summary.id() && !list.get(i).equals(summary)) {
                boolean wasSelected = context.centre() != null && context.centre().id() == summary.id();
                list.set(i, summary);
                if (wasSelected) {
                    context.centreProperty().set(summary);
                }
            }
        }
    }

    private record Created(Centre centre, List<CentreSummary> list) {
    }
}
