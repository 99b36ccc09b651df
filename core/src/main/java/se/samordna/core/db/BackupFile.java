package se.samordna.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import se.samordna.core.common.UserFacingException;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.PrivateFiles;
import se.samordna.core.security.StreamCipher;

/**
 * The zip file of a backup: {@code manifest.properties} and {@code samordna.sql}, nothing else.
 * Reading checks the shape, the sizes and the script's checksum before anything uses the script.
 * A backup of a protected database (decision record 0016) holds instead of the script
 * {@code samordna.sql.aes}, the script encrypted with the data key ({@link StreamCipher}), and
 * {@code samordna.keys}, the wrapped keys, so the password or the recovery code opens it anywhere.
 * The manifest stays readable: it holds row counts and checksums, no data.
 */
final class BackupFile {
    static final String SCRIPT_ENTRY = "samordna.sql";
    static final String SEALED_SCRIPT_ENTRY = "samordna.sql.aes";
    static final String KEYS_ENTRY = "samordna.keys";
    /** Far above any real centre's data (a year of forms is a few megabytes), far below a zip bomb. */
    static final long MAX_SCRIPT_BYTES = 4L * 1024 * 1024 * 1024;
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private BackupFile() {
    }

    /** How a backup of a protected database is sealed: the data key and its wrapped form. */
    record Sealing(DataKey key, KeyFile keys) {
    }

    /** Writes the zip and forces it to disk, so a backup listed is a backup there. */
    static void write(Path zip, BackupManifest manifest, Path script) throws IOException {
        write(zip, manifest, script, null);
    }

