package se.samordna.app.report;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.shell.Section;

/** Verksamhetsberättelse: the annual report and plan wizard, PDF and Word. */
public final class ReportFeature implements Feature {
    public static final Section SECTION = new Section("REPORT", "verksamhetsberattelse");

    private final ReportViewModel model;
    private final FeatureContext context;

    public ReportFeature(FeatureContext context) {
        this.context = context;
        this.model = new ReportViewModel(context.workspace().reports(), context.workspace().surveys(),
                context.workspace().goals(), context.runner(), context.messages(), context.work(), context.clock());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new ReportView(model, context.messages(), context.files(),
                se.samordna.app.history.History.of(context)).root();
    }

    @Override
    public List<NoticeSource> notices() {
        return List.of(new ReportNotices(context.workspace().reports(), context.messages(), context.clock()));
    }

    @Override
    public void open(Destination destination) {
        if (destination instanceof ReportDestination report) {
            context.work().yearProperty().set(report.year());
        }
    }

    public ReportViewModel model() {
        return model;
    }
}
