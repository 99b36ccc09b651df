package se.samordna.app.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.FileNames;
import se.samordna.core.common.ValidationException;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.report.Missing;
import se.samordna.core.report.Report;
import se.samordna.core.report.ReportContent;
import se.samordna.core.report.ReportPdf;
import se.samordna.core.report.ReportOutline;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.report.ReportService;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.report.VisitCategory;
import se.samordna.core.report.VisitCount;
import se.samordna.core.report.VisitImport;
import se.samordna.core.survey.ImportTable;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyService;

/**
 * The Verksamhetsberättelse page: the report of the centre and year in view, walked section by
 * section. Every field is saved as it is typed; the wizard reopens at the step last shown.
 */
public final class ReportViewModel {
    /** Whether the page is built: until then a change of centre or year loads nothing. */
    private boolean attached;
    private final ReportService service;
    private final SurveyService surveys;
    private final GoalService goals;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<ReportContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ObservableList<Missing> missing = FXCollections.observableArrayList();
    private final ObservableList<ReportSummary> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");

    public ReportViewModel(ReportService service, SurveyService surveys, GoalService goals, TaskRunner runner,
                           Messages messages, WorkContext context, Clock clock) {
        this.service = service;
        this.surveys = surveys;
        this.goals = goals;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
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

    public ReadOnlyObjectProperty<ReportContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReportContent content() {
        return content.get();
    }

    public Report report() {
        return content.get() == null ? null : content.get().report();
    }

    /** True once the page knows whether a report exists (content may still be null: none started). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<Missing> missing() {
        return missing;
    }

    public ObservableList<ReportSummary> versions() {
        return versions;
    }

    /** "Sparar…", "Sparat", or what went wrong with the last save. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public int year() {
        return context.year();
    }

    public boolean hasCentre() {
        return context.centre() != null;
    }

    public String centreName() {
        return context.centre() == null ? "" : context.centre().name();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The template's sections, their headings filled with the centre's name and the years. */
    public List<ReportTemplate.Section> sections() {
        int reportYear = report() == null ? year() : report().year();
        return content.get() == null ? ReportTemplate.sections(reportYear)
                : ReportTemplate.sections(reportYear, ReportTemplate.centreTitle(content.get().centre()));
    }

    /** "23 dagar kvar till 1 mars 2027" or "Försenad: …", for the year in view. */
    public String dueText() {
        int reportYear = report() == null ? year() : report().year();
        long days = ReportService.daysLeft(reportYear, today());
        String due = messages.longDate(ReportService.dueDate(reportYear));
        if (report() != null && report().frozen()) {
            return messages.get("report.due.submitted", String.valueOf(report().submittedOn()));
        }
        return days >= 0 ? messages.get("report.due.left", days, due)
                : messages.get("report.due.late", -days, due);
    }

    /** The wizard's first words: what the report follows and when it is due. */
    public String startIntro() {
        return messages.get("report.start.intro", year(), messages.longDate(ReportService.dueDate(year())));
    }

    public boolean late() {
        return report() != null && !report().frozen() && ReportService.daysLeft(report().year(), today()) < 0;
    }

    // --- loading ---

    public void reload() {
        CentreSummary centre = context.centre();
        int year = context.year();
        loaded.set(false);
        if (centre == null) {
            content.set(null);
            versions.clear();
            missing.clear();
            loaded.set(true);
            return;
        }
        runner.run(messages.get("task.loadingReport"), p -> {
            List<ReportSummary> all = service.list(centre.id());
            return new Loaded(centre.id(), year, all, service.latest(centre.id(), year).map(r -> service.content(r.id()))
                    .orElse(null));
        }, this::apply);
    }

    private void apply(Loaded result) {
        CentreSummary now = context.centre();
        if (now == null || now.id() != result.centreId() || context.year() != result.year()) {
            return;
        }
        versions.setAll(result.versions().stream().filter(v -> v.year() == result.year()).toList());
        setContent(result.content());
        step.set(result.content() == null ? 0 : result.content().report().step());
        loaded.set(true);
    }

    private void setContent(ReportContent value) {
        content.set(value);
        missing.setAll(value == null ? List.of() : ReportService.completeness(value));
    }

    /** Starts the report for the year in view. */
    public void start() {
        CentreSummary centre = context.centre();
        int year = context.year();
        if (centre == null) {
            return;
        }
        runner.run(messages.get("task.savingReport"), p -> {
            Report report = service.start(centre.id(), year);
            return new Loaded(centre.id(), year, service.list(centre.id()), service.content(report.id()));
        }, this::apply);
    }

    /** Opens another version of the year's report. */
    public void open(ReportSummary version) {
        runner.run(messages.get("task.loadingReport"), p -> service.content(version.id()), opened -> {
            setContent(opened);
            step.set(opened.report().step());
        });
    }

    public void newVersion() {
        Report current = report();
        if (current == null) {
            return;
        }
        runner.run(messages.get("task.savingReport"), p -> {
            Report next = service.newVersion(current.id());
            return new Loaded(next.centreId(), next.year(), service.list(next.centreId()), service.content(next.id()));
        }, this::apply);
    }

    // --- the wizard ---

    public void goTo(int index) {
        int last = sections().size() - 1;
        int target = Math.max(0, Math.min(index, last));
        step.set(target);
        Report current = report();
        if (current != null && !current.frozen()) {
            runner.run(messages.get("task.savingReport"), p -> {
                service.setStep(current.id(), target);
                return target;
            }, saved -> { });
        }
        refreshContent();
    }

    /** Reads again what the report puts in from elsewhere (results, goals, quotes) and the completeness. */
    public void refreshContent() {
        Report current = report();
        if (current == null) {
            return;
        }
        runner.run(messages.get("task.loadingReport"), p -> service.content(current.id()), fresh -> {
            if (report() != null && report().id() == fresh.report().id()) {
                setContent(fresh);
            }
        });
    }

    public List<FieldError> validate(String key, String text) {
        return report() == null ? List.of() : ReportService.validate(report().year(), key, text);
    }

    /** Saves a field as typed; {@code invalid} gets what is wrong (nothing is saved then). */
    public void saveField(String key, String text, Consumer<List<FieldError>> invalid) {
        Report current = report();
        if (current == null || current.frozen() || current.field(key).equals(text == null ? "" : text.strip())) {
            return;
        }
        List<FieldError> errors = validate(key, text);
        if (!errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        saveState.set(messages.get("report.saving"));
        runner.run(messages.get("task.savingReport"), p -> service.setField(current.id(), key, text), saved -> {
            ReportContent now = content.get();
            if (now != null && now.report().id() == saved.id()) {
                setContent(new ReportContent(saved, now.centre(), now.survey(), now.workshop(), now.earlierWorkshops(),
                        now.previousGoals(), now.nextGoals(), now.quotes()));
            }
            saveState.set(messages.get("report.saved"));
        }, failure -> {
            saveState.set("");
            if (failure instanceof ValidationException validation) {
                invalid.accept(validation.errors());
            } else {
                runner.reportFailure(failure);
            }
        });
    }

    public void saveVisits(int month, VisitCategory category, Integer visits) {
        Report current = report();
        if (current == null || current.frozen() || java.util.Objects.equals(current.visits(month, category), visits)) {
            return;
        }
        saveState.set(messages.get("report.saving"));
        runner.run(messages.get("task.savingReport"), p -> service.setVisits(current.id(), month, category, visits),
                this::replaceReport);
    }

    private void replaceReport(Report saved) {
        ReportContent now = content.get();
        if (now != null && now.report().id() == saved.id()) {
            setContent(new ReportContent(saved, now.centre(), now.survey(), now.workshop(), now.earlierWorkshops(),
                    now.previousGoals(), now.nextGoals(), now.quotes()));
        }
        saveState.set(messages.get("report.saved"));
    }

    /** Reads visitor statistics from a file; {@code checked} gets the preview (counts and problems). */
    public void readVisits(Path file, Consumer<VisitImport.Preview> checked) {
        runner.run(messages.get("task.readingFile"), p -> VisitImport.preview(ImportTable.read(file)), checked);
    }

    /** Replaces the visitor statistics with what was read, all or nothing. */
    public void importVisits(List<VisitCount> counts, Runnable done) {
        Report current = report();
        runner.run(messages.get("task.savingReport"), p -> service.importVisits(current.id(), counts), saved -> {
            replaceReport(saved);
            done.run();
        });
    }

    public String describe(VisitImport.Problem problem) {
        return messages.get(problem.messageKey(), problem.arguments().toArray());
    }

    /** How long the first section prints, in pages (the template allows one). */
    public double estimatedPages() {
        return report() == null ? 0 : ReportPdf.estimatePages(report());
    }

    // --- goals and quotes put in from elsewhere ---

    public void setPrioritized(YearGoal goal, boolean prioritized) {
        runner.run(messages.get("task.savingReport"), p -> goals.setPrioritized(goal.id(), prioritized),
                done -> refreshContent());
    }

    public List<FieldError> validate(GoalDraft draft) {
        return goals.validate(draft);
    }

    /** Adds or changes a goal for the coming year, from the report's goal step. */
    public void saveGoal(YearGoal existing, int year, String originRef, GoalDraft draft,
                         Consumer<List<FieldError>> invalid) {
        Report current = report();
        List<FieldError> errors = goals.validate(draft);
        if (current == null || !errors.isEmpty()) {
            invalid.accept(errors);
            return;
        }
        runner.run(messages.get("task.savingReport"), p -> existing == null
                ? goals.add(current.centreId(), year, GoalSource.EGET, null, originRef, draft)
                : goals.update(existing.id(), year, draft), done -> refreshContent(), failure -> {
                    if (failure instanceof ValidationException validation) {
                        invalid.accept(validation.errors());
                    } else {
                        runner.reportFailure(failure);
                    }
                });
    }

    public void selectQuote(Quote quote, boolean selected) {
        runner.run(messages.get("task.saving"), p -> {
            surveys.selectQuote(quote.responseId(), selected);
            return selected;
        }, done -> refreshContent());
    }

    /** A proposal for "Föräldrarnas uppfattning" written from the survey, when there is one. */
    public String parentsViewSuggestion() {
        return content.get() == null ? "" : content.get().survey().map(ReportService::parentsViewSuggestion)
                .orElse("");
    }

    /** A proposal for "Utvecklingsområden": the prioritised goals for the coming year, one per line. */
    public String developmentSuggestion() {
        if (content.get() == null) {
            return "";
        }
        return String.join("\n", content.get().prioritizedNextGoals().stream().map(g -> "– " + g.draft().goal())
                .toList());
    }

    // --- review, submission, export ---

    public void submit(Runnable done) {
        Report current = report();
        runner.run(messages.get("task.savingReport"), p -> {
            Report submitted = service.submit(current.id());
            return new Loaded(submitted.centreId(), submitted.year(), service.list(submitted.centreId()),
                    service.content(submitted.id()));
        }, loadedReport -> {
            apply(loadedReport);
            done.run();
        });
    }

    public void deleteDraft() {
        Report current = report();
        runner.run(messages.get("task.savingReport"), p -> {
            service.delete(current.id());
            return current.id();
        }, id -> reload());
    }

    /** Saves the report as PDF; {@code done} gets the pages and the characters no font had (printed as "?"). */
    public void exportPdf(Path target, Consumer<DocumentExport.Exported> done) {
        Report current = report();
        runner.run(messages.get("task.exportingPdf"), p -> DocumentExport.export(
                ReportOutline.of(service.content(current.id()), today()), DocumentExport.Format.PDF, target), done);
    }

    /** The report as a Word document, for those who go on editing in Word; done gets the file's size in kB. */
    public void exportDocx(Path target, Consumer<Long> done) {
        Report current = report();
        runner.run(messages.get("task.exportingDocx"), p -> DocumentExport.export(
                ReportOutline.of(service.content(current.id()), today()), DocumentExport.Format.DOCX, target)
                .kilobytes(), done);
    }

    /** The PDF's suggested name: year, centre, version; valid whatever the centre is called. */
    public String fileName() {
        return FileNames.safe(baseName() + ".pdf");
    }

    public String docxFileName() {
        return FileNames.safe(baseName() + ".docx");
    }

    private String baseName() {
        Report current = report();
        return messages.get("report.fileName", current.year(), FileNames.part(centreName()), current.version());
    }

    public String describe(Missing item) {
        return messages.get(item.messageKey(), item.arguments().toArray());
    }

    public String describe(FieldError error) {
        return messages.describe(error);
    }

    private record Loaded(long centreId, int year, List<ReportSummary> versions, ReportContent content) {
    }
}
