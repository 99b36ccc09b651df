package se.samordna.app.agreement;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.history.History;
import se.samordna.app.history.HistoryDialog;
import se.samordna.app.history.HistorySubject;
import se.samordna.app.i18n.Messages;
import se.samordna.core.audit.AuditedRecord;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfPrinting;

/**
 * The Avtal page: the centre's agreements on the left; on the right the chosen one with its
 * status, what keeps it from being ready, the steps of its life, export and printing, and tabs for
 * the text, the facts, the parties and the versions.
 */
public final class AgreementsView {
    private final History history;
    private final AgreementsViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final BorderPane root = new BorderPane();

    public AgreementsView(AgreementsViewModel model, Messages messages, FileDialogs files, History history) {
        this.history = history;
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("agreementsPage");
        Node list = list();
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(list, detail());
        // The list keeps its width when the window grows: the agreement's text is what needs the room.
        javafx.scene.control.SplitPane.setResizableWithParent(list, false);
        split.setDividerPositions(0.2);
        root.setCenter(split);
        model.attach();
    }

    public Node root() {
        return root;
    }

    private Node list() {
        ListView<AgreementSummary> list = new ListView<>(model.agreements());
        list.setId("agreementList");
        list.getStyleClass().add("centre-list");
        list.setPrefWidth(230);
        Label empty = wrapping(messages.get("agreements.empty"));
        empty.setPadding(new Insets(12));
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AgreementSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                String[] lines = model.describe(item).split("\n", 2);
                Label first = wrapping(lines[0]);
                first.setStyle("-fx-font-weight: bold;");
                first.setMinWidth(0);
                Label second = wrapping(lines.length > 1 ? lines[1] : "");
                second.getStyleClass().add("secondary");
                second.setMinWidth(0);
                setGraphic(new VBox(2, first, second));
                setText(null);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.select(chosen);
            }
        });
        Runnable showSelection = () -> {
            AgreementSummary current = model.selectedProperty().get();
            if (current == null) {
                list.getSelectionModel().clearSelection();
            } else if (!current.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(current);
            }
        };
        model.selectedProperty().addListener((obs, old, value) -> showSelection.run());
        model.agreements().addListener((ListChangeListener<AgreementSummary>) change -> showSelection.run());

        Button collaboration = new Button(messages.get("agreements.newCollaboration"));
        collaboration.setId("newCollaborationButton");
        collaboration.setMaxWidth(Double.MAX_VALUE);
        collaboration.setWrapText(true); // "New collaboration agreement" on two lines rather than cut short
        collaboration.setTooltip(new javafx.scene.control.Tooltip(messages.get("agreements.newCollaboration.tip")));
        collaboration.setOnAction(event -> model.create(AgreementKind.SAMVERKAN));
        Button coordinator = new Button(messages.get("agreements.newCoordinator"));
        coordinator.setId("newCoordinatorButton");
        coordinator.setMaxWidth(Double.MAX_VALUE);
        coordinator.setWrapText(true);
        coordinator.setTooltip(new javafx.scene.control.Tooltip(messages.get("agreements.newCoordinator.tip")));
        coordinator.setOnAction(event -> model.create(AgreementKind.SAMORDNARE));

        Label title = new Label(messages.get("section.AGREEMENTS"));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        collaboration.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        coordinator.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, title, list, collaboration, coordinator);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(16, 12, 16, 16));
        box.setMinWidth(180);
        box.setPrefWidth(230);
        return box;
    }

    private Node detail() {
        Label title = new Label();
        title.setId("agreementTitle");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("agreementStatus");
        status.getStyleClass().add("page-subtitle");
        status.textProperty().bind(model.statusTextProperty());
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox problems = new VBox(2);
        problems.setId("agreementProblems");
        problems.getStyleClass().add("card");
        Runnable showProblems = () -> {
            problems.getChildren().clear();
            Label heading = new Label(messages.get("agreement.problems"));
            heading.getStyleClass().add("notice-urgent");
            problems.getChildren().add(heading);
            model.problems().forEach(text -> problems.getChildren().add(wrapping("• " + text)));
        };
        model.problems().addListener((ListChangeListener<String>) change -> showProblems.run());
        showProblems.run();
        // However much is missing, the list takes at most a few lines (it scrolls beyond them), so
        // the agreement's text below keeps its room.
        javafx.scene.control.ScrollPane problemScroll = new javafx.scene.control.ScrollPane(problems);
        problemScroll.setId("agreementProblemsScroll");
        problemScroll.setFitToWidth(true);
        problemScroll.getStyleClass().add("edge-to-edge");
        problemScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        problemScroll.maxHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.ceil(status.getFont().getSize() * 7), status.fontProperty()));
        problemScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problemScroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(problems.prefHeight(problemScroll.getViewportBounds().getWidth()),
                        problemScroll.getMaxHeight() - 2),
                problems.heightProperty(), problemScroll.viewportBoundsProperty(), problemScroll.maxHeightProperty()));
        problemScroll.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemScroll.managedProperty().bind(problemScroll.visibleProperty());

        TabPane tabs = new TabPane(
                tab("agreementTextTab", messages.get("agreement.tab.text"),
                        new ClauseEditorView(model.clauses(), messages).root()),
                tab("agreementFactsTab", messages.get("agreement.tab.facts"),
                        new AgreementDetailsView(model.details(), messages).root()),
                tab("agreementPartiesTab", messages.get("agreement.tab.parties"),
                        new PartiesView(model.details(), messages).root()),
                tab("agreementVersionsTab", messages.get("agreement.tab.versions"),
                        new AgreementStatusView(model, messages, files).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        tabs.setMinHeight(0);
        VBox page = new VBox(8, title, status, actions(), problemScroll, tabs);
        page.getStyleClass().add("page");
        page.visibleProperty().bind(model.hasAgreement());

        Label none = wrapping(messages.get("agreements.noneSelected"));
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(model.hasAgreement().not());
        VBox empty = new VBox(none);
        empty.setPadding(new Insets(24));
        empty.visibleProperty().bind(model.hasAgreement().not());
        return new javafx.scene.layout.StackPane(empty, page);
    }

    private Node actions() {
        Button ready = button("markReadyButton", "agreement.markReady", this::markReady);
        ready.visibleProperty().bind(model.editable());
        ready.disableProperty().bind(Bindings.isNotEmpty(model.problems()));
        Button draft = button("backToDraftButton", "agreement.backToDraft", model::backToDraft);
        draft.visibleProperty().bind(model.statusIs(AgreementStatus.KLAR));
        Button sign = button("signButton", "agreement.sign", this::sign);
        sign.visibleProperty().bind(model.statusIs(AgreementStatus.KLAR));
        Button terminate = button("terminateButton", "agreement.terminate", this::terminate);
        terminate.visibleProperty().bind(model.statusIs(AgreementStatus.UNDERTECKNAT));
        Button newVersion = button("newVersionButton", "agreement.newVersion", this::newVersion);
        newVersion.visibleProperty().bind(model.signedOrTerminated());
        Button delete = button("deleteDraftButton", "agreement.deleteDraft", this::deleteDraft);
        delete.visibleProperty().bind(model.editable());
        for (Button button : new Button[] {ready, draft, sign, terminate, newVersion, delete}) {
            button.managedProperty().bind(button.visibleProperty());
        }

        MenuItem archive = new MenuItem(messages.get("agreement.export.one"));
        archive.setId("exportOneItem");
        archive.setOnAction(event -> export(1));
        MenuItem three = new MenuItem(messages.get("agreement.export.three"));
        three.setId("exportThreeItem");
        three.setOnAction(event -> export(3));
        MenuButton export = new MenuButton(messages.get("agreement.export"), null, archive, three);
        export.setId("exportMenu");
        Button print = button("printButton", "agreement.print", () -> model.print(3, this::printed));
        Button showHistory = HistoryDialog.button(history, "agreementHistoryButton", () -> {
            AgreementSummary selected = model.selectedProperty().get();
            return selected == null ? null
                    : new HistorySubject(AuditedRecord.AGREEMENT, selected.id(), model.titleProperty().get());
        });

        FlowPane bar = new FlowPane(8, 8, ready, draft, sign, terminate, newVersion, delete, export, print,
                showHistory);
        return bar;
    }

    private void markReady() {
        if (Dialogs.confirm(window(), messages, messages.get("agreement.markReady"),
                messages.get("agreement.markReady.question"), messages.get("agreement.markReady"))) {
            model.markReady();
        }
    }

    private void sign() {
        new DateDialog(messages, window(), messages.get("agreement.sign"), messages.get("agreement.sign.text"),
                messages.get("agreement.sign.date"), model.today(), date -> "",
                date -> date.isAfter(model.today()) ? messages.get("agreement.signedInFuture") : "",
                messages.get("agreement.sign.confirm"))
                .showAndWait().ifPresent(model::sign);
    }

    private void terminate() {
        new DateDialog(messages, window(), messages.get("agreement.terminate"),
                messages.get("agreement.terminate.text"), messages.get("agreement.terminate.date"),
                model.today(), model::endDateFor, model::terminationProblem,
                messages.get("agreement.terminate.confirm"))
                .showAndWait().ifPresent(model::terminate);
    }

    private void newVersion() {
        if (Dialogs.confirm(window(), messages, messages.get("agreement.newVersion"),
                messages.get("agreement.newVersion.question"), messages.get("agreement.newVersion"))) {
            model.newVersion();
        }
    }

    private void deleteDraft() {
        if (Dialogs.confirm(window(), messages, messages.get("agreement.deleteDraft"),
                messages.get("agreement.deleteDraft.question"), messages.get("agreement.deleteDraft"))) {
            model.deleteDraft();
        }
    }

    private void export(int copies) {
        files.save(window(), messages.get("agreement.export"), model.suggestedFileName(copies), FileDialogs.PDF)
                .ifPresent(file -> model.exportPdf(file, copies, report -> exported(file, report)));
    }

    private void exported(java.nio.file.Path file, FlowDocument.Report report) {
        String text = messages.get("agreement.exported", file.toAbsolutePath().toString(), report.pages());
        if (!report.replacedCharacters().isEmpty()) {
            text += "\n\n" + messages.get("agreement.replacedCharacters", String.join(" ", report.replacedCharacters()));
        }
        Dialogs.info(window(), messages, messages.get("agreement.export"), text);
    }

    private void printed(PdfPrinting.Outcome outcome) {
        if (outcome == PdfPrinting.Outcome.PRINTED) {
            Dialogs.info(window(), messages, messages.get("agreement.print"), messages.get("agreement.printed"));
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

}
