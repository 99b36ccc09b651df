package se.samordna.core.security;

/**
 * What a password must be (at least {@value #MIN_LENGTH} characters) and a hint of how hard it is to
 * guess. The hint is only a hint: length counts most, then a mix of kinds of characters.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;

    /** How the hint rates a password. */
    public enum Strength { TOO_SHORT, WEAK, FAIR, STRONG }

    private Passwords() {
    }

    public static Strength strength(CharSequence password) {
        int length = password.codePoints().toArray().length;
        if (length < MIN_LENGTH) {
            return Strength.TOO_SHORT;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int distinct = (int) password.codePoints().distinct().count();
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (distinct < 5) {
            return Strength.WEAK; // "aaaaaaaaaa", "1212121212"
        }
        if (length >= 16 && kinds >= 2 || length >= 12 && kinds >= 3) {
            return Strength.STRONG;
        }
        return kinds >= 2 || length >= 14 ? Strength.FAIR : Strength.WEAK;
    }

    public static boolean acceptable(CharSequence password) {
        return strength(password) != Strength.TOO_SHORT;
    }
}
