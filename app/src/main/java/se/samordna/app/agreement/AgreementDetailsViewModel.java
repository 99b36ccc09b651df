package se.samordna.app.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementTemplate;
import se.samordna.core.agreement.CoordinatorTask;
import se.samordna.core.agreement.CoordinatorTerms;
import se.samordna.core.agreement.CostYear;
import se.samordna.core.agreement.MunicipalityNames;
import se.samordna.core.agreement.Party;
import se.samordna.core.agreement.Placeholder;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.Person;

/**
 * The agreement's facts besides its text: the blanks' values, the parties and their signatories,
 * and for a coordinator agreement the coordinator, scope, period, tasks and who pays which year.
 */
public final class AgreementDetailsViewModel {
    /** The blanks a user may set by hand (the scope comes from the terms). */
    public static final List<Placeholder> EDITABLE_VALUES = List.of(Placeholder.FAMILJECENTRAL, Placeholder.KOMMUN,
            Placeholder.KOMMUNFORM, Placeholder.REGION, Placeholder.OMRADE);

    private final AgreementsViewModel parent;
    private final Messages messages;
    private final Map<Placeholder, StringProperty> overrides = new EnumMap<>(Placeholder.class);
    private final Map<Placeholder, ReadOnlyStringWrapper> fromCentre = new EnumMap<>(Placeholder.class);
    private final BooleanProperty coordinatorAgreement = new SimpleBooleanProperty(this, "coordinatorAgreement");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> coordinator = new SimpleObjectProperty<>(this, "coordinator");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<Integer> termYears = new SimpleObjectProperty<>(this, "termYears", 3);
    private final ObjectProperty<Integer> noticeMonths = new SimpleObjectProperty<>(this, "noticeMonths", 3);
    private final ObjectProperty<Integer> collaborationNotice = new SimpleObjectProperty<>(this, "collaborationNotice", 12);
    private final ReadOnlyStringWrapper termsError = new ReadOnlyStringWrapper(this, "termsError", "");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final ReadOnlyStringWrapper taskListHeading = new ReadOnlyStringWrapper(this, "taskListHeading", "");
    private final ObservableList<CoordinatorTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<CostYear> costYears = FXCollections.observableArrayList();
    private final ObservableList<String> payerChoices = FXCollections.observableArrayList();
    private final ObservableList<Party> parties = FXCollections.observableArrayList();
    private Agreement agreement;
    /**
     * The terms this form's last save asked for, while that save may still be on its way: the next
     * save is checked against them, not against the terms shown before it (which would look like
     * someone else's change). Null when the form shows what is stored.
     */
    private CoordinatorTerms termsBasis;
    private boolean populating;

    AgreementDetailsViewModel(AgreementsViewModel parent, Messages messages) {
        this.parent = parent;
        this.messages = messages;
        for (Placeholder placeholder : EDITABLE_VALUES) {
            overrides.put(placeholder, new SimpleStringProperty(this, placeholder.key(), ""));
            fromCentre.put(placeholder, new ReadOnlyStringWrapper(this, placeholder.key() + "FromCentre", ""));
        }
        coordinator.addListener((obs, old, value) -> saveTerms());
        start.addListener((obs, old, value) -> saveTerms());
        termYears.addListener((obs, old, value) -> saveTerms());
        noticeMonths.addListener((obs, old, value) -> saveTerms());
        collaborationNotice.addListener((obs, old, value) -> {
            if (!populating && agreement != null && editable.get() && value != null
                    && value != agreement.noticeMonths()) {
                parent.change("task.savingAgreement", s -> s.setNoticeMonths(agreement.id(), value));
            }
        });
    }

    // --- Properties ---

    public StringProperty overrideProperty(Placeholder placeholder) {
        return overrides.get(placeholder);
    }

    /** What the blank is filled with when no value is set here: the centre's own. */
    public ReadOnlyStringProperty fromCentreProperty(Placeholder placeholder) {
        return fromCentre.get(placeholder).getReadOnlyProperty();
    }

