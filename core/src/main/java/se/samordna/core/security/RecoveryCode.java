package se.samordna.core.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code that opens a protected data folder when the password is forgotten: 20 characters of
 * Crockford's base 32 (100 random bits), shown once as {@code XXXXX-XXXXX-XXXXX-XXXXX}. Reading it
 * back forgives what people do when they copy a code by hand: lower case, spaces, O for 0, I or L for 1.
 */
public record RecoveryCode(String value) {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public RecoveryCode {
        if (value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("not a recovery code");
        }
    }

    public static RecoveryCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new RecoveryCode(code.toString());
    }

    /** What a person typed, read as a code; empty when it cannot be one (wrong length or letters). */
    public static Optional<RecoveryCode> parse(String typed) {
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(new RecoveryCode(code.toString())) : Optional.empty();
    }

    /** In groups of five, for reading aloud and writing down. */
    public String grouped() {
        return value.substring(0, 5) + "-" + value.substring(5, 10) + "-" + value.substring(10, 15) + "-"
                + value.substring(15);
    }

    char[] secret() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "RecoveryCode[hidden]";
    }
}
