package se.samordna.app.wheel;

import java.util.List;

import javafx.scene.Node;

import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Feature;
import se.samordna.app.feature.FeatureContext;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.shell.Section;
import se.samordna.core.wheel.WheelService;

/** Årshjul: Bilaga 6's yearly cycle as a wheel and a list, ticked by hand or by Samordna's own work. */
public final class WheelFeature implements Feature {
    public static final Section SECTION = new Section("WHEEL", "arshjul");

    private final WheelViewModel model;
    private final FeatureContext context;

    public WheelFeature(FeatureContext context) {
        this.context = context;
        this.model = new WheelViewModel(context.workspace().service(WheelService.class), context.runner(),
                context.messages(), context.work(), context.clock(), context.navigator());
    }

    @Override
    public Section section() {
        return SECTION;
    }

    @Override
    public Node createPage() {
        return new WheelView(model, context.messages(), context.files()).root();
    }

    @Override
    public List<NoticeSource> notices() {
        return List.of(new WheelNotices(context.workspace(), context.messages(), context.clock()));
    }

    @Override
    public void open(Destination destination) {
        if (destination instanceof WheelDestination wanted) {
            context.work().yearProperty().set(wanted.year());
            model.choose(wanted.activityId());
        }
    }

    public WheelViewModel model() {
        return model;
    }
}
