package se.samordna.core.common;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every text field goes through, so a required field, an over-long text or an e-mail
 * address is judged the same way everywhere. Lengths match the columns of the schema.
 */
public final class TextRules {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-/]{5,}$");

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";
    public static final String EMAIL_FORMAT = "validation.email";
    public static final String PHONE_FORMAT = "validation.phone";

    private TextRules() {
    }

    /** Trims and turns null into the empty string: stored text never has stray whitespace. */
    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public static void required(String field, String value, int maxLength, List<FieldError> errors) {
        if (clean(value).isEmpty()) {
            errors.add(FieldError.of(field, REQUIRED));
        } else {
            maxLength(field, value, maxLength, errors);
        }
    }

    public static void maxLength(String field, String value, int maxLength, List<FieldError> errors) {
        int length = clean(value).codePointCount(0, clean(value).length());
        if (length > maxLength) {
            errors.add(FieldError.of(field, TOO_LONG, maxLength, length));
        }
    }

    public static void email(String field, String value, List<FieldError> errors) {
        String email = clean(value);
        if (email.isEmpty()) {
            return;
        }
        if (!EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of(field, EMAIL_FORMAT));
        } else {
            maxLength(field, email, 254, errors);
        }
    }

    public static void phone(String field, String value, List<FieldError> errors) {
        String phone = clean(value);
        if (phone.isEmpty()) {
            return;
        }
        if (!PHONE.matcher(phone).matches()) {
            errors.add(FieldError.of(field, PHONE_FORMAT));
        } else {
            maxLength(field, phone, 40, errors);
        }
    }
}
