package se.samordna.app.survey;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.print.DocumentPrinter;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.FileNames;
import se.samordna.core.common.SafeFiles;
import se.samordna.core.common.ValidationException;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.Response;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyGoal;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyPdf;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.survey.SurveyXlsx;

/**
 * The Föräldraenkät page: the centre's survey for the year in view, its questionnaire and
 * translations, the forms typed in, the printed forms, and the results with the goals taken up.
 */
public final class SurveyViewModel {
    /** Whether the page is built: until then a change of centre or year loads nothing. */
    private boolean attached;
    private final SurveyService service;
    private final GoalService goals;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final DocumentPrinter printer;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Survey> survey = new ReadOnlyObjectWrapper<>(this, "survey");
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(this, "tab");
    private final ObservableList<Response> responses = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SurveyResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ObservableList<YearGoal> surveyGoals = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper resultsStale = new ReadOnlyBooleanWrapper(this, "resultsStale", true);
    private boolean resultsWanted;

    public SurveyViewModel(SurveyService service, GoalService goals, TaskRunner runner, Messages messages,
                           WorkContext context, DocumentPrinter printer, Clock clock) {
        this.service = service;
        this.goals = goals;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.printer = printer;
        this.clock = clock;
        context.onCentreChange(true, () -> {
            if (attached) {
                reload();
            }
        });
    }

    /** The page is shown for the first time: load, and from now on follow the centre and year. */
    public void attach() {
        attached = true;
        reload();
    }

    /** The page's tabs, in order. */
    public enum Tab {
        QUESTIONS,
        FORMS,
        ENTRY,
        IMPORT,
        RESULTS
    }

    /**
     * The tab in view. Until the page is first shown it is null, and the page opens where the season's
     * work is; the home screen sets it to lead straight to the typing-in, say.
     */
    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    /** Where the work is at this time of year: the paper forms before the survey weeks, typing in after. */
    public Tab seasonTab() {
        return today().isBefore(SurveyService.surveyWeeks(year())[0]) ? Tab.FORMS : Tab.ENTRY;
    }

    public ReadOnlyObjectProperty<Survey> surveyProperty() {
        return survey.getReadOnlyProperty();
    }

    public Survey survey() {
        return survey.get();
    }

    public ObservableList<Response> responses() {
        return responses;
    }

    public ReadOnlyObjectProperty<SurveyResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resultsStaleProperty() {
        return resultsStale.getReadOnlyProperty();
    }

