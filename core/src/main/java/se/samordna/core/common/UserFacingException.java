package se.samordna.core.common;

import java.util.List;

/**
 * A failure a user can understand and act on. Core never writes user-facing text: it names a
 * message key and its arguments, and the application translates them.
 */
public class UserFacingException extends RuntimeException {
    private final String messageKey;
    private final List<Object> arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public UserFacingException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
