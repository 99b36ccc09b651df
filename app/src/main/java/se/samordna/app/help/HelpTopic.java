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
    WHEEL("arshjul"),
    PLAN("handlingsplan"),
    OVERVIEW("oversikt"),
    DATA("data");

    private final String id;

    HelpTopic(String id) {
        this.id = id;
    }

    /** The page's file name without ".txt", also what a link to it is written as: [Avtal](avtal). */
    public String id() {
        return id;
    }

    /** The page about the part of Samordna in view (each section names its page). */
    public static HelpTopic of(Section section) {
        return byId(section.helpPage());
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
