package se.samordna.app.reflection;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.reflection.WorkshopViewModel.Page;
import se.samordna.app.ui.FileDialogs;

/** One workshop: what it is, the five steps of Bilaga 5 as a bar, and the page of the step. */
final class WorkshopView {
    private final WorkshopViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private final Map<Page, Supplier<Node>> factories = new EnumMap<>(Page.class);

    WorkshopView(WorkshopViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        factories.put(Page.STEP1, () -> new IndividualStepView(model, messages, files).root());
        factories.put(Page.STEP2, () -> new DialogStepView(model, messages).root());
        factories.put(Page.STEP3, () -> new SharedStepView(model, messages).root());
        factories.put(Page.STEP4, () -> new ImprovementStepView(model, messages).root());
        factories.put(Page.STEP5, () -> new FollowUpStepView(model, messages).root());
        factories.put(Page.RESULT, () -> new ResultView(model, messages, files).root());

        Label title = new Label();
        title.setId("workshopTitle");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.workshop() == null ? ""
                : messages.get("workshop.title", model.workshop().details().heldOn().toString()), model.workshopProperty()));
        Label facts = new Label();
        facts.getStyleClass().add("page-subtitle");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        facts.textProperty().bind(Bindings.createStringBinding(() -> model.workshop() == null ? ""
                : messages.get("workshop.facts", model.workshop().details().year(), model.workshop().participants(),
                model.workshop().details().professions().isBlank() ? "–" : model.workshop().details().professions(),
                messages.get(model.editableProperty().get() ? "workshop.state.ongoing" : "workshop.state.closed")),
                model.workshopProperty(), model.editableProperty()));

        ToggleGroup steps = new ToggleGroup();
        FlowPane bar = new FlowPane(4, 4);
        bar.getStyleClass().add("step-bar");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(messages.get("workshop.page." + page.name()));
            button.setId("page-" + page.name());
            button.setUserData(page);
            button.setToggleGroup(steps);
            bar.getChildren().add(button);
        }
        steps.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                steps.selectToggle(old);
            } else if (toggle.getUserData() != model.pageProperty().get()) {
                model.goTo((Page) toggle.getUserData());
            }
        });
        model.pageProperty().addListener((obs, old, page) -> {
            steps.getToggles().stream().filter(t -> t.getUserData() == page).findFirst().ifPresent(steps::selectToggle);
            show(page);
        });
        steps.getToggles().stream().filter(t -> t.getUserData() == model.pageProperty().get()).findFirst()
                .ifPresent(steps::selectToggle);

        VBox header = new VBox(6, title, facts, bar);
        header.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(header);
        root.setCenter(content);
        show(model.pageProperty().get());
    }

    Node root() {
        return root;
    }

    private void show(Page page) {
        Node node = pages.computeIfAbsent(page, p -> factories.get(p).get());
        content.getChildren().setAll(node);
    }
}
