package se.samordna.app.agreement;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.shell.Section;

/** Avtal: collaboration and coordinator agreements, printed for signing and archived. */
public final class AgreementsFeature implements Feature {
    public static final Section SECTION = new Section("AGREEMENTS", "avtal");

    private final AgreementsViewModel model;
    private final FeatureContext context;

    public AgreementsFeature(FeatureContext context) {
        this.context = context;
        this.model = new AgreementsViewModel(context.workspace().agreements(), context.workspace().centres(),
                context.runner(), context.messages(), context.work(), context.printer(), context.clock());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new AgreementsView(model, context.messages(), context.files(),
                se.samordna.app.history.History.of(context)).root();
    }

    @Override
    public List<NoticeSource> notices() {
        return List.of(new AgreementNotices(context.workspace().agreements(), context.messages(), context.clock()));
    }

    @Override
    public void open(Destination destination) {
        if (destination instanceof AgreementDestination agreement) {
            model.open(agreement.agreementId());
        }
    }

    public AgreementsViewModel model() {
        return model;
    }
}
