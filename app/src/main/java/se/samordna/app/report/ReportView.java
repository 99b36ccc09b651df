package se.samordna.app.report;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.history.History;
import se.samordna.app.history.HistoryDialog;
import se.samordna.app.history.HistorySubject;
import se.samordna.app.i18n.Messages;
import se.samordna.core.audit.AuditedRecord;
import se.samordna.app.texts.CorrectionsDialog;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.report.Missing;
import se.samordna.core.report.Report;
import se.samordna.core.report.ReportContent;
import se.samordna.core.report.ReportStatus;
import se.samordna.core.report.ReportSummary;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.texts.BuiltInText;

/**
 * The Verksamhetsberättelse page: the template's sections as steps on the left, the current step on
 * the right with the template's guidance beside each field, and the due date always in sight.
 */
public final class ReportView {
    private final History history;
    private final ReportViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final VBox root = new VBox(8);
    private final StackPane body = new StackPane();
    private final ListView<Integer> steps = new ListView<>();
    private final ScrollPane stepScroll = new ScrollPane();
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label due = new Label();
    private final ComboBox<ReportSummary> version = new ComboBox<>();
    private ReportStepView current;
    private long shownReport = -1;
    private int shownStep = -1;
    private boolean shownFrozen;

    public ReportView(ReportViewModel model, Messages messages, FileDialogs files, History history) {
        this.history = history;
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("reportPage");
        root.setPadding(new Insets(16, 16, 12, 16));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        status.setId("reportStatus");
        status.getStyleClass().add("section-title");
        due.setId("reportDue");
        Label saveState = new Label();
        saveState.setId("reportSaveState");
        saveState.getStyleClass().add("muted");
        saveState.textProperty().bind(model.saveStateProperty());
        version.setId("reportVersion");
        version.setItems(model.versions());
        version.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportSummary summary) {
                return summary == null ? "" : messages.get("report.versionLine", summary.version(),
                        messages.label(summary.status()));
            }