    /** As {@link #write(Path, BackupManifest, Path)}, the script encrypted when {@code sealing} is given. */
    static void write(Path zip, BackupManifest manifest, Path script, Sealing sealing) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW);
             ZipOutputStream out = new ZipOutputStream(file)) {
            PrivateFiles.restrict(zip);
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(out);
            out.closeEntry();
            if (sealing == null) {
                out.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                Files.copy(script, out);
                out.closeEntry();
            } else {
                out.putNextEntry(new ZipEntry(KEYS_ENTRY));
                out.write(sealing.keys().toBytes());
                out.closeEntry();
                ZipEntry sealed = new ZipEntry(SEALED_SCRIPT_ENTRY);
                sealed.setMethod(ZipEntry.STORED); // ciphertext does not compress; the script is zipped first
                Path compressed = Path.of(zip + ".gz.part");
                try {
                    try (OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(compressed))) {
                        Files.copy(script, gz);
                    }
                    Path encrypted = Path.of(zip + ".aes.part");
                    try {
                        try (InputStream in = Files.newInputStream(compressed);
                             OutputStream enc = new java.io.BufferedOutputStream(Files.newOutputStream(encrypted))) {
                            StreamCipher.encrypt(in, enc, sealing.key().backupKey());
                        }
                        sealed.setSize(Files.size(encrypted));
                        sealed.setCompressedSize(Files.size(encrypted));
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        try (InputStream in = new java.util.zip.CheckedInputStream(Files.newInputStream(encrypted), crc)) {
                            in.transferTo(OutputStream.nullOutputStream());
                        }
                        sealed.setCrc(crc.getValue());
                        out.putNextEntry(sealed);
                        Files.copy(encrypted, out);
                        out.closeEntry();
                    } finally {
                        Files.deleteIfExists(encrypted);
                    }
                } finally {
                    Files.deleteIfExists(compressed);
                }
            }
        }
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The manifest alone, for listing; throws {@link UserFacingException} when it is not a Samordna backup. */
    static BackupManifest readManifest(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw notABackup(zip, null);
            }
            try (InputStream in = limited(file.getInputStream(entry), MAX_MANIFEST_BYTES)) {
                return BackupManifest.read(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notABackup(zip, e);
        }
    }

    /**
     * Extracts the script into {@code scriptOut} and returns the manifest, after checking that the zip
     * holds exactly a manifest and a script, that the script is within bounds and that its SHA-256 is
     * the manifest's.
     */
    static BackupManifest extract(Path zip, Path scriptOut) {
        return extract(zip, scriptOut, null);
    }

    /**
     * The wrapped keys of a backup of a protected database; empty for a plain backup. Throws
     * {@link UserFacingException} when the file is not a backup.
     */
    static java.util.Optional<KeyFile> readKeys(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(KEYS_ENTRY);
            if (entry == null) {
                if (file.getEntry(SEALED_SCRIPT_ENTRY) != null) {
                    throw notABackup(zip, null);
                }
                return java.util.Optional.empty();
            }
            try (InputStream in = limited(file.getInputStream(entry), MAX_MANIFEST_BYTES)) {
                return java.util.Optional.of(KeyFile.parse(in.readAllBytes()));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notABackup(zip, e);
        }
    }

    /**
     * As {@link #extract(Path, Path)}; an encrypted script is decrypted with {@code key}, which must be
     * the backup's ({@code backup.locked} when none or another is given, {@code backup.checksumMismatch}
     * when the ciphertext was altered).
     */
    static BackupManifest extract(Path zip, Path scriptOut, DataKey key) {
        BackupManifest manifest = readManifest(zip);
        java.util.Optional<KeyFile> keys = readKeys(zip);
        if (keys.isPresent() && (key == null || !key.id().equals(keys.get().keyId()))) {
            throw new UserFacingException("backup.locked", zip.getFileName());
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new UserFacingException("backup.newerFormat", zip.getFileName());
        }
        if (manifest.scriptBytes() > MAX_SCRIPT_BYTES) {
            throw notABackup(zip, null);
        }
        boolean scriptSeen = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals(BackupManifest.ENTRY) || keys.isPresent() && name.equals(KEYS_ENTRY)) {
                    continue;
                }
                String expected = keys.isPresent() ? SEALED_SCRIPT_ENTRY : SCRIPT_ENTRY;
                if (!name.equals(expected) || scriptSeen) {
                    throw notABackup(zip, null); // an extra file, a path, or a second script
                }
                scriptSeen = true;
                MessageDigest sha = sha256();
                try (InputStream limited = limited(keys.isPresent() ? opened(in, key, scriptOut.toAbsolutePath().getParent()) : in, manifest.scriptBytes() + 1);
                     DigestInputStream digest = new DigestInputStream(limited, sha)) {
                    long written = Files.copy(digest, scriptOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    if (written != manifest.scriptBytes()) {
                        throw new UserFacingException("backup.checksumMismatch", zip.getFileName());
                    }
                }
                if (!HexFormat.of().formatHex(sha.digest()).equals(manifest.scriptSha256())) {
                    throw new UserFacingException("backup.checksumMismatch", zip.getFileName());
                }
            }
        } catch (ZipException e) {
            throw notABackup(zip, e);
        } catch (StreamCipher.DecryptionFailed e) {
            throw new UserFacingException("backup.checksumMismatch", e, zip.getFileName());
        } catch (IOException e) {
            throw new UserFacingException("backup.unreadable", e, zip.getFileName());
        }
        if (!scriptSeen) {
            throw notABackup(zip, null);
        }
        return manifest;
    }

    /**
     * The decrypted, decompressed script of a sealed entry. The whole entry is decrypted into a file
     * in {@code folder} (the restore's own work folder, beside the script it becomes) first, so no
     * byte of it is used before every segment's tag has been checked.
     */
    private static InputStream opened(InputStream sealed, DataKey key, Path folder) throws IOException {
        Path plain = Files.createTempFile(folder, ".samordna-restore", ".gz");
        try {
            try (OutputStream out = Files.newOutputStream(plain)) {
                StreamCipher.decrypt(sealed, out, key.backupKey());
            }
            InputStream gz = new java.util.zip.GZIPInputStream(Files.newInputStream(plain,
                    StandardOpenOption.DELETE_ON_CLOSE));
            return gz;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(plain);
            throw e;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A SHA-256 of the data alone: the rows of each table in the order H2 writes them (by primary
     * key), tables by name. H2 writes constraints in an order that changes between sessions and
     * estimated row counts into comments, so the whole script's checksum cannot tell "unchanged".
     */
    static String dataSha256(Path script) throws IOException {
        java.util.Map<String, MessageDigest> tables = new java.util.TreeMap<>();
        try (java.io.BufferedReader reader = Files.newBufferedReader(script, java.nio.charset.StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("INSERT INTO ")) {
                    int values = line.indexOf(" VALUES");
                    String table = values < 0 ? "" : line.substring(0, values);
                    tables.computeIfAbsent(table, t -> sha256()).update(line.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        MessageDigest all = sha256();
        tables.forEach((table, digest) -> {
            all.update(table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update(digest.digest());
        });
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static UserFacingException notABackup(Path zip, Exception cause) {
        return new UserFacingException("backup.unreadable", cause, zip.getFileName());
    }

    /** A stream that fails once more than {@code max} bytes have been read: no zip bombs. */
    private static InputStream limited(InputStream in, long max) {
        return new InputStream() {
            private long count;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > max) {
                    throw new IOException("entry larger than declared");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (count += n) > max) {
                    throw new IOException("entry larger than declared");
                }
                return n;
            }
        };
    }
}
