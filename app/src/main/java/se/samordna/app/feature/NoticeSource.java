package se.samordna.app.feature;

import java.util.List;

import se.samordna.core.centre.Centre;

/**
 * A capability's contribution to the home screen. Called off the FX thread; returns translated
 * notices for the centre and year in view.
 */
@FunctionalInterface
public interface NoticeSource {
    List<Notice> noticesFor(Centre centre, int year);
}
