package se.samordna.core.wheel;

import java.util.UUID;

/**
 * An activity of a centre's wheel. {@code builtinKey} names the Bilaga 6 row it came from ("B6-03"),
 * null for the centre's own; {@code position} orders the list.
 */
public record WheelActivity(long id, UUID uuid, long centreId, ActivityDraft draft, int position, String builtinKey) {

    public boolean fromBilaga6() {
        return builtinKey != null && builtinKey.startsWith("B6-");
    }

    public String name() {
        return draft.name();
    }

    public String responsible() {
        return draft.responsible();
    }

    public WheelRule rule() {
        return draft.rule();
    }
}
