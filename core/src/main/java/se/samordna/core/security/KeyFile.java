package se.samordna.core.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import se.samordna.core.common.SafeFiles;
import se.samordna.core.common.UserFacingException;

/**
 * The small file beside a protected database ({@code samordna.keys}): the random {@link DataKey},
 * wrapped twice with AES-256-GCM, once under a key derived from the password and once under a key
 * derived from the recovery code, both with PBKDF2-HMAC-SHA256 at {@value #ITERATIONS} iterations
 * and a random salt of their own. Nothing in it is secret without the password or the code. Changing
 * the password replaces the one wrapping, and nothing else. Each backup carries a copy.
 */
public final class KeyFile {
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); about half a second on a laptop of 2024. */
    public static final int ITERATIONS = 600_000;
    static final String FILE_SUFFIX = ".keys";
    private static final String FORMAT = "samordna-keys";
    private static final int VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One wrapping of the data key: under the password or under the recovery code. */
    record Wrapped(int iterations, byte[] salt, byte[] nonce, byte[] cipherText) {
    }

    private final String keyId;
    private final Wrapped byPassword;
    private final Wrapped byRecoveryCode;

    private KeyFile(String keyId, Wrapped byPassword, Wrapped byRecoveryCode) {
        this.keyId = keyId;
        this.byPassword = byPassword;
        this.byRecoveryCode = byRecoveryCode;
    }

    /** A new key file for {@code key}, opened by {@code password} or {@code code}. */
    public static KeyFile create(DataKey key, char[] password, RecoveryCode code) {
        return new KeyFile(key.id(), wrap(key, password, "password"), wrap(key, code.secret(), "recovery"));
    }

    /** The same key file with the password replaced: the recovery code and the data key stay. */
    public KeyFile withPassword(DataKey key, char[] newPassword) {
        if (!key.id().equals(keyId)) {
            throw new IllegalArgumentException("not this file's key");
        }
        return new KeyFile(keyId, wrap(key, newPassword, "password"), byRecoveryCode);
    }

    /** The data key, or {@link UserFacingException} {@code security.wrongPassword}. Slow on purpose. */
    public DataKey unlockWithPassword(char[] password) {
        return unwrap(byPassword, password, "password").orElseThrow(
                () -> new UserFacingException("security.wrongPassword"));
    }

    /** The data key, or {@link UserFacingException} {@code security.wrongRecoveryCode}. Slow on purpose. */
    public DataKey unlockWithRecoveryCode(RecoveryCode code) {
        return unwrap(byRecoveryCode, code.secret(), "recovery").orElseThrow(
                () -> new UserFacingException("security.wrongRecoveryCode"));
    }

    /** The public name of the key inside (see {@link DataKey#id()}). */
    public String keyId() {
        return keyId;
    }

    int passwordIterations() {
        return byPassword.iterations();
    }

    /** Where the key file of the database {@code databaseBase} lives: beside it. */
    public static Path beside(Path databaseBase) {
        return Path.of(databaseBase.toAbsolutePath() + FILE_SUFFIX);
    }

    /** Reads a key file; empty if there is none, {@code security.keyFileUnreadable} if it is not one. */
    public static Optional<KeyFile> read(Path file) {
        try {
            return Optional.of(parse(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UserFacingException("security.keyFileUnreadable", e, file);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("security.keyFileUnreadable", e, file);
        }
    }

    /** Writes the file whole or not at all, readable by the user alone. */
    public void write(Path file) {
        SafeFiles.write(file, toBytes());
        PrivateFiles.restrict(file);
    }

    public byte[] toBytes() {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("version", Integer.toString(VERSION));
        properties.setProperty("keyId", keyId);
        properties.setProperty("kdf", "PBKDF2WithHmacSHA256");
        properties.setProperty("wrap", "AES/GCM/NoPadding");
        put(properties, "password", byPassword);
        put(properties, "recovery", byRecoveryCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            properties.store(writer, "Samordna: the database key, wrapped by the password and by the recovery code");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** Reads the bytes of a key file; {@link IllegalArgumentException} when they are not one. */
    public static KeyFile parse(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable key file", e);
        }
        if (!FORMAT.equals(properties.getProperty("format"))
                || !Integer.toString(VERSION).equals(properties.getProperty("version"))) {
            throw new IllegalArgumentException("not a Samordna key file of a known version");
        }
        String keyId = properties.getProperty("keyId", "");
        if (!keyId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("bad key id");
        }
        return new KeyFile(keyId, get(properties, "password"), get(properties, "recovery"));
    }

    private static void put(Properties properties, String prefix, Wrapped wrapped) {
        Base64.Encoder base64 = Base64.getEncoder();
        properties.setProperty(prefix + ".iterations", Integer.toString(wrapped.iterations()));
        properties.setProperty(prefix + ".salt", base64.encodeToString(wrapped.salt()));
        properties.setProperty(prefix + ".nonce", base64.encodeToString(wrapped.nonce()));
        properties.setProperty(prefix + ".wrapped", base64.encodeToString(wrapped.cipherText()));
    }

    private static Wrapped get(Properties properties, String prefix) {
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            int iterations = Integer.parseInt(properties.getProperty(prefix + ".iterations", ""));
            if (iterations < ITERATIONS || iterations > 100 * ITERATIONS) {
                // A file that asks for fewer rounds would make guessing cheap; far more would hang the start.
                throw new IllegalArgumentException("iterations out of bounds");
            }
            Wrapped wrapped = new Wrapped(iterations, base64.decode(properties.getProperty(prefix + ".salt", "")),
                    base64.decode(properties.getProperty(prefix + ".nonce", "")),
                    base64.decode(properties.getProperty(prefix + ".wrapped", "")));
            if (wrapped.salt().length != SALT_BYTES || wrapped.nonce().length != NONCE_BYTES
                    || wrapped.cipherText().length != DataKey.BYTES + 16) {
                throw new IllegalArgumentException("bad wrapped key");
            }
            return wrapped;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad iterations", e);
        }
    }

    private static Wrapped wrap(DataKey key, char[] secret, String kind) {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        SecretKey kek = derive(secret, salt, ITERATIONS);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(kind, key.id(), ITERATIONS));
            byte[] plain = key.bytes();
            try {
                return new Wrapped(ITERATIONS, salt, nonce, cipher.doFinal(plain));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Optional<DataKey> unwrap(Wrapped wrapped, char[] secret, String kind) {
        SecretKey kek = derive(secret, wrapped.salt(), wrapped.iterations());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(128, wrapped.nonce()));
            cipher.updateAAD(aad(kind, keyId, wrapped.iterations()));
            byte[] plain = cipher.doFinal(wrapped.cipherText());
            try {
                DataKey key = new DataKey(plain);
                return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            return Optional.empty(); // the wrong password or code
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The key-encryption key: PBKDF2-HMAC-SHA256, 256 bits. */
    static SecretKey derive(char[] secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new SecretKeySpec(bytes, "AES");
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The wrapping is bound to what it is (password or code), to the key's id and to the rounds. */
    private static byte[] aad(String kind, String keyId, int iterations) {
        return (FORMAT + " v" + VERSION + " " + kind + " " + keyId + " " + iterations).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }
}
