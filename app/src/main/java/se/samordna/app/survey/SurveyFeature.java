package se.samordna.app.survey;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.shell.Section;

/** Föräldraenkät: printed forms, fast typing-in of paper answers, results against the 85 % targets. */
public final class SurveyFeature implements Feature {
    public static final Section SECTION = new Section("SURVEY", "foraldraenkat");

    private final SurveyViewModel model;
    private final FeatureContext context;

    public SurveyFeature(FeatureContext context) {
        this.context = context;
        this.model = new SurveyViewModel(context.workspace().surveys(), context.workspace().goals(),
                context.runner(), context.messages(), context.work(), context.printer(), context.clock());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new SurveyView(model, context.messages(), context.files()).root();
    }

    @Override
    public List<NoticeSource> notices() {
        return List.of(new SurveyNotices(context.workspace().surveys(), context.messages(), context.clock()));
    }

    @Override
    public void open(Destination destination) {
        if (destination instanceof SurveyDestination wanted) {
            model.tabProperty().set(switch (wanted.work()) {
                case PRINT_FORMS -> SurveyViewModel.Tab.FORMS;
                case TYPE_IN -> SurveyViewModel.Tab.ENTRY;
                case RESULTS -> SurveyViewModel.Tab.RESULTS;
            });
        }
    }

    public SurveyViewModel model() {
        return model;
    }
}
