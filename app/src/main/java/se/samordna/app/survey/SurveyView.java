package se.samordna.app.survey;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.FileDialogs;

/** The Föräldraenkät page: questionnaire, paper forms, typing in, import, results, for the centre and year in view. */
public final class SurveyView {
    private final SurveyViewModel model;
    private final VBox root = new VBox(6);
    private final TabPane tabs = new TabPane();
    private final FormEntryView entry;
    private final SurveyImportView importView;

    public SurveyView(SurveyViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        root.setId("surveyPage");
        root.setPadding(new Insets(16, 16, 12, 16));
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.survey() == null
                ? messages.get("section.SURVEY")
                : messages.get("survey.title", model.survey().year(), model.centreName()), model.surveyProperty()));
        Label none = new Label(messages.get("survey.noCentre"));
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(model.surveyProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());

        entry = new FormEntryView(model, messages);
        importView = new SurveyImportView(model, messages, files);
        Tab questions = tab("tab-questions", messages.get("survey.tab.questions"),
                new QuestionsView(model, messages).root());
        Tab forms = tab("tab-forms", messages.get("survey.tab.forms"), new PaperFormsView(model, messages, files).root());
        Tab typing = tab("tab-entry", messages.get("survey.tab.entry"), entry.root());
        Tab importing = tab("tab-import", messages.get("survey.tab.import"), importView.root());
        Tab results = tab("tab-results", messages.get("survey.tab.results"),
                new SurveyResultView(model, messages, files).root());
        tabs.getTabs().setAll(questions, forms, typing, importing, results);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.visibleProperty().bind(model.surveyProperty().isNotNull());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            model.setResultsWanted(tab == results);
            model.tabProperty().set(SurveyViewModel.Tab.values()[tabs.getTabs().indexOf(tab)]);
        });
        // After the survey weeks the work is typing in and reading results; before, it is the forms.
        if (model.tabProperty().get() == null) {
            model.tabProperty().set(model.seasonTab());
        }
        tabs.getSelectionModel().select(model.tabProperty().get().ordinal());
        model.tabProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                tabs.getSelectionModel().select(tab.ordinal());
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, none, tabs);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.setResultsWanted(false);
            } else {
                model.setResultsWanted(tabs.getSelectionModel().getSelectedItem() == results);
            }
        });
        model.attach();
    }

    public Node root() {
        return root;
    }

    FormEntryView entry() {
        return entry;
    }

    SurveyImportView importView() {
        return importView;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