    public BooleanProperty coordinatorAgreementProperty() {
        return coordinatorAgreement;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> coordinatorProperty() {
        return coordinator;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<Integer> termYearsProperty() {
        return termYears;
    }

    public ObjectProperty<Integer> noticeMonthsProperty() {
        return noticeMonths;
    }

    /** The collaboration agreement's notice period (twelve months in the template). */
    public ObjectProperty<Integer> collaborationNoticeProperty() {
        return collaborationNotice;
    }

    public ReadOnlyStringProperty termsErrorProperty() {
        return termsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ObservableList<CoordinatorTask> tasks() {
        return tasks;
    }

    /** The heading of Bilaga 2's task list with the centre's name and municipality filled in. */
    public ReadOnlyStringProperty taskListHeadingProperty() {
        return taskListHeading.getReadOnlyProperty();
    }

    /** The two sentences of Bilaga 2 that introduce its list of recommended tasks. */
    public String taskListIntro() {
        return AgreementTemplate.coordinatorTaskList().intro();
    }

    public ObservableList<CostYear> costYears() {
        return costYears;
    }

    public ObservableList<String> payerChoices() {
        return payerChoices;
    }

    public ObservableList<Party> parties() {
        return parties;
    }

    // --- Commands ---

    /** Saves the value typed for a blank; an empty value means "the centre's". */
    public void saveValue(Placeholder placeholder) {
        if (populating || agreement == null || !editable.get()) {
            return;
        }
        String value = overrides.get(placeholder).get().strip();
        String stored = agreement.values().getOrDefault(placeholder.key(), "");
        if (!value.equals(stored)) {
            parent.change("task.savingAgreement", s -> s.setValue(agreement.id(), placeholder, value));
        }
    }

    /** Saves the coordinator's terms when they are complete enough to be meaningful. */
    public void saveTerms() {
        if (populating || agreement == null || agreement.kind() != AgreementKind.SAMORDNARE || !editable.get()) {
            return;
        }
        BigDecimal percent = parseScope();
        if (percent == null && !scope.get().isBlank()) {
            return;
        }
        CoordinatorTerms terms = new CoordinatorTerms(coordinator.get() == null ? null : coordinator.get().id(), percent,
                start.get(), termYears.get() == null ? 3 : termYears.get(),
                noticeMonths.get() == null ? 3 : noticeMonths.get());
        if (!terms.equals(agreement.terms())) {
            // Refused with "Ändrat av någon annan (namn, tid)" when someone else saved other terms since
            // this form showed them; the stored terms are then shown again (AgreementsViewModel.change).
            CoordinatorTerms basis = termsBasis != null ? termsBasis : agreement.terms();
            termsBasis = terms;
            long id = agreement.id();
            parent.change("task.savingAgreement", s -> s.updateTerms(id, terms, basis));
        }
    }

    public void setTaskIncluded(CoordinatorTask task, boolean included) {
        if (agreement != null && editable.get() && task.included() != included) {
            parent.change("task.savingAgreement", s -> s.setTaskIncluded(task.id(), included));
        }
    }

    /** Adds a task of the centre's own, under {@code parent} (or at the end when null). */
    public void addTask(CoordinatorTask under, String text) {
        if (agreement != null && editable.get() && text != null && !text.isBlank()) {
            parent.change("task.savingAgreement", s -> s.addTask(agreement.id(), under == null ? null : under.id(), text));
        }
    }

    public void removeTask(CoordinatorTask task) {
        parent.change("task.savingAgreement", s -> s.removeTask(task.id()));
    }

    public void setPayer(int year, String payer) {
        parent.change("task.savingAgreement", s -> s.setPayer(agreement.id(), year, payer));
    }

    public void saveParty(Party party) {
        parent.change("task.savingAgreement", s -> s.updateParty(party));
    }

    public void addParty() {
        parent.change("task.savingAgreement", s -> s.addParty(agreement.id()));
    }

    public void removeParty(Party party) {
        parent.change("task.savingAgreement", s -> s.removeParty(party.id()));
    }

    /** Fills a party's signatory from a person of the centre. */
    public Party withSignatory(Party party, Person person) {
        return new Party(party.id(), party.position(), party.heading(), party.organisation(), person.name(),
                person.details().title(), party.place(), party.signedDate());
    }

    /** A party heading with its blanks filled, for showing. */
    public String filled(String text) {
        return Placeholder.fill(text, p -> valueOf(p)).text();
    }

    // --- Internals ---

    private String valueOf(Placeholder placeholder) {
        AgreementSnapshot snapshot = parent.snapshotProperty().get();
        return snapshot == null ? "" : snapshot.values().get(placeholder.key());
    }

    private BigDecimal parseScope() {
        String text = scope.get().replace('%', ' ').replace(',', '.').strip();
        if (text.isEmpty()) {
            termsError.set("");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                termsError.set(messages.get("agreement.scopeRange"));
                return null;
            }
            termsError.set("");
            return value;
        } catch (NumberFormatException e) {
            termsError.set(messages.get("agreement.scopeNumber", scope.get()));
            return null;
        }
    }

    void show(AgreementSnapshot snapshot) {
        populating = true;
        try {
            Agreement shown = snapshot == null ? null : snapshot.agreement();
            if (shown == null || agreement == null || shown.id() != agreement.id()
                    || !java.util.Objects.equals(shown.terms(), termsBasis)) {
                termsBasis = null; // another agreement, or what is stored is not what this form last saved
            }
            agreement = shown;
            editable.set(agreement != null && agreement.status().editable());
            coordinatorAgreement.set(agreement != null && agreement.kind() == AgreementKind.SAMORDNARE);
            Centre centre = snapshot == null ? null : snapshot.centre();
            for (Placeholder placeholder : EDITABLE_VALUES) {
                overrides.get(placeholder).set(agreement == null ? ""
                        : agreement.values().getOrDefault(placeholder.key(), ""));
                // A draft follows the centre; a locked agreement shows the values it was locked with.
                fromCentre.get(placeholder).set(centre == null ? "" : editable.get()
                        ? centreValue(centre, placeholder) : snapshot.values().getOrDefault(placeholder.key(), ""));
            }
            people.setAll(centre == null ? List.of() : centre.people());
            parties.setAll(agreement == null ? List.of() : agreement.parties());
            tasks.setAll(agreement == null ? List.of() : agreement.tasks());
            taskListHeading.set(Placeholder.fill(AgreementTemplate.coordinatorTaskList().heading(),
                    p -> snapshot == null ? "" : snapshot.values().get(p.key())).text());
            costYears.setAll(agreement == null ? List.of() : agreement.costYears());
            payerChoices.setAll(snapshot == null ? List.of() : snapshot.payerChoices());
            CoordinatorTerms terms = agreement == null ? null : agreement.terms();
            coordinator.set(terms == null || terms.coordinatorPersonId() == null ? null : people.stream()
                    .filter(p -> p.id() == terms.coordinatorPersonId()).findFirst().orElse(null));
            scope.set(terms == null || terms.scopePercent() == null ? ""
                    : terms.scopePercent().stripTrailingZeros().toPlainString().replace('.', ','));
            start.set(terms == null ? null : terms.startDate());
            termYears.set(terms == null ? 3 : terms.termYears());
            noticeMonths.set(terms == null ? 3 : terms.noticeMonths());
            collaborationNotice.set(agreement == null ? 12 : agreement.noticeMonths());
            termsError.set("");
            periodText.set(terms == null || terms.startDate() == null ? ""
                    : messages.get("agreement.period", terms.startDate().toString(), terms.endDate().toString()));
        } finally {
            populating = false;
        }
    }

    private static String centreValue(Centre centre, Placeholder placeholder) {
        return switch (placeholder) {
            case FAMILJECENTRAL -> centre.name();
            case KOMMUN -> centre.details().municipality();
            case KOMMUNFORM -> MunicipalityNames.beforeKommun(centre.details().municipality());
            case OMRADE -> centre.details().catchmentArea();
            case REGION -> centre.details().region();
            case OMFATTNING, UPPSAGNINGSTID, IKOMMUN -> "";
        };
    }
}