    public ObservableList<YearGoal> surveyGoals() {
        return surveyGoals;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner runner() {
        return runner;
    }

    public String centreName() {
        CentreSummary centre = context.centre();
        return centre == null ? "" : centre.name();
    }

    public int year() {
        return context.year();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Loads the survey of the centre and year in view (created from the standard questionnaire the first time). */
    public void reload() {
        CentreSummary centre = context.centre();
        int year = context.year();
        if (centre == null) {
            survey.set(null);
            responses.clear();
            results.set(null);
            surveyGoals.clear();
            return;
        }
        runner.run(messages.get("task.loadingSurvey"), p -> {
            Survey loaded = service.forYear(centre.id(), year);
            return new Loaded(loaded, service.responses(loaded.id()), goalsFrom(centre.id(), year));
        }, loaded -> {
            CentreSummary now = context.centre();
            if (now == null || now.id() != loaded.survey().centreId() || context.year() != loaded.survey().year()) {
                return; // the user moved on while this loaded
            }
            responses.setAll(newestFirst(loaded.responses()));
            survey.set(loaded.survey());
            surveyGoals.setAll(loaded.goals());
            results.set(null);
            markResultsStale();
        });
    }

    // --- the questionnaire ---

    public List<FieldError> validate(SurveyItem item) {
        return service.validate(item);
    }

    public void updateItem(SurveyItem item, Consumer<List<FieldError>> invalid) {
        Survey current = survey.get();
        List<FieldError> errors = service.validate(item);
        if (current == null || !errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        change(p -> service.updateItem(current.id(), item), invalid);
    }

    public void addItem(SurveyGoal goal, SurveyArea area, String text, Consumer<List<FieldError>> invalid) {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        change(p -> service.addItem(current.id(), goal, area, text), invalid);
    }

    public void removeItem(SurveyItem item) {
        Survey current = survey.get();
        change(p -> service.removeItem(current.id(), item.key()), this::report);
    }

    public void moveItem(SurveyItem item, int delta) {
        Survey current = survey.get();
        change(p -> service.moveItem(current.id(), item.key(), delta), this::report);
    }

    /** The form languages: Swedish, English, and any the centre has added. */
    public List<String> languages() {
        Set<String> all = new LinkedHashSet<>(List.of("sv", "en"));
        if (survey.get() != null) {
            all.addAll(SurveyService.languages(survey.get()));
        }
        return List.copyOf(all);
    }

    /** "Svenska", "Engelska", "Arabiska" … in the interface's language; the code for one Java does not know. */
    public String languageName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(messages.locale());
        if (name.isBlank() || name.equalsIgnoreCase(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1);
    }

    /** What a language still lacks before forms can be printed in it. */
    public List<String> missingTexts(String language) {
        return survey.get() == null ? List.of() : SurveyService.missing(survey.get(), language);
    }

    /** Adds a form language; one Samordna ships a translation into gets its texts, "att granska"; then {@code done}. */
    public void addLanguage(String language, Runnable done) {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        runner.run(messages.get("task.saving"), p -> service.addLanguage(current.id(), language), changed -> {
            survey.set(changed);
            done.run();
        });
    }

    /** Whether the language's translation came with Samordna and no coordinator has approved it yet. */
    public boolean needsReview(String language) {
        return survey.get() != null && survey.get().needsReview(language);
    }

    public void approveTranslation(String language) {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        change(p -> service.approveTranslation(current.id(), language), this::report);
    }

    public void setTranslation(String language, String key, String text) {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        change(p -> service.setTranslation(current.id(), language, key, text), this::report);
    }

    private void report(List<FieldError> errors) {
        runner.reportFailure(new ValidationException(errors)); // described with every field's message
    }

    private void change(TaskRunner.Work<Survey> work, Consumer<? super List<FieldError>> invalid) {
        runner.run(messages.get("task.saving"), work, changed -> {
            survey.set(changed);
            markResultsStale();
        }, failure -> {
            if (failure instanceof ValidationException validation) {
                invalid.accept(validation.errors());
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    // --- paper forms ---

    /** The number the next printed or typed form gets: one above the highest typed in. */
    public int nextFormNumber() {
        return responses.stream().mapToInt(r -> r.draft().formNumber()).max().orElse(0) + 1;
    }

    /** Saves the forms; {@code done} learns which characters no font had (they are printed as "?"). */
    public void exportForms(String language, int firstNumber, int copies, Path target,
                            Consumer<FlowDocument.Report> done) {
        Survey current = survey.get();
        String centre = centreName();
        runner.run(messages.get("task.exportingPdf"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlowDocument.Report report = SurveyPdf.forms(current, centre, language, firstNumber, copies, out);
            SafeFiles.write(target, out.toByteArray());
            return report;
        }, done);
    }

    public void printForms(String language, int firstNumber, int copies, Consumer<PdfPrinting.Outcome> outcome) {
        Survey current = survey.get();
        String centre = centreName();
        runner.run(messages.get("task.exportingPdf"), p -> formsPdf(current, centre, language, firstNumber, copies),
                pdf -> printer.print(pdf, messages.get("survey.forms.jobName", current.year()), outcome,
                        runner::reportFailure));
    }

    /** A paragraph naming the characters no font had (they were printed as "?"), or "" when there were none. */
    public String replacedNotice(FlowDocument.Report report) {
        if (report.replacedCharacters().isEmpty()) {
            return "";
        }
        return "\n\n" + messages.get("survey.replacedCharacters", String.join(" ", report.replacedCharacters()));
    }

    private static byte[] formsPdf(Survey survey, String centre, String language, int first, int copies)
            throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SurveyPdf.forms(survey, centre, language, first, copies, out);
        return out.toByteArray();
    }

    public String formsFileName(String language, int first, int copies) {
        return FileNames.safe(messages.get("survey.forms.fileName", year(), FileNames.part(centreName()), language,
                first, first + copies - 1) + ".pdf");
    }

    // --- forms typed in ---

    /** Whether the number is already used by another form than {@code exceptId}. */
    public boolean numberTaken(int number, long exceptId) {
        return responses.stream().anyMatch(r -> r.draft().formNumber() == number && r.id() != exceptId);
    }

    public List<FieldError> validate(ResponseDraft draft, long exceptId) {
        Survey current = survey.get();
        Set<Integer> taken = new java.util.HashSet<>();
        responses.stream().filter(r -> r.id() != exceptId).forEach(r -> taken.add(r.draft().formNumber()));
        return current == null ? List.of() : SurveyService.validate(current, draft, taken);
    }

    /** Saves a typed form (new when {@code existing} is null); {@code saved} runs once it is in the database. */
    public void saveResponse(Response existing, ResponseDraft draft, Consumer<Response> saved,
                             Consumer<List<FieldError>> invalid) {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        List<FieldError> errors = validate(draft, existing == null ? -1 : existing.id());
        if (!errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        runner.run(messages.get("task.savingForm"), p -> {
            Response response = existing == null ? service.addResponse(current.id(), draft)
                    : service.updateResponse(existing.id(), draft);
            return new Saved(response, service.get(current.id()));
        }, done -> {
                    if (existing != null) {
                        responses.removeIf(r -> r.id() == existing.id());
                    }
                    responses.add(0, done.response());
                    survey.set(done.survey()); // with its first form the questionnaire is frozen
                    markResultsStale();
                    saved.accept(done.response());
                }, failure -> {
                    if (failure instanceof ValidationException validation) {
                        invalid.accept(validation.errors());
                    } else {
                        runner.reportFailure(failure);
                    }
                });
    }

    public void deleteResponse(Response response) {
        Survey current = survey.get();
        runner.run(messages.get("task.savingForm"), p -> {
            service.deleteResponse(response.id());
            return service.get(current.id());
        }, updated -> {
            responses.removeIf(r -> r.id() == response.id());
            survey.set(updated);
            markResultsStale();
        });
    }

    /** Imports the previewed forms, all or nothing; {@code done} gets how many came in. */
    public void importForms(List<ResponseDraft> drafts, Consumer<Integer> done) {
        Survey current = survey.get();
        runner.run(messages.get("task.importingForms", drafts.size()), p -> {
            int count = service.importResponses(current.id(), drafts);
            return new Imported(count, service.get(current.id()), service.responses(current.id()));
        }, imported -> {
            responses.setAll(newestFirst(imported.responses()));
            survey.set(imported.survey());
            markResultsStale();
            done.accept(imported.count());
        });
    }

    // --- results ---

    /** The results page tells when it is shown, so results are counted only when someone looks. */
    public void setResultsWanted(boolean wanted) {
        resultsWanted = wanted;
        if (wanted && resultsStale.get()) {
            refreshResults();
        }
    }

    private void markResultsStale() {
        resultsStale.set(true);
        if (resultsWanted) {
            refreshResults();
        }
    }

    public void refreshResults() {
        Survey current = survey.get();
        if (current == null) {
            return;
        }
        resultsStale.set(false);
        runner.run(messages.get("task.countingResults"), p -> service.results(current.id()), counted -> {
            if (survey.get() != null && survey.get().id() == counted.survey().id()) {
                results.set(counted);
            }
        });
    }

    /** For each area below its target, the goal the app proposes. */
    public Map<SurveyArea, GoalDraft> proposals() {
        SurveyResults current = results.get();
        return current == null ? Map.of() : SurveyService.proposals(current);
    }

    /** The goal already taken up for an area, if any. */
    public YearGoal goalFor(SurveyArea area) {
        return surveyGoals.stream().filter(g -> area.name().equals(g.originRef())).findFirst().orElse(null);
    }

    public List<FieldError> validate(GoalDraft draft) {
        return goals.validate(draft);
    }

    /** Takes an area's goal into the year's goals (the same list the workshop's step IV writes to). */
    public void saveGoal(YearGoal existing, int year, String area, GoalDraft draft, Consumer<List<FieldError>> invalid) {
        CentreSummary centre = context.centre();
        List<FieldError> errors = goals.validate(draft);
        if (centre == null || !errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        int surveyYear = year();
        runner.run(messages.get("task.saving"), p -> {
            if (existing == null) {
                goals.add(centre.id(), year, GoalSource.FORALDRAENKAT, null, area, draft);
            } else {
                goals.update(existing.id(), year, draft);
            }
            return goalsFrom(centre.id(), surveyYear);
        }, surveyGoals::setAll);
    }

    public void removeGoal(YearGoal goal) {
        CentreSummary centre = context.centre();
        int surveyYear = year();
        runner.run(messages.get("task.saving"), p -> {
            goals.remove(goal.id());
            return goalsFrom(centre.id(), surveyYear);
        }, surveyGoals::setAll);
    }

    public void selectQuote(Quote quote, boolean selected) {
        runner.run(messages.get("task.saving"), p -> {
            service.selectQuote(quote.responseId(), selected);
            return selected;
        }, done -> { });
    }

    /** Saves the results; {@code done} learns which characters no font had (quotes with emoji, say). */
    public void exportResultsPdf(Path target, Consumer<FlowDocument.Report> done) {
        SurveyResults current = results.get();
        String centre = centreName();
        runner.run(messages.get("task.exportingPdf"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlowDocument.Report report = SurveyPdf.results(current, centre, SurveyPdf.SWEDISH_LABELS, out);
            SafeFiles.write(target, out.toByteArray());
            return report;
        }, done);
    }

    public void exportXlsx(Path target, Runnable done) {
        SurveyResults current = results.get();
        List<Response> all = List.copyOf(responses);
        runner.run(messages.get("task.savingFile"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SurveyXlsx.write(current, all, out);
            SafeFiles.write(target, out.toByteArray());
            return target;
        }, path -> done.run());
    }

    public String resultsFileName(String extension) {
        return FileNames.safe(messages.get("survey.results.fileName", year(), FileNames.part(centreName())) + "."
                + extension);
    }

    /** Goals from the survey: for the survey's year and the year after (where a proposal lands). */
    private List<YearGoal> goalsFrom(long centreId, int year) {
        List<YearGoal> found = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            goals.list(centreId, y).stream().filter(g -> g.source() == GoalSource.FORALDRAENKAT).forEach(found::add);
        }
        return found;
    }

    private static List<Response> newestFirst(List<Response> list) {
        return list.stream().sorted(Comparator.comparingLong(Response::id).reversed()).toList();
    }

    private record Loaded(Survey survey, List<Response> responses, List<YearGoal> goals) {
    }

    private record Saved(Response response, Survey survey) {
    }

    private record Imported(int count, Survey survey, List<Response> responses) {
    }
}
