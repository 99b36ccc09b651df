package se.samordna.app.wheel;

import se.samordna.app.feature.Destination;
import se.samordna.app.shell.Section;

/** The wheel of the year in view with one activity chosen (its id), or none ({@code activityId} -1). */
public record WheelDestination(int year, long activityId) implements Destination {
    @Override
    public Section section() {
        return WheelFeature.SECTION;
    }
}
