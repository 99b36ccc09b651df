package se.samordna.core.agreement;

/** The two agreements of the guideline, each with its notice period when terminated. */
public enum AgreementKind {
    /** Bilaga 1: the collaboration agreement between the parties of a centre. */
    SAMVERKAN(12, "samverkansavtal.txt"),
    /** Bilaga 2: the agreement with the centre's coordinator. */
    SAMORDNARE(3, "samordnaravtal.txt");

    private final int noticeMonths;
    private final String templateResource;

    AgreementKind(int noticeMonths, String templateResource) {
        this.noticeMonths = noticeMonths;
        this.templateResource = templateResource;
    }

    /** Months from notice to end: twelve for the collaboration agreement, three for the coordinator's. */
    public int noticeMonths() {
        return noticeMonths;
    }

    String templateResource() {
        return templateResource;
    }
}
