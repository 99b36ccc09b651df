package se.samordna.app.reflection;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.reflection.WorkshopSummary;

/** The Självreflektion page: the centre's workshops on the left, the chosen one on the right. */
public final class ReflectionView {
    private final ReflectionViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final SplitPane root;
    private final StackPane detail = new StackPane();

    public ReflectionView(ReflectionViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        Node list = list();
        root = new SplitPane(list, detail);
        // The list of workshops is short lines: it keeps its width, the workshop gets what the window adds.
        SplitPane.setResizableWithParent(list, false);
        root.setDividerPositions(0.19);
        root.setId("reflectionPage");
        detail.setPadding(new Insets(16, 16, 12, 16));
        model.currentProperty().addListener((obs, old, current) -> showCurrent());
        showCurrent();
        model.attach();
    }

    public Node root() {
        return root;
    }

    private void showCurrent() {
        WorkshopViewModel current = model.currentProperty().get();
        if (current == null) {
            Label none = new Label(messages.get("workshop.none"));
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            detail.getChildren().setAll(new VBox(none));
        } else {
            detail.getChildren().setAll(new WorkshopView(current, messages, files).root());
        }
    }

    private Node list() {
        ListView<WorkshopSummary> list = new ListView<>(model.workshops());
        list.setId("workshopList");
        list.getStyleClass().add("centre-list");
        Label empty = new Label(messages.get("workshop.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(10));
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WorkshopSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.select(chosen);
            }
        });
        model.selectedProperty().addListener((obs, old, value) -> {
            if (value == null) {
                list.getSelectionModel().clearSelection();
            } else if (!value.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(value);
            }
        });

        Button start = new Button(messages.get("workshop.new"));
        start.setId("newWorkshopButton");
        start.setMaxWidth(Double.MAX_VALUE);
        start.setOnAction(event -> newWorkshop());
        Button edit = new Button(messages.get("workshop.edit"));
        edit.setId("editWorkshopButton");
        edit.setMaxWidth(Double.MAX_VALUE);
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(event -> editWorkshop());
        Button own = new Button(messages.get("workshop.own.title"));
        own.setId("ownStatementsButton");
        own.setMaxWidth(Double.MAX_VALUE);
        own.setOnAction(event -> new OwnStatementsDialog(model, messages, root.getScene().getWindow()).showAndWait());
        Button remove = new Button(messages.get("workshop.remove"));
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(event -> {
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("workshop.remove"),
                    messages.get("workshop.remove.question"), messages.get("workshop.remove"))) {
                model.deleteSelected();
            }
        });
        Label title = new Label(messages.get("section.REFLECTION"));
        title.getStyleClass().add("page-title");
        VBox box = new VBox(10, title, list, start, edit, own, remove);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(16, 12, 16, 16));
        // As wide as the page title or the widest button, whichever is wider, and never narrower.
        list.setPrefWidth(200);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Button button : new Button[] {start, edit, own, remove}) {
            button.setWrapText(true);
            button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return box;
    }

    private void newWorkshop() {
        if (!model.hasCentre()) {
            return;
        }
        WorkshopDetails initial = new WorkshopDetails(model.year(), model.today(), 8, "");
        new WorkshopDialog(messages, root.getScene().getWindow(), initial, false,
                (details, saved, invalid) -> {
                    boolean[] refused = {false};
                    model.start(details, saved, errors -> {
                        refused[0] = true;
                        invalid.accept(errors);
                    });
                    if (!refused[0]) {
                        saved.run();
                    }
                }).showAndWait();
    }

    private void editWorkshop() {
        WorkshopViewModel current = model.currentProperty().get();
        if (current == null) {
            return;
        }
        new WorkshopDialog(messages, root.getScene().getWindow(), current.workshop().details(), true,
                (details, saved, invalid) -> {
                    boolean[] refused = {false};
                    model.updateDetails(details, saved, errors -> {
                        refused[0] = true;
                        invalid.accept(errors);
                    });
                    if (!refused[0]) {
                        saved.run();
                    }
                }).showAndWait();
    }
}
