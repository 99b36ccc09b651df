package se.samordna.core.reflection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import se.samordna.core.common.TextRules;

/** Step V: when and how the goals are followed up. */
public record FollowUp(LocalDate date, Set<FollowUpMethod> methods, String note) {

    public static final int NOTE_MAX = 2000;
    public static final FollowUp NONE = new FollowUp(null, Set.of(), "");

    public FollowUp {
        methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
        note = TextRules.clean(note);
    }
}
