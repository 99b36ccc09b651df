package se.samordna.app.agreement;

import java.util.List;
import java.util.Map;

import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;
import se.samordna.core.agreement.ClauseStatus;
import se.samordna.core.agreement.ReadinessProblem;
import se.samordna.core.centre.Centre;

/** One agreement as loaded off the UI thread, with everything the pages derive from it. */
record AgreementSnapshot(
        Agreement agreement,
        Centre centre,
        Map<String, String> values,
        List<ReadinessProblem> problems,
        Map<Long, ClauseStatus> statuses,
        List<TemplateClause> removedClauses,
        List<AgreementSummary> versions,
        List<String> payerChoices) {
}