            @Override
            public ReportSummary fromString(String text) {
                return null;
            }
        });
        version.setOnAction(event -> {
            ReportSummary chosen = version.getValue();
            if (chosen != null && model.report() != null && chosen.id() != model.report().id()) {
                model.open(chosen);
            }
        });
        version.visibleProperty().bind(Bindings.size(model.versions()).greaterThan(1));
        version.managedProperty().bind(version.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button showHistory = HistoryDialog.button(history, "reportHistoryButton", () -> {
            Report report = model.report();
            return report == null ? null : new HistorySubject(AuditedRecord.ANNUAL_REPORT, report.id(),
                    title.getText(), key -> ReportTemplate.field(report.year(), key)
                            .map(ReportTemplate.Field::title).orElse(key));
        });
        showHistory.visibleProperty().bind(model.contentProperty().isNotNull());
        showHistory.managedProperty().bind(showHistory.visibleProperty());
        HBox info = new HBox(12, status, due, spacer, saveState, version, showHistory);
        info.setAlignment(Pos.BASELINE_LEFT); // the status (a section title) and the due date on one line of text

        buildSteps();
        stepScroll.setFitToWidth(true);
        stepScroll.setId("reportStepScroll");
        Button previous = new Button(messages.get("report.previous"));
        previous.setId("reportPrevious");
        previous.setOnAction(event -> model.goTo(model.stepProperty().get() - 1));
        previous.disableProperty().bind(model.stepProperty().isEqualTo(0));
        Button next = new Button(messages.get("report.next"));
        next.setId("reportNext");
        next.setDefaultButton(false);
        next.setOnAction(event -> model.goTo(model.stepProperty().get() + 1));
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.stepProperty().get() >= model.sections().size() - 1, model.stepProperty()));
        HBox navigation = new HBox(8, previous, next);
        navigation.setAlignment(Pos.CENTER_RIGHT);
        VBox right = new VBox(8, stepScroll, navigation);
        right.setPadding(new Insets(0, 0, 0, 12));
        VBox.setVgrow(stepScroll, Priority.ALWAYS);
        Label legend = new Label(messages.get("report.stepsLegend"));
        legend.setWrapText(true);
        legend.getStyleClass().add("muted");
        Hyperlink corrections = new Hyperlink(messages.get("corrections.open"));
        corrections.setId("reportCorrections");
        corrections.setWrapText(true);
        corrections.setOnAction(event -> CorrectionsDialog.show(corrections.getScene().getWindow(), messages,
                BuiltInText.VERKSAMHETSBERATTELSE));
        VBox left = new VBox(6, steps, legend, corrections);
        VBox.setVgrow(steps, Priority.ALWAYS);
        left.setMinWidth(200);
        SplitPane split = new SplitPane(left, right);
        // The steps keep their width (their names wrap); the step being written gets what the window adds.
        SplitPane.setResizableWithParent(left, false);
        split.setDividerPositions(0.2);
        split.setId("reportWizard");

        root.getChildren().addAll(title, info, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.contentProperty().addListener((obs, old, value) -> show(split));
        model.loadedProperty().addListener((obs, old, value) -> show(split));
        model.stepProperty().addListener((obs, old, value) -> show(split));
        model.missing().addListener((ListChangeListener<Missing>) change -> steps.refresh());
        show(split);
        model.attach();
    }

    public Node root() {
        return root;
    }

    private void buildSteps() {
        steps.setId("reportSteps");
        steps.getStyleClass().add("centre-list");
        steps.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                if (empty || index == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                List<ReportTemplate.Section> sections = model.sections();
                String name = (index + 1) + ". " + sections.get(index).title();
                boolean blocking = model.missing().stream().anyMatch(m -> m.step() == index && m.blocking());
                boolean notes = model.missing().stream().anyMatch(m -> m.step() == index);
                String mark = sections.get(index).content() == ReportTemplate.Content.REVIEW ? ""
                        : blocking ? "  ○" : notes ? "  ✓?" : "  ✓";
                setText(name + mark);
                setWrapText(true);
                setPrefWidth(0);
                setId("step-" + index);
            }
        });
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index != null && index.intValue() >= 0 && index.intValue() != model.stepProperty().get()) {
                model.goTo(index.intValue());
            }
        });
    }

    private void show(SplitPane wizard) {
        ReportContent content = model.content();
        title.setText(messages.get("report.title", model.year(), model.centreName()));
        if (!model.hasCentre()) {
            body.getChildren().setAll(muted(messages.get("report.noCentre")));
            status.setText("");
            due.setText("");
            return;
        }
        if (content == null) {
            status.setText("");
            due.setText(model.dueText());
            if (model.loadedProperty().get()) {
                body.getChildren().setAll(startPane());
            }
            shownReport = -1;
            return;
        }
        Report report = content.report();
        title.setText(messages.get("report.title", report.year(), content.centre().name()));
        status.setText(messages.get("report.statusLine", report.version(), messages.label(report.status())));
        due.setText(model.dueText());
        due.getStyleClass().remove("notice-urgent");
        if (model.late()) {
            due.getStyleClass().add("notice-urgent");
        }
        model.versions().stream().filter(v -> v.id() == report.id()).findFirst().ifPresent(version::setValue);
        if (body.getChildren().isEmpty() || body.getChildren().getFirst() != wizard) {
            body.getChildren().setAll(wizard);
        }
        if (steps.getItems().size() != model.sections().size()) {
            steps.getItems().setAll(java.util.stream.IntStream.range(0, model.sections().size()).boxed().toList());
        }
        int step = model.stepProperty().get();
        if (steps.getSelectionModel().getSelectedIndex() != step) {
            steps.getSelectionModel().select(step);
        }
        steps.refresh();
        boolean frozen = report.status() == ReportStatus.INLAMNAD;
        if (report.id() != shownReport || step != shownStep || frozen != shownFrozen || current == null) {
            shownReport = report.id();
            shownStep = step;
            shownFrozen = frozen;
            current = new ReportStepView(model, messages, files, model.sections().get(step), step);
            stepScroll.setContent(current.root());
            stepScroll.setVvalue(0);
        } else {
            current.refresh(content);
        }
    }

    private Node startPane() {
        Label intro = new Label(model.startIntro());
        intro.setWrapText(true);
        intro.setMaxWidth(720);
        Label dueSources = muted(messages.get("report.due.sources"));
        dueSources.setMaxWidth(720);
        Button start = new Button(messages.get("report.start", model.year()));
        start.setId("startReport");
        start.setOnAction(event -> model.start());
        VBox box = new VBox(14, intro, dueSources, start);
        box.setPadding(new Insets(12, 0, 0, 0));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        StackPane.setAlignment(label, Pos.TOP_LEFT);
        return label;
    }
}
