package se.samordna.core.yearpackage;

/** The year package's name, version and the bounds an import holds it to (see docs/year-package.md). */
public final class YearPackageFormat {
    public static final String NAME = "samordna-arspaket";
    /** The format this Samordna writes and the newest it reads. */
    public static final int VERSION = 1;
    public static final String EXTENSION = ".samordna";
    public static final String MANIFEST = "manifest.json";

    /** A signed copy is a scanned PDF of a few MB; the survey's answers a few MB of JSON at most. */
    static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    static final int MAX_RECORDS = 500_000;

    private YearPackageFormat() {
    }
}
