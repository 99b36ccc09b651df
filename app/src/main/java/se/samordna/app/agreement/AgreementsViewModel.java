package se.samordna.app.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.print.DocumentPrinter;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.common.FileNames;
import se.samordna.core.common.SafeFiles;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementDocument;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementPdfRenderer;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.ClauseComparison;
import se.samordna.core.agreement.ReadinessProblem;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfPrinting;

/**
 * The agreements of the chosen centre: the list, the selected agreement's state and its path from
 * draft to signed, export and printing. The clause editor and the details page have view models
 * of their own that change the agreement through {@link #change}.
 */
public final class AgreementsViewModel {
    /** Whether the page is built: until then a change of centre or year loads nothing. */
    private boolean attached;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final AgreementService service;
    private final CentreService centres;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final DocumentPrinter printer;

    private final ObservableList<AgreementSummary> agreements = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgreementSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<AgreementSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<AgreementSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<se.samordna.core.agreement.AgreementReview> reviews =
            FXCollections.observableArrayList();
    private final ClauseEditorViewModel clauses;
    private final AgreementDetailsViewModel details;

    private final java.time.Clock clock;

    public AgreementsViewModel(AgreementService service, CentreService centres, TaskRunner runner, Messages messages,
                               WorkContext context, DocumentPrinter printer, java.time.Clock clock) {
        this.clock = clock;
        this.service = service;
        this.centres = centres;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.printer = printer;
        this.clauses = new ClauseEditorViewModel(this, messages);
        this.details = new AgreementDetailsViewModel(this, messages);
        context.onCentreChange(false, () -> {
            if (attached) {
                clauses.saveNow();
                refreshList(-1);
            }
        });
    }

    // --- Properties ---

    /** The page is shown for the first time: load, and from now on follow the centre. */
    public void attach() {
        attached = true;
        refreshList(-1);
    }

    public ObservableList<AgreementSummary> agreements() {
        return agreements;
    }

    public ReadOnlyObjectProperty<AgreementSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgreementSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What keeps the draft from being ready for signing, in words. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<AgreementSummary> versions() {
        return versions;
    }

    public ClauseEditorViewModel clauses() {
        return clauses;
    }

    public AgreementDetailsViewModel details() {
        return details;
    }

    public BooleanBinding hasAgreement() {
        return snapshot.isNotNull();
    }

    public BooleanBinding statusIs(AgreementStatus status) {
        return Bindings.createBooleanBinding(() -> snapshot.get() != null
                && snapshot.get().agreement().status() == status, snapshot);
    }

    public BooleanBinding editable() {
        return statusIs(AgreementStatus.UTKAST);
    }

    public BooleanBinding signedOrTerminated() {
        return statusIs(AgreementStatus.UNDERTECKNAT).or(statusIs(AgreementStatus.UPPSAGT));
    }

    public boolean hasCentre() {
        return context.centre() != null;
    }

    // --- Commands ---

