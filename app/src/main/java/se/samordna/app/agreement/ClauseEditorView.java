package se.samordna.app.agreement;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import se.samordna.app.agreement.ClauseEditorViewModel.ClauseItem;
import se.samordna.app.agreement.ClauseEditorViewModel.PreviewBlock;
import se.samordna.app.i18n.Messages;
import se.samordna.app.texts.CorrectionsDialog;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.Forms;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;
import se.samordna.core.agreement.ClauseStatus;
import se.samordna.core.agreement.Placeholder;

/** The agreement text: clauses on the left, the chosen clause's words and a preview on the right. */
final class ClauseEditorView {
    private final ClauseEditorViewModel model;
    private final Messages messages;
    private final VBox root;
    private final FlowPane toolbar = new FlowPane(6, 6);

    ClauseEditorView(ClauseEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        SplitPane split = new SplitPane(clauseList(), editor());
        split.setDividerPositions(0.34);
        // The buttons act on the chosen clause; in one row across the top they leave the list every
        // pixel below them, so it shows many clauses even on a low screen with large text.
        toolbar.setId("clauseToolbar");
        toolbar.setPadding(new Insets(8, 0, 0, 0));
        toolbar.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(6, toolbar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    private Node clauseList() {
        ListView<ClauseItem> list = new ListView<>(model.items());
        list.setId("clauseList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ClauseItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("clause-changed", "clause-added");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(model.describe(item));
                setWrapText(true);
                setPrefWidth(0); // follow the list's width; long headings wrap
                if (item.status() == ClauseStatus.CHANGED) {
                    getStyleClass().add("clause-changed");
                } else if (item.status() == ClauseStatus.ADDED) {
                    getStyleClass().add("clause-added");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != model.selectedProperty().get()) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(item);
            }
        });
        model.items().addListener((ListChangeListener<ClauseItem>) change ->
                list.getSelectionModel().select(model.selectedProperty().get()));

        Button add = button("addClauseButton", "clause.add", model::add);
        Button remove = button("removeClauseButton", "clause.remove", model::remove);
        Button up = button("clauseUpButton", "clause.up", () -> model.move(-1));
        Button down = button("clauseDownButton", "clause.down", () -> model.move(1));
        Button reset = button("resetClauseButton", "clause.reset", model::reset);
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.editableProperty().get()
                || model.selectedProperty().get() == null
                || model.selectedProperty().get().status() != ClauseStatus.CHANGED,
                model.selectedProperty(), model.editableProperty()));
        for (Button button : new Button[] {add, remove, up, down}) {
            button.disableProperty().bind(model.editableProperty().not());
        }
        MenuButton restore = new MenuButton(messages.get("clause.restore"));
        restore.setId("restoreClauseMenu");
        Runnable fillRestore = () -> {
            restore.getItems().clear();
            for (TemplateClause clause : model.removed()) {
                MenuItem item = new MenuItem(clause.heading().isBlank() ? messages.get("clause.noHeading")
                        : clause.heading());
                item.setOnAction(event -> model.restore(clause));
                restore.getItems().add(item);
            }
        };
        model.removed().addListener((ListChangeListener<TemplateClause>) change -> fillRestore.run());
        restore.visibleProperty().bind(Bindings.isNotEmpty(model.removed()).and(model.editableProperty()));
        restore.managedProperty().bind(restore.visibleProperty());

        list.setTooltip(new javafx.scene.control.Tooltip(messages.get("clause.legend")));
        toolbar.getChildren().setAll(add, remove, up, down, reset, restore);
        // The list is the working area (the legend that explains its marks is at the top of the
        // editor beside it).
        VBox box = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(4, 8, 10, 0));
        box.setMinWidth(200);
        return box;
    }

    private Node editor() {
        TextField heading = new TextField();
        heading.setId("clauseHeading");
        heading.textProperty().bindBidirectional(model.headingProperty());
        heading.disableProperty().bind(model.editableProperty().not());
        AutoSave.attach(heading, model::saveNow);

        TextArea body = new TextArea();
        body.setId("clauseBody");
        body.setWrapText(true);
        body.setPrefRowCount(12);
        body.textProperty().bindBidirectional(model.bodyProperty());
        body.editableProperty().bind(model.editableProperty());
        body.styleProperty().bind(javafx.beans.binding.Bindings.when(model.editableProperty()).then("")
                .otherwise("-fx-control-inner-background: #eef1f1; -fx-text-fill: #3f4a4b;"));
        AutoSave.attach(body, model::saveNow);

        Label markup = new Label(messages.get("clause.markupHint"));
        markup.getStyleClass().add("muted");
        markup.setWrapText(true);
        Label frozen = new Label();
        frozen.textProperty().bind(model.lockedMessageProperty());
        frozen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        frozen.getStyleClass().add("warning-text");
        frozen.setWrapText(true);
        frozen.visibleProperty().bind(model.editableProperty().not());
        frozen.managedProperty().bind(frozen.visibleProperty());

        VBox preview = new VBox(6);
        preview.setId("clausePreview");
        preview.setPadding(new Insets(10));
        preview.setStyle("-fx-background-color: white; -fx-border-color: #d5dfdf;");
        Runnable render = () -> {
            preview.getChildren().clear();
            for (PreviewBlock block : model.preview()) {
                preview.getChildren().add(render(block));
            }
        };
        model.preview().addListener((ListChangeListener<PreviewBlock>) change -> render.run());
        render.run();

        Label legend = AgreementsView.wrapping(messages.get("clause.legend"));
        legend.getStyleClass().add("muted");
        legend.setId("clauseLegend");
        Hyperlink corrections = new Hyperlink(messages.get("corrections.open"));
        corrections.setId("clauseCorrections");
        corrections.setOnAction(event -> CorrectionsDialog.show(corrections.getScene().getWindow(), messages,
                model.sourceText()));
        VBox box = new VBox(6, frozen, legend, corrections, Forms.sectionTitle(messages.get("clause.heading")), heading,
                Forms.sectionTitle(messages.get("clause.text")), body,
                Forms.errorLabel(model.errorProperty(), "clauseBody"), markup,
                Forms.sectionTitle(messages.get("clause.preview")), preview);
        box.setPadding(new Insets(4, 4, 10, 10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        se.samordna.app.ui.ScrollFollowsFocus.attach(scroll);
        return scroll;
    }

    private Node render(PreviewBlock block) {
        TextFlow flow = new TextFlow();
        String prefix = switch (block.kind()) {
            case BULLET -> block.level() == 0 ? "•  " : "      –  ";
            default -> "";
        };
        if (!prefix.isEmpty()) {
            flow.getChildren().add(new Text(prefix));
        }
        for (Placeholder.Segment segment : block.segments()) {
            Text text = new Text(segment.text());
            switch (segment.kind()) {
                case MISSING -> {
                    text.getStyleClass().add("placeholder-missing");
                    text.setStyle("-fx-fill: #b3261e; -fx-font-weight: bold; -fx-underline: true;");
                }
                case FILLED -> text.setStyle(block.kind() == PreviewBlock.Kind.GENERATED
                        ? "-fx-fill: #5d6b6c; -fx-font-style: italic;" : "-fx-fill: #2f6f73;");
                case PLAIN -> { }
            }
            if (block.kind() == PreviewBlock.Kind.SUBHEADING) {
                text.setStyle(text.getStyle() + "-fx-font-weight: bold;");
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
