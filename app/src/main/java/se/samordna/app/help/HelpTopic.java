package se.samordna.app.help;

import se.samordna.app.shell.Section;

/** The pages of the user guide, in the order they are listed; each is a resource file per language. */
public enum HelpTopic {
    START("kom-igang"),
    YEAR("aret"),
    HOME("hem"),
    CENTRES("familjecentraler"),
    AGREEMENTS("avtal"),
    REFLECTION("sjalvreflektion"),
    SURVEY("foraldraenkat"),
    REPORT("verksamhetsberattelse"),
    DATA("data");

    private final String id;

    HelpTopic(String id) {
        this.id = id;
    }

    /** The page's file name without ".txt", also what a link to it is written as: [Avtal](avtal). */
    public String id() {
        return id;
    }

    /** The page about the part of Samordna in view; the parts not built yet belong to the year's cycle. */
    public static HelpTopic of(Section section) {
        return switch (section) {
            case HOME -> HOME;
            case CENTRES -> CENTRES;
            case AGREEMENTS -> AGREEMENTS;
            case REFLECTION -> REFLECTION;
            case SURVEY -> SURVEY;
            case REPORT -> REPORT;
            case WHEEL, PLAN, OVERVIEW -> YEAR;
        };
    }

    static HelpTopic byId(String id) {
        for (HelpTopic topic : values()) {
            if (topic.id.equals(id)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("no help page " + id);
    }
}
