package se.samordna.core.agreement;

/** utkast → klar för underskrift → undertecknat → uppsagt. */
public enum AgreementStatus {
    UTKAST,
    KLAR,
    UNDERTECKNAT,
    UPPSAGT;

    /** Only a draft can be changed; a signed agreement is frozen and changes make a new version. */
    public boolean editable() {
        return this == UTKAST;
    }
}
