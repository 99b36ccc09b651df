package se.samordna.core.agreement;

import java.util.List;

/** Something that keeps an agreement from being marked ready for signing, as a message key. */
public record ReadinessProblem(String messageKey, List<Object> arguments) {

    public ReadinessProblem {
        arguments = List.copyOf(arguments);
    }

    static ReadinessProblem of(String messageKey, Object... arguments) {
        return new ReadinessProblem(messageKey, List.of(arguments));
    }
}
