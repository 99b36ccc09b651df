package se.samordna.core.centre;

import java.util.Arrays;
import java.util.List;

/**
 * The parts (verksamheter) a centre can hold. The first four are the "four legs" of the guideline
 * (seed 002, "Familjecentralens fyra ben"); the rest are other professions often present.
 */
public enum Part {
    MODRAHALSOVARD(true),
    BARNHALSOVARD(true),
    OPPEN_FORSKOLA(true),
    FOREBYGGANDE_SOCIALTJANST(true),
    FAMILJERADGIVNING(false),
    TANDVARD(false),
    BIBLIOTEK(false),
    PSYKOLOG(false);

    private final boolean core;

    Part(boolean core) {
        this.core = core;
    }

    /** One of the four parts every family centre is built on. */
    public boolean isCore() {
        return core;
    }

    public static List<Part> coreParts() {
        return Arrays.stream(values()).filter(Part::isCore).toList();
    }

    public static List<Part> otherParts() {
        return Arrays.stream(values()).filter(p -> !p.isCore()).toList();
    }
}
