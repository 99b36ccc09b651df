package se.samordna.app.survey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.app.i18n.Messages;
import se.samordna.core.common.FieldError;
import se.samordna.core.survey.Answer;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.PartUsed;
import se.samordna.core.survey.Relation;
import se.samordna.core.survey.Response;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyService;

/**
 * The row a returned paper form is typed into: one keystroke per answer (1–4, 0 = Vet inte, space =
 * no answer), background answers the same way, then Enter saves it and the next form begins. A key
 * that means nothing in a cell is refused at once with a message saying what the cell takes.
 */
public final class FormEntryViewModel {

    /** What a cell holds, and so which keys it takes. */
    public enum Kind {
        ANSWER("01234"),
        GENDER("1234"),
        RELATION("123"),
        PART("1xX0");

        private final String keys;

        Kind(String keys) {
            this.keys = keys;
        }
    }

    /** One cell of the row: an item's answer, a background answer, or a part of the centre. */
    public static final class Cell {
        private final Kind kind;
        private final String key;
        private final String label;
        private final String help;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");

        Cell(Kind kind, String key, String label, String help) {
            this.kind = kind;
            this.key = key;
            this.label = label;
            this.help = help;
        }

        public Kind kind() {
            return kind;
        }

        /** The item key, "gender", "relation", or the part's name. */
        public String key() {
            return key;
        }

        /** The short column heading. */
        public String label() {
            return label;
        }

        /** The full question, shown while the cell has focus. */
        public String help() {
            return help;
        }

        public StringProperty valueProperty() {
            return value;
        }
    }

    private final SurveyViewModel survey;
    private final Messages messages;
    private final List<Cell> cells = new ArrayList<>();
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final StringProperty openAnswer = new SimpleStringProperty(this, "openAnswer", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "sv");
    private final ReadOnlyObjectWrapper<Response> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper numberError = new ReadOnlyStringWrapper(this, "numberError", "");
    private final ReadOnlyStringWrapper openAnswerError = new ReadOnlyStringWrapper(this, "openAnswerError", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper feedbackIsError =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "feedbackIsError");
    private final ObjectProperty<Runnable> cellsChanged = new SimpleObjectProperty<>(this, "cellsChanged");

    public FormEntryViewModel(SurveyViewModel survey) {
        this.survey = survey;
        this.messages = survey.messages();
        number.addListener((obs, old, value) -> {
            checkNumber();
            if (feedbackIsError.get()) {
                tell("", false);
            }
        });
        // One message at a time: a taken or missing number replaces whatever was said last ("Formulär 1 sparat").
        numberError.addListener((obs, old, error) -> {
            if (!error.isEmpty()) {
                tell("", false);
            }
        });
        survey.surveyProperty().addListener((obs, old, value) -> {
            if (old == null || value == null || old.id() != value.id() || !old.items().equals(value.items())) {
                rebuild(value);
            }
        });
        rebuild(survey.survey());
    }

    public List<Cell> cells() {
        return cells;
    }

