package se.samordna.core.security;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a stream of any length with AES-GCM from the JDK, in segments of 1 MiB, each with its own
 * nonce (a random prefix and the segment's number) and a flag for the last one in its authenticated
 * data: a reordered, cut-short or altered file fails to decrypt instead of giving wrong data. Holding
 * one segment at a time, a backup of any size needs little memory.
 */
public final class StreamCipher {
    private static final byte[] MAGIC = "SAMENC1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A file that is not what it claims: altered, cut short, or encrypted with another key. */
    public static final class DecryptionFailed extends IOException {
        DecryptionFailed(String what, Throwable cause) {
            super(what, cause);
        }
    }

    private StreamCipher() {
    }

    public static void encrypt(InputStream in, OutputStream out, SecretKey key) throws IOException {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.write(prefix);
        byte[] current = in.readNBytes(SEGMENT);
        long segment = 0;
        while (true) {
            byte[] next = current.length == SEGMENT ? in.readNBytes(SEGMENT) : new byte[0];
            boolean last = next.length == 0;
            byte[] sealed = seal(key, prefix, segment, last, current);
            data.writeInt(sealed.length);
            data.write(sealed);
            if (last) {
                break;
            }
            current = next;
            segment++;
        }
        data.flush();
    }

    public static void decrypt(InputStream in, OutputStream out, SecretKey key) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
        byte[] magic = new byte[MAGIC.length];
        byte[] prefix = new byte[8];
        try {
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DecryptionFailed("not an encrypted Samordna file", null);
            }
            data.readFully(prefix);
            for (long segment = 0; ; segment++) {
                int length = data.readInt();
                if (length < TAG_BYTES || length > SEGMENT + TAG_BYTES) {
                    throw new DecryptionFailed("bad segment length", null);
                }
                byte[] sealed = data.readNBytes(length);
                if (sealed.length < length) {
                    throw new DecryptionFailed("cut short", null);
                }
                boolean atEnd = peekEnd(data); // the last segment is the one nothing follows
                byte[] plain = open(key, prefix, segment, atEnd, sealed);
                out.write(plain);
                if (atEnd) {
                    return;
                }
            }
        } catch (EOFException e) {
            throw new DecryptionFailed("cut short", e);
        }
    }

    private static boolean peekEnd(DataInputStream data) throws IOException {
        data.mark(1);
        int next = data.read();
        data.reset();
        return next < 0;
    }

    private static byte[] seal(SecretKey key, byte[] prefix, long segment, boolean last, byte[] plain) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, segment)));
            cipher.updateAAD(aad(segment, last));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM failed", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] prefix, long segment, boolean last, byte[] sealed) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, segment)));
            cipher.updateAAD(aad(segment, last));
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailed("altered, cut short or another key", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM failed", e);
        }
    }

    private static byte[] nonce(byte[] prefix, long segment) {
        if (segment > 0xFFFF_FFFFL) {
            throw new IllegalStateException("too many segments");
        }
        return ByteBuffer.allocate(12).put(prefix).putInt((int) segment).array();
    }

    private static byte[] aad(long segment, boolean last) {
        return ByteBuffer.allocate(9).putLong(segment).put((byte) (last ? 1 : 0)).array();
    }
}
