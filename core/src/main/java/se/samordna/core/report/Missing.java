package se.samordna.core.report;

import java.util.List;

/**
 * Something the report still lacks: the wizard step (index into the template's sections) where it is
 * put right, and a message key with its arguments. {@code blocking} items stop submission; the others
 * are worth a look but may be right (a year without a workshop).
 */
public record Missing(int step, String messageKey, List<Object> arguments, boolean blocking) {

    public Missing {
        arguments = List.copyOf(arguments);
    }
}
