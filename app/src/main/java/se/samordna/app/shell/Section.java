package se.samordna.app.shell;

/** The capabilities in the sidebar, in the order of a coordinator's year. */
public enum Section {
    HOME,
    CENTRES,
    AGREEMENTS,
    REFLECTION,
    SURVEY,
    REPORT,
    WHEEL,
    PLAN,
    OVERVIEW
}
