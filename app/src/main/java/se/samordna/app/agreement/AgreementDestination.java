package se.samordna.app.agreement;

import se.samordna.app.feature.Destination;
import se.samordna.app.shell.Section;

/** One agreement, chosen in the agreement list. */
public record AgreementDestination(long agreementId) implements Destination {
    @Override
    public Section section() {
        return AgreementsFeature.SECTION;
    }
}
