package se.samordna.core.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random key a protected data folder is encrypted with: 256 bits from {@link SecureRandom},
 * never derived from the password. The database file and the backups each get a key of their own
 * derived from it (HMAC-SHA256 with a label), so a key for one use never serves another.
 */
public final class DataKey {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    DataKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static DataKey generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new DataKey(bytes);
    }

    /**
     * The file password handed to H2 (CIPHER=AES): 64 hex digits, 256 random bits. H2 stretches a file
     * password with only 10 PBKDF2 rounds, which is no protection for a password a person chose but
     * none is needed for a random one.
     */
    public String h2FilePassword() {
        return HexFormat.of().formatHex(derive("samordna h2 file v1"));
    }

    /**
     * The password to give H2's connection to a CIPHER=AES file: H2 takes "<file password> <user
     * password>", and the user sa has none.
     */
    public String h2ConnectionPassword() {
        return h2FilePassword() + " ";
    }

    /** The AES key backups are encrypted with. */
    public SecretKey backupKey() {
        return new SecretKeySpec(derive("samordna backup v1"), "AES");
    }

    /** A short public name of this key (not secret): tells whether a backup was made with the same key. */
    public String id() {
        return HexFormat.of().formatHex(Arrays.copyOf(derive("samordna key id v1"), 8));
    }

    byte[] bytes() {
        return key.clone();
    }

    private byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return "DataKey[" + id() + "]"; // never the key itself, in a log or anywhere
    }
}
