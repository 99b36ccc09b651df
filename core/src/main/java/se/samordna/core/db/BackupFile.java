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

/**
 * The zip file of a backup: {@code manifest.properties} and {@code samordna.sql}, nothing else.
 * Reading checks the shape, the sizes and the script's checksum before anything uses the script.
 */
final class BackupFile {
    static final String SCRIPT_ENTRY = "samordna.sql";
    /** Far above any real centre's data (a year of forms is a few megabytes), far below a zip bomb. */
    static final long MAX_SCRIPT_BYTES = 4L * 1024 * 1024 * 1024;
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private BackupFile() {
    }

    /** Writes the zip and forces it to disk, so a backup listed is a backup there. */
    static void write(Path zip, BackupManifest manifest, Path script) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
            Files.copy(script, out);
            out.closeEntry();
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
        BackupManifest manifest = readManifest(zip);
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
                if (name.equals(BackupManifest.ENTRY)) {
                    continue;
                }
                if (!name.equals(SCRIPT_ENTRY) || scriptSeen) {
                    throw notABackup(zip, null); // an extra file, a path, or a second script
                }
                scriptSeen = true;
                MessageDigest sha = sha256();
                try (InputStream limited = limited(in, manifest.scriptBytes() + 1);
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
        } catch (IOException e) {
            throw new UserFacingException("backup.unreadable", e, zip.getFileName());
        }
        if (!scriptSeen) {
            throw notABackup(zip, null);
        }
        return manifest;
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