    public void refreshList(long preferId) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            agreements.clear();
            select(null);
            return;
        }
        runner.run(messages.get("task.loadingAgreements"), p -> service.list(centre.id()), list -> {
            agreements.setAll(list);
            AgreementSummary keep = list.stream().filter(a -> a.id() == preferId).findFirst()
                    .or(() -> list.stream().filter(a -> selected.get() != null && a.id() == selected.get().id())
                            .findFirst())
                    .orElse(list.isEmpty() ? null : list.getFirst());
            select(keep);
        });
    }

    public void select(AgreementSummary summary) {
        if (summary != null && selected.get() != null && summary.id() == selected.get().id()
                && snapshot.get() != null) {
            return;
        }
        clauses.saveNow();
        selected.set(summary);
        if (summary == null) {
            show(null);
            return;
        }
        runner.run(messages.get("task.loadingAgreement"), p -> load(summary.id()), this::show);
    }

    /** Shows the agreement with this id (the home screen's "Att göra" leads here), loading the list if needed. */
    public void open(long id) {
        agreements.stream().filter(a -> a.id() == id).findFirst()
                .ifPresentOrElse(this::select, () -> refreshList(id));
    }

    /** A new agreement of {@code kind} from the template, for the chosen centre. */
    public void create(AgreementKind kind) {
        CentreSummary centre = context.centre();
        if (centre == null) {
            return;
        }
        runner.run(messages.get("task.creatingAgreement"), p -> service.create(centre.id(), kind).id(),
                this::refreshList);
    }

    /** Runs a change of the selected agreement off the UI thread, then shows it again. */
    void change(String taskKey, Function<AgreementService, ?> mutation) {
        change(taskKey, mutation, runner::reportFailure);
    }

    void change(String taskKey, Function<AgreementService, ?> mutation, Consumer<Throwable> onFailure) {
        AgreementSnapshot current = snapshot.get();
        if (current == null) {
            return;
        }
        long id = current.agreement().id();
        runner.run(messages.get(taskKey), p -> {
            mutation.apply(service);
            return load(id);
        }, this::showKeepingList, failure -> {
            onFailure.accept(failure);
            runner.run(messages.get("task.loadingAgreement"), p -> load(id), this::show);
        });
    }

    public void markReady() {
        change("task.savingAgreement", s -> s.markReady(id()));
    }

    public void backToDraft() {
        change("task.savingAgreement", s -> s.backToDraft(id()));
    }

    public void sign(LocalDate date) {
        change("task.savingAgreement", s -> s.sign(id(), date));
    }

    public void terminate(LocalDate noticeDate) {
        change("task.savingAgreement", s -> s.terminate(id(), noticeDate));
    }

    /** Today, as the signing and notice dialogs propose. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The end date a termination on {@code noticeDate} gives, in words. */
    public String endDateFor(LocalDate noticeDate) {
        AgreementSnapshot current = snapshot.get();
        if (current == null || noticeDate == null) {
            return "";
        }
        Agreement agreement = current.agreement();
        if (agreement.signedDate() != null && noticeDate.isBefore(agreement.signedDate())) {
            return "";
        }
        int months = agreement.noticeMonths();
        return messages.get("agreement.terminate.endsOn", DATE.format(noticeDate.plusMonths(months)), months);
    }

    /** What is wrong with a notice date, or "" when it can be used. */
    public String terminationProblem(LocalDate noticeDate) {
        AgreementSnapshot current = snapshot.get();
        if (current != null && current.agreement().signedDate() != null
                && noticeDate.isBefore(current.agreement().signedDate())) {
            return messages.get("agreement.noticeBeforeSigning");
        }
        return "";
    }

    public void newVersion() {
        long id = id();
        runner.run(messages.get("task.savingAgreement"), p -> service.newVersion(id).id(), this::refreshList);
    }

    public void deleteDraft() {
        long id = id();
        runner.run(messages.get("task.savingAgreement"), p -> {
            service.deleteDraft(id);
            return -1L;
        }, this::refreshList);
    }

    public void attachSignedCopy(Path file) {
        change("task.savingAgreement", s -> {
            try {
                return s.attachSignedCopy(id(), file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new se.samordna.core.common.UserFacingException("file.unreadable", e, file.getFileName());
            }
        });
    }

    public java.time.Clock clock() {
        return clock;
    }

    /** When the agreement in view was gone through together (Bilaga 6, September), oldest first. */
    public ObservableList<se.samordna.core.agreement.AgreementReview> reviews() {
        return reviews;
    }

    /** Reads the reviews of the agreement in view again. */
    public void loadReviews() {
        AgreementSnapshot current = snapshot.get();
        if (current == null) {
            reviews.clear();
            return;
        }
        long agreementId = current.agreement().id();
        long centreId = current.agreement().centreId();
        runner.run(messages.get("task.loadingAgreement"), p -> service.reviews(centreId).stream()
                .filter(r -> r.agreementId() == agreementId).toList(), reviews::setAll);
    }

    /**
     * Records that the agreement in view was gone through together on {@code on} by {@code role}; the
     * annual wheel's "Tillsammans titta igenom samverkansavtalet." ticks itself from it.
     */
    public void markReviewed(LocalDate on, String role, String note, Runnable done) {
        AgreementSnapshot current = snapshot.get();
        if (current == null) {
            return;
        }
        long agreementId = current.agreement().id();
        runner.run(messages.get("task.savingAgreement"), p -> service.markReviewed(agreementId, on, role, note),
                saved -> {
                    loadReviews();
                    done.run();
                });
    }

    /** The signed copy's name as it was attached, safe on this system; empty when none is kept. */
    public java.util.Optional<String> signedCopyFileName() {
        AgreementSnapshot current = snapshot.get();
        return current == null ? java.util.Optional.empty()
                : current.agreement().attachment().map(a -> FileNames.safe(a.fileName()));
    }

    public void saveSignedCopy(Path target, Runnable done) {
        long id = id();
        runner.run(messages.get("task.savingFile"), p -> {
            byte[] content = service.signedCopy(id).orElseThrow();
            SafeFiles.write(target, content);
            return target;
        }, path -> done.run());
    }

    /** Writes the agreement as PDF/A, {@code copies} numbered copies; reports characters that were replaced. */
    public void exportPdf(Path target, int copies, Consumer<FlowDocument.Report> done) {
        long id = id();
        runner.run(messages.get("task.exportingPdf"), p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FlowDocument.Report report = AgreementPdfRenderer.render(service.document(id, copies), out);
            SafeFiles.write(target, out.toByteArray());
            return report;
        }, done);
    }

    /** Prints {@code copies} numbered copies through the system print dialog. */
    public void print(int copies, Consumer<PdfPrinting.Outcome> done) {
        long id = id();
        runner.run(messages.get("task.exportingPdf"), p -> {
            AgreementDocument document = service.document(id, copies);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AgreementPdfRenderer.render(document, out);
            return new Rendered(document.title(), out.toByteArray());
        }, rendered -> printer.print(rendered.pdf(), rendered.title(), done, runner::reportFailure));
    }

    /** A file name for the PDF: kind, centre, version; valid whatever the centre is called. */
    public String suggestedFileName(int copies) {
        AgreementSnapshot current = snapshot.get();
        if (current == null) {
            return "avtal.pdf";
        }
        Agreement agreement = current.agreement();
        String kind = messages.label(agreement.kind());
        String name = kind + " " + FileNames.part(current.centre().name()) + " v" + agreement.version()
                + (copies > 1 ? " " + messages.get("agreement.copiesSuffix", copies) : "");
        return FileNames.safe(name + ".pdf");
    }

    /** Compares the selected agreement with another version of it. */
    public void compareWith(AgreementSummary other, Consumer<List<ClauseComparison>> onReady) {
        long left = other.id();
        long right = id();
        runner.run(messages.get("task.loadingAgreement"),
                p -> AgreementService.compare(service.get(left), service.get(right)), onReady);
    }

    // --- Internals ---

    long id() {
        return snapshot.get().agreement().id();
    }

    private AgreementSnapshot load(long id) {
        Agreement agreement = service.get(id);
        return new AgreementSnapshot(agreement, centres.get(agreement.centreId()), service.effectiveValues(agreement),
                agreement.status() == AgreementStatus.UTKAST ? service.readiness(agreement) : List.of(),
                AgreementService.clauseStatuses(agreement), AgreementService.removedTemplateClauses(agreement),
                service.versions(agreement.series()), service.payerChoices(agreement));
    }

    private void showKeepingList(AgreementSnapshot loaded) {
        show(loaded);
        AgreementSummary summary = loaded.versions().stream().filter(v -> v.id() == loaded.agreement().id())
                .findFirst().orElse(null);
        for (int i = 0; i < agreements.size() && summary != null; i++) {
            if (agreements.get(i).id() == summary.id() && !agreements.get(i).equals(summary)) {
                agreements.set(i, summary);
                selected.set(summary);
            }
        }
    }

    private void show(AgreementSnapshot loaded) {
        snapshot.set(loaded);
        if (loaded == null) {
            title.set("");
            statusText.set("");
            problems.clear();
            versions.clear();
        } else {
            Agreement agreement = loaded.agreement();
            title.set(AgreementService.fill(se.samordna.core.agreement.AgreementTemplate.of(agreement.kind()).title(),
                    loaded.values()).text());
            statusText.set(describeStatus(agreement));
            List<String> words = new ArrayList<>();
            for (ReadinessProblem problem : loaded.problems()) {
                words.add(messages.get(problem.messageKey(), problem.arguments().toArray()));
            }
            problems.setAll(words);
            versions.setAll(loaded.versions());
        }
        clauses.show(loaded);
        details.show(loaded);
    }

    String describeStatus(Agreement agreement) {
        String version = messages.get("agreement.versionN", agreement.version());
        return switch (agreement.status()) {
            case UTKAST -> messages.get("agreement.status.draftSince", version);
            case KLAR -> messages.get("agreement.status.readySince", version,
                    DATE.format(agreement.readyAt().toLocalDate()));
            case UNDERTECKNAT -> messages.get("agreement.status.signedOn", version, DATE.format(agreement.signedDate()));
            case UPPSAGT -> messages.get("agreement.status.terminated", version, DATE.format(agreement.noticeDate()),
                    DATE.format(agreement.endDate().orElseThrow()));
        };
    }

    /** One line for an agreement in the list. */
    public String describe(AgreementSummary summary) {
        String base = messages.label(summary.kind()) + " · " + messages.get("agreement.versionN", summary.version());
        return base + "\n" + messages.label(summary.status())
                + (summary.signedDate() == null ? "" : " " + DATE.format(summary.signedDate()))
                + (summary.endDate() == null ? "" : " · " + messages.get("agreement.endsOn", DATE.format(summary.endDate())));
    }

    Messages messages() {
        return messages;
    }


    private record Rendered(String title, byte[] pdf) {
    }
}
