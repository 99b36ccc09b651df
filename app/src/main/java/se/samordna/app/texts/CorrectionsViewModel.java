package se.samordna.app.texts;

import java.util.List;

import se.samordna.app.i18n.Messages;
import se.samordna.core.texts.BuiltInText;
import se.samordna.core.texts.Correction;
import se.samordna.core.texts.CorrectionKind;

/**
 * "Rättelser mot källan": what the app changed in a built-in text that it otherwise calls word for
 * word, as lines to show. Plain Java, so it is tested without JavaFX.
 */
public final class CorrectionsViewModel {
    private final Messages messages;

    /** One change: what kind, what was changed, and why. */
    public record Row(String kind, String change, String note) {
    }

    public CorrectionsViewModel(Messages messages) {
        this.messages = messages;
    }

    public List<BuiltInText> texts() {
        return List.of(BuiltInText.values());
    }

    /** The text's name as offered in the list: "Samverkansavtal (Bilaga 1 …)". */
    public String name(BuiltInText text) {
        return messages.get("corrections.textName", text.title(), text.source());
    }

    /** What the list is: the text is the source's word for word, except for these changes. */
    public String header(BuiltInText text) {
        return messages.get("corrections.header", text.title(), text.source());
    }

    public List<Row> rows(BuiltInText text) {
        return text.corrections().stream().map(this::row).toList();
    }

    private Row row(Correction correction) {
        String change = switch (correction.kind()) {
            case IFYLLT -> messages.get("corrections.filled", correction.source(), correction.corrected());
            case UTELAMNAT -> messages.get("corrections.omitted", correction.source());
            case TILLAGT -> messages.get("corrections.added", correction.corrected());
            default -> messages.get("corrections.change", correction.source(), correction.corrected());
        };
        return new Row(messages.label(correction.kind()), change, correction.note());
    }

    /** How many of the changes are corrections of wording (the rest are blanks filled, parts left out or added). */
    public long wordingCount(BuiltInText text) {
        return text.corrections().stream().map(Correction::kind).filter(CorrectionKind::wording).count();
    }
}
