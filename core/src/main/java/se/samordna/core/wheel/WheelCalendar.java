package se.samordna.core.wheel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.ICalDate;

/**
 * A centre's wheel year as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple
 * Calendar: one all-day event per occurrence (dates only, so no time zone can shift them; DTEND is
 * the day after the last, as the standard counts), the activity as summary, the role and notes as
 * description, a reminder from the lead time. Events, not tasks: Outlook ignores VTODO.
 *
 * <p>Each event's UID is the activity's uuid and the plan year, so importing a later export again
 * updates the same events instead of adding copies; a cancelled occurrence is written with
 * STATUS:CANCELLED under the same UID, so a calendar that has it takes it away. SEQUENCE counts the
 * minutes since 1970 at export, so a later export always wins. Lines end with CRLF and are folded at
 * 75 octets (decision 0012).
 */
public final class WheelCalendar {
    static final String PRODUCT_ID = "-//Samordna//Årshjul//SV";
    static final int MAX_OCTETS = 75;

    private WheelCalendar() {
    }

    /** The UID of an occurrence: stable across exports and installations for the same activity and year. */
    public static String uid(Occurrence occurrence) {
        return occurrence.activity().uuid() + "-" + occurrence.year().year() + "@samordna";
    }

    /** Writes the years (usually one) of a centre's wheel, named {@code centreName}, to {@code out}. */
    public static void write(String centreName, List<WheelYear> years, Clock clock, OutputStream out)
            throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        calendar.setName("Årshjul " + centreName);
        calendar.setExperimentalProperty("X-WR-CALNAME", "Årshjul " + centreName); // what Outlook and Google read
        Date stamp = Date.from(clock.instant());
        int sequence = (int) (clock.instant().getEpochSecond() / 60);
        for (WheelYear year : years) {
            for (Occurrence occurrence : year.occurrences()) {
                calendar.addEvent(event(occurrence, stamp, sequence));
            }
        }
        java.io.StringWriter unfolded = new java.io.StringWriter();
        try (ICalWriter writer = new ICalWriter(unfolded, ICalVersion.V2_0)) {
            // biweekly (vinnie) folds at 75 characters; RFC 5545 says 75 octets, which Swedish and
            // Arabic text exceeds at 75 characters. So it writes whole lines and they are folded here.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        }
        out.write(fold(unfolded.toString()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Folds every line longer than 75 octets of UTF-8 (RFC 5545, 3.1): CRLF and a space before each
     * continuation, never inside a character. Lines end with CRLF.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 60 * 3);
        for (String line : text.split("\\r\\n|\\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    folded.append("\r\n ");
                    octets = 0;
                    limit = MAX_OCTETS - 1; // the space that starts a continuation counts
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static VEvent event(Occurrence occurrence, Date stamp, int sequence) {
        WheelActivity activity = occurrence.activity();
        VEvent event = new VEvent();
        event.setUid(uid(occurrence));
        event.setDateTimeStamp(stamp);
        event.setSequence(sequence);
        event.setSummary(activity.name());
        event.setDescription(description(occurrence));
        event.setDateStart(new DateStart(date(occurrence.dates().start()), false));
        event.setDateEnd(new DateEnd(date(occurrence.dates().end().plusDays(1)), false));
        event.setTransparency(Transparency.transparent());
        event.addCategories("Årshjul");
        if (occurrence.cancelled()) {
            event.setStatus(Status.cancelled());
        } else if (activity.draft().leadDays() > 0) {
            Duration before = Duration.builder().prior(true).days(activity.draft().leadDays()).build();
            event.addAlarm(VAlarm.display(new Trigger(before, Related.START), activity.name()));
        }
        return event;
    }

    private static String description(Occurrence occurrence) {
        List<String> lines = new ArrayList<>();
        lines.add("Ansvarig: " + occurrence.activity().responsible());
        if (!occurrence.activity().draft().note().isEmpty()) {
            lines.add(occurrence.activity().draft().note());
        }
        if (occurrence.change() != null && !occurrence.change().note().isEmpty()) {
            lines.add(occurrence.change().note());
        }
        if (occurrence.activity().fromBilaga6()) {
            lines.add("Ur årshjulet i Bilaga 6 (länsövergripande riktlinje för familjecentraler).");
        }
        return String.join("\n", lines);
    }

    /** A date-only value: biweekly writes the date's fields in the default time zone, so build it there. */
    private static ICalDate date(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()), false);
    }
}
