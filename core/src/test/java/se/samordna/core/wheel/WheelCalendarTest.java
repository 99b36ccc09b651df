package se.samordna.core.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;

/** The calendar file read back by the library, and checked line by line as RFC 5545 asks. */
class WheelCalendarTest {
    private static final PlanYear YEAR = new PlanYear(2026, Month.JANUARY);
    private static final String LONG_NAME = ("Gå igenom årshjulet och överenskomma om höstens föräldraträffar på "
            + "förskolan i Ås, med ärenden från öppna förskolan och BVC ").repeat(2).substring(0, 200);
    private static final String ARABIC_NOTE = "اجتماع مع أولياء الأمور في مركز الأسرة";

    @Test
    void everyOccurrenceIsAnAllDayEventWithAStableUidAndTheRoleAndNoteInTheDescription() throws Exception {
        List<Occurrence> occurrences = occurrences();
        String first = write(occurrences, Instant.parse("2026-11-23T09:00:00Z"));
        String second = write(occurrences, Instant.parse("2026-12-01T15:30:00Z"));

        List<VEvent> events = read(first).getEvents();
        assertThat(events).hasSize(4);
        assertThat(events).extracting(e -> e.getUid().getValue())
                .isEqualTo(read(second).getEvents().stream().map(e -> e.getUid().getValue()).toList())
                .containsExactly(occurrences.stream().map(WheelCalendar::uid).toArray(String[]::new))
                .allMatch(uid -> uid.endsWith("-2026@samordna"));
        assertThat(first).contains("DTSTART;VALUE=DATE:20261102\r\n", "DTEND;VALUE=DATE:20261116\r\n",
                "DTSTART;VALUE=DATE:20260228\r\n", "DTEND;VALUE=DATE:20260301\r\n", "METHOD:PUBLISH\r\n");
        assertThat(first).doesNotContain("VTODO");
        VEvent survey = events.get(1);
        assertThat(survey.getSummary().getValue()).isEqualTo("Föräldraenkät ska delas ut v.45-46");
        assertThat(survey.getDescription().getValue()).startsWith("Ansvarig: Samordnare");
        assertThat(survey.getAlarms()).singleElement()
                .satisfies(a -> assertThat(a.getTrigger().getDuration().toString()).isEqualTo("-P28D"));
        assertThat(events.get(2).getSummary().getValue()).isEqualTo(LONG_NAME);
        assertThat(events.get(2).getDescription().getValue()).contains(ARABIC_NOTE);
        assertThat(events.get(0).getAlarms()).isEmpty();
    }

    @Test
    void aCancelledOccurrenceKeepsItsUidAndSaysCancelledSoACalendarRemovesIt() throws Exception {
        List<Occurrence> occurrences = occurrences();
        String text = write(occurrences, Instant.parse("2026-11-23T09:00:00Z"));

        VEvent cancelled = read(text).getEvents().get(3);
        assertThat(cancelled.getUid().getValue()).isEqualTo(WheelCalendar.uid(occurrences.get(3)));
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAt75OctetsNeverInsideACharacter() throws Exception {
        String text = write(occurrences(), Instant.parse("2026-11-23T09:00:00Z"));

        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(l -> l.startsWith(" ")).count()).as("continuation lines").isGreaterThan(3);
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(WheelCalendar.fold("A".repeat(74) + "å" + "B")).isEqualTo("A".repeat(74) + "\r\n åB\r\n");
    }

    private static List<Occurrence> occurrences() {
        List<Occurrence> list = new ArrayList<>();
        list.add(occurrence(new ActivityDraft("Verksamhetsberättelsen lämnas in 28/2", WheelRoles.SAMORDNARE,
                new WheelRule.FixedDate(28, Month.FEBRUARY), 0, "", AutoSource.REPORT), null));
        list.add(occurrence(new ActivityDraft("Föräldraenkät ska delas ut v.45-46", WheelRoles.SAMORDNARE,
                new WheelRule.WeekRange(45, 46), 28, "", AutoSource.SURVEY), null));
        list.add(occurrence(new ActivityDraft(LONG_NAME, "Ledningsgruppen", new WheelRule.WholeMonth(Month.MAY), 0,
                ARABIC_NOTE, null), null));
        list.add(occurrence(new ActivityDraft("Familjecentralens dag", WheelRoles.SAMORDNARE,
                new WheelRule.WholeMonth(Month.MAY), 0, "", null), new OccurrenceChange(null, true, "Inställt")));
        return list;
    }

    static Occurrence occurrence(ActivityDraft draft, OccurrenceChange change) {
        WheelActivity activity = new WheelActivity(1, UUID.nameUUIDFromBytes(draft.name().getBytes(
                StandardCharsets.UTF_8)), 1, draft, 1, null);
        DateRange dates = draft.rule().dates(YEAR);
        return new Occurrence(1, activity, YEAR, dates, dates, change, null, null, dates.end(),
                change == null ? OccurrenceStatus.LATER : OccurrenceStatus.CANCELLED);
    }

    private static String write(List<Occurrence> occurrences, Instant at) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WheelCalendar.write("Familjecentralen Test", List.of(new WheelYear(1, YEAR, LocalDate.of(2026, 11, 23),
                occurrences)), Clock.fixed(at, ZoneId.of("Europe/Stockholm")), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ICalendar read(String text) throws Exception {
        try (ICalReader reader = new ICalReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            return reader.readNext();
        }
    }
}
