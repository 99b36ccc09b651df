package se.samordna.core.wheel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import se.samordna.core.common.SafeFiles;

/**
 * The wheel's files as the page writes them: whole or not at all ({@link SafeFiles}), never a
 * half-written calendar or PDF in place of an earlier good one.
 */
public final class WheelExports {

    /** The printed forms of the wheel. */
    public enum Kind {
        /** The wheel and the list beside it on A4 landscape. */
        WHEEL_A4,
        /** The same on A3 landscape, for the staff-room wall. */
        WHEEL_A3,
        /** The list alone as a table. */
        LIST
    }

    private WheelExports() {
    }

    /**
     * Writes the year as an iCalendar file of all-day events; returns how many events it holds
     * (cancelled occurrences included, written as cancelled so that a calendar drops them).
     */
    public static int calendar(String centreName, WheelYear year, Clock clock, Path target) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WheelCalendar.write(centreName, List.of(year), clock, out);
        SafeFiles.write(target, out.toByteArray());
        return year.occurrences().size();
    }

    /** Writes the year as a PDF/A of the chosen kind. */
    public static void pdf(String centreName, WheelYear year, Kind kind, Path target) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WheelPdf.render(new WheelPdf.Request(centreName, year,
                kind == Kind.WHEEL_A3 ? WheelPdf.Paper.A3 : WheelPdf.Paper.A4, kind != Kind.LIST), out);
        SafeFiles.write(target, out.toByteArray());
    }
}
