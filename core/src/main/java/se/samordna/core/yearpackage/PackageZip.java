package se.samordna.core.yearpackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import se.samordna.core.common.UserFacingException;

/**
 * Reads a package's zip into memory without trusting it: the central directory must be whole (a cut-short
 * file is refused), every name must be a plain relative path, and the number of entries, each entry's
 * and the total uncompressed size are capped while inflating (sizes the zip declares may lie).
 */
final class PackageZip {
    private PackageZip() {
    }

    static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > YearPackageFormat.MAX_ENTRIES) {
                throw new UserFacingException("yearPackage.tooLarge");
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (!safe(name)) {
                    throw new UserFacingException("yearPackage.unsafePath", name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw new UserFacingException("yearPackage.unsafePath", name);
                }
                if (entry.getSize() > YearPackageFormat.MAX_ENTRY_BYTES || total + Math.max(0, entry.getSize())
                        > YearPackageFormat.MAX_TOTAL_BYTES) {
                    throw new UserFacingException("yearPackage.tooLarge");
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    long room = Math.min(YearPackageFormat.MAX_ENTRY_BYTES, YearPackageFormat.MAX_TOTAL_BYTES - total);
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
                    if (bytes.length > room) {
                        throw new UserFacingException("yearPackage.tooLarge");
                    }
                }
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException e) {
            throw new UserFacingException("yearPackage.damaged", e, file.getFileName().toString());
        } catch (IOException e) {
            throw new UserFacingException("yearPackage.damaged", e, file.getFileName().toString());
        }
        return entries;
    }

    /** A relative path of plain names: no "..", no leading slash or drive, no backslash or control character. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 300 || name.startsWith("/") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || name.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".") || (part.isEmpty() && !name.endsWith("/"))) {
                return false;
            }
        }
        return true;
    }
}
