package se.samordna.core.common;

import java.util.List;

/** Input that cannot be saved, with every field that is wrong. */
public final class ValidationException extends UserFacingException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
