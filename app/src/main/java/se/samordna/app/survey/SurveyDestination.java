package se.samordna.app.survey;

import se.samordna.app.feature.Destination;
import se.samordna.app.shell.Section;

/** The parent survey of the year in view, at the paper forms, the typing-in or the results. */
public record SurveyDestination(Work work) implements Destination {

    /** What a survey notice is about. */
    public enum Work {
        PRINT_FORMS,
        TYPE_IN,
        RESULTS
    }

    @Override
    public Section section() {
        return SurveyFeature.SECTION;
    }
}