    /** Told when the survey's items change, so the view builds its row anew. */
    public ObjectProperty<Runnable> onCellsChangedProperty() {
        return cellsChanged;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty openAnswerProperty() {
        return openAnswer;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Response> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty numberErrorProperty() {
        return numberError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openAnswerErrorProperty() {
        return openAnswerError.getReadOnlyProperty();
    }

    /** What just happened: a form saved, a key refused. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** Whether the feedback tells of something wrong (shown in red) rather than something done. */
    public javafx.beans.property.ReadOnlyBooleanProperty feedbackIsErrorProperty() {
        return feedbackIsError.getReadOnlyProperty();
    }

    private void tell(String text, boolean error) {
        feedback.set(text);
        feedbackIsError.set(error);
    }

    /** "42 formulär inmatade för 2026", kept up to date. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> messages.get("survey.entry.count", survey.responses().size(),
                survey.year()), survey.responses(), survey.surveyProperty());
    }

    /**
     * A key typed in a cell: stores it and returns true, or refuses it (returns false) and says
     * what the cell takes. Space clears the cell (no answer).
     */
    public boolean type(Cell cell, char key) {
        if (key == ' ') {
            cell.valueProperty().set("");
            tell("", false);
            return true;
        }
        if (cell.kind().keys.indexOf(key) < 0) {
            tell(messages.get("survey.entry.refused." + cell.kind().name(), String.valueOf(key), cell.label()), true);
            return false;
        }
        String value = switch (cell.kind()) {
            case PART -> key == '0' ? "" : "X";
            default -> String.valueOf(key);
        };
        cell.valueProperty().set(value);
        tell("", false);
        return true;
    }

    /** Saves the form typed (Enter); on success the row is emptied for the next form. */
    public void save(Runnable saved) {
        ResponseDraft draft = draft();
        if (draft == null) {
            return;
        }
        Response existing = editing.get();
        survey.saveResponse(existing, draft, response -> {
            tell(messages.get(existing == null ? "survey.entry.saved" : "survey.entry.updated",
                    response.draft().formNumber()), false);
            clear();
            saved.run();
        }, this::showErrors);
    }

    /** Loads a saved form into the row to correct it. */
    public void edit(Response response) {
        ResponseDraft draft = response.draft();
        editing.set(response);
        number.set(String.valueOf(draft.formNumber()));
        language.set(draft.language());
        openAnswer.set(draft.openAnswer());
        for (Cell cell : cells) {
            String value = switch (cell.kind()) {
                case ANSWER -> {
                    Answer answer = draft.answers().get(cell.key());
                    yield answer == null ? "" : String.valueOf(answer.code());
                }
                case GENDER -> draft.gender() == null ? "" : String.valueOf(draft.gender().ordinal() + 1);
                case RELATION -> draft.relation() == null ? "" : String.valueOf(draft.relation().ordinal() + 1);
                case PART -> draft.parts().contains(PartUsed.valueOf(cell.key())) ? "X" : "";
            };
            cell.valueProperty().set(value);
        }
        tell(messages.get("survey.entry.editing", draft.formNumber()), false);
    }

    /** Empties the row for a new form, numbered one above the highest so far. */
    public void clear() {
        editing.set(null);
        cells.forEach(c -> c.valueProperty().set(""));
        openAnswer.set("");
        openAnswerError.set("");
        number.set(String.valueOf(survey.nextFormNumber()));
        checkNumber();
    }

    public void cancelEdit() {
        clear();
        tell("", false);
    }

    /** Forgets what was said about the last form (after it is removed, say). */
    public void forget() {
        tell("", false);
    }

    /** True when a number is typed and no other form has it. */
    private void checkNumber() {
        String text = number.get().strip();
        if (text.isEmpty()) {
            numberError.set(messages.get("survey.entry.numberMissing"));
            return;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            numberError.set(messages.get("survey.formNumberRange", SurveyService.MAX_FORM_NUMBER));
            return;
        }
        Response existing = editing.get();
        numberError.set(survey.numberTaken(value, existing == null ? -1 : existing.id())
                ? messages.get("survey.formNumberTaken", value) : "");
    }

    private ResponseDraft draft() {
        checkNumber();
        if (!numberError.get().isEmpty()) {
            tell("", false); // the number's own error line says what is wrong
            return null;
        }
        Map<String, Answer> answers = new HashMap<>();
        Gender gender = null;
        Relation relation = null;
        Set<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
        for (Cell cell : cells) {
            String value = cell.valueProperty().get();
            if (value.isEmpty()) {
                continue;
            }
            switch (cell.kind()) {
                case ANSWER -> answers.put(cell.key(), Answer.ofCode(Integer.parseInt(value)));
                case GENDER -> gender = Gender.values()[Integer.parseInt(value) - 1];
                case RELATION -> relation = Relation.values()[Integer.parseInt(value) - 1];
                case PART -> parts.add(PartUsed.valueOf(cell.key()));
            }
        }
        if (answers.isEmpty() && gender == null && relation == null && parts.isEmpty()
                && openAnswer.get().isBlank()) {
            tell(messages.get("survey.emptyForm"), true);
            return null;
        }
        return new ResponseDraft(Integer.parseInt(number.get().strip()), language.get(), gender, relation, parts,
                openAnswer.get(), answers);
    }

    private void showErrors(List<FieldError> errors) {
        openAnswerError.set("");
        List<String> texts = new ArrayList<>();
        for (FieldError error : errors) {
            String text = messages.describe(error);
            switch (error.field()) {
                case SurveyService.FIELD_FORM_NUMBER -> numberError.set(text);
                case SurveyService.FIELD_OPEN_ANSWER -> openAnswerError.set(text);
                default -> { }
            }
            texts.add(text);
        }
        tell(errors.stream().anyMatch(e -> SurveyService.FIELD_FORM_NUMBER.equals(e.field())
                || SurveyService.FIELD_OPEN_ANSWER.equals(e.field())) ? "" : String.join(" ", texts), true);
    }

    private void rebuild(Survey current) {
        cells.clear();
        if (current != null) {
            for (SurveyItem item : current.items()) {
                cells.add(new Cell(Kind.ANSWER, item.key(), String.valueOf(item.position()),
                        messages.get("survey.entry.itemHelp", item.position(), item.text())));
            }
            cells.add(new Cell(Kind.GENDER, "gender", messages.get("survey.entry.gender"),
                    messages.get("survey.entry.genderHelp")));
            cells.add(new Cell(Kind.RELATION, "relation", messages.get("survey.entry.relation"),
                    messages.get("survey.entry.relationHelp")));
            for (PartUsed part : PartUsed.values()) {
                cells.add(new Cell(Kind.PART, part.name(), messages.get("survey.entry.part." + part.name()),
                        messages.get("survey.entry.partHelp", messages.label(part))));
            }
        }
        clear();
        tell("", false);
        if (cellsChanged.get() != null) {
            cellsChanged.get().run();
        }
    }
}
