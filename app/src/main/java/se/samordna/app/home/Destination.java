package se.samordna.app.home;

import se.samordna.app.shell.Section;

/**
 * Where a notice on the home screen leads: the page of the work it names and, where there is one,
 * the thing itself (the agreement, the survey's typing-in, the year's report).
 */
public sealed interface Destination {

    /** The part of the application the work is in. */
    Section section();

    /** A page as it is. */
    record Page(Section section) implements Destination {
    }

    /** One agreement, chosen in the agreement list. */
    record Agreement(long agreementId) implements Destination {
        @Override
        public Section section() {
            return Section.AGREEMENTS;
        }
    }

    /** The parent survey of the year in view, at the paper forms, the typing-in or the results. */
    record Survey(SurveyWork work) implements Destination {
        @Override
        public Section section() {
            return Section.SURVEY;
        }
    }

    /** What a survey notice is about. */
    enum SurveyWork {
        PRINT_FORMS,
        TYPE_IN,
        RESULTS
    }

    /** The annual report wizard for {@code year} (the year picker follows). */
    record Report(int year) implements Destination {
        @Override
        public Section section() {
            return Section.REPORT;
        }
    }
}
