package se.samordna.core.centre;

import se.samordna.core.common.TextRules;

/** The editable facts about a person: role, name, title (befattning), organisation, contact. */
public record PersonDetails(Role role, String name, String title, String organisation, String email,
                            String phone) {

    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int ORGANISATION_MAX = 200;

    public PersonDetails {
        name = TextRules.clean(name);
        title = TextRules.clean(title);
        organisation = TextRules.clean(organisation);
        email = TextRules.clean(email);
        phone = TextRules.clean(phone);
    }
}
