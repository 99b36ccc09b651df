package se.samordna.core.agreement;

/** One clause of an agreement as it stands: from the template (templateKey) or added (null key). */
public record Clause(long id, int position, String templateKey, String heading, String body) {

    public static final int HEADING_MAX = 300;
    public static final int BODY_MAX = 20_000;

    public boolean fromTemplate() {
        return templateKey != null;
    }
}
