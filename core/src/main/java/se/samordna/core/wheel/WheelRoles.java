package se.samordna.core.wheel;

import java.util.List;

/**
 * Who is responsible for an activity: a role, never a person. The three roles of Bilaga 6 are built
 * in; a centre may write its own (for example "BVC-sjuksköterskan").
 */
public final class WheelRoles {
    public static final String SAMORDNARE = "Samordnare";
    public static final String LEDNINGSGRUPPEN = "Ledningsgruppen";
    /** Bilaga 6 writes "Resp. verksamhets chef"; see {@link Bilaga6#CORRECTION}. */
    public static final String VERKSAMHETSCHEF = "Resp. verksamhetschef";
    public static final List<String> BUILT_IN = List.of(SAMORDNARE, LEDNINGSGRUPPEN, VERKSAMHETSCHEF);

    private WheelRoles() {
    }
}
