package se.samordna.app.feature;

import se.samordna.app.shell.Section;

/**
 * Where a notice on the home screen leads: the page of the work it names and, where the feature
 * knows one, the thing itself (an agreement, the survey's typing-in, a year's report). Each feature
 * defines its own destinations and opens them in {@link Feature#open}.
 */
public interface Destination {

    /** The part of the application the work is in. */
    Section section();

    /** A page as it is. */
    record Page(Section section) implements Destination {
    }
}
