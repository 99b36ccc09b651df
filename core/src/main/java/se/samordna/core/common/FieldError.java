package se.samordna.core.common;

import java.util.List;

/** What is wrong with one field: the field's name, a message key and the key's arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
