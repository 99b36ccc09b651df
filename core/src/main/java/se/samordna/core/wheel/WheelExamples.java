package se.samordna.core.wheel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.centre.Centre;

/**
 * The example centres' wheels: the first (Solsidan) with a year's ticks, one occurrence moved and one
 * cancelled, an activity of its own and its collaboration agreement gone through in September; the
 * second plans from August; the third has Bilaga 6 as it comes. Only what lies before {@code today}
 * is ticked. Called from the example data, after the agreements, workshops, surveys and reports.
 */
public final class WheelExamples {
    private WheelExamples() {
    }

    public static void create(WheelService wheel, AgreementService agreements, List<Centre> centres,
                              LocalDate today) {
        if (centres.isEmpty()) {
            return;
        }
        solsidan(wheel, agreements, centres.get(0).id(), today);
        if (centres.size() > 1) {
            wheel.setStartMonth(centres.get(1).id(), Month.AUGUST);
            int year = wheel.planYearOf(centres.get(1).id(), today).year();
            tickIfPast(wheel, centres.get(1).id(), year, "Gå igenom rutiner kring hot/våld, säkerhet på FC",
                    WheelRoles.SAMORDNARE, today);
        }
        if (centres.size() > 2) {
            wheel.activities(centres.get(2).id()); // Bilaga 6 as it comes
        }
    }

    private static void solsidan(WheelService wheel, AgreementService agreements, long centre, LocalDate today) {
        int year = wheel.planYearOf(centre, today).year();
        wheel.add(centre, new ActivityDraft("Planeringsdag med BVC och öppna förskolan", "BVC-sjuksköterskan",
                new WheelRule.NthWeekday(2, DayOfWeek.TUESDAY, Month.JUNE), 14,
                "Ta med besöksstatistiken och föräldraenkätens resultat.", null));
        tickIfPast(wheel, centre, year, "Gå igenom årshjulet", WheelRoles.LEDNINGSGRUPPEN, today);
        tickIfPast(wheel, centre, year, "Planera sommarsemester", WheelRoles.SAMORDNARE, today);
        tickIfPast(wheel, centre, year, "Godkänna sommarsemestrar", WheelRoles.VERKSAMHETSCHEF, today);
        tickIfPast(wheel, centre, year, "Ledningsgruppen gör verksamhetsbesök", WheelRoles.LEDNINGSGRUPPEN, today);
        find(wheel, centre, "Familjecentralens dag").ifPresent(day -> {
            LocalDate friday = LocalDate.of(year, Month.MAY, 1).with(java.time.temporal.TemporalAdjusters
                    .dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
            wheel.moveOccurrence(day.id(), year, DateRange.day(friday), "Tillsammans med biblioteket i år.");
        });
        find(wheel, centre, "FFFF:s årliga konferens").ifPresent(conference ->
                wheel.cancelOccurrence(conference.id(), year, "Ingen kan resa i år; vi tar del av dokumentationen."));
        LocalDate review = LocalDate.of(year, Month.SEPTEMBER, 17);
        if (!review.isAfter(today)) {
            agreements.list(centre).stream().filter(a -> a.kind() == AgreementKind.SAMVERKAN)
                    .map(AgreementSummary::id).findFirst()
                    .ifPresent(id -> agreements.markReviewed(id, review, WheelRoles.SAMORDNARE,
                            "Med ledningsgruppen på septembermötet."));
        }
    }

    /** Ticks the activity's occurrence of the year on its last day, when that day has passed. */
    private static void tickIfPast(WheelService wheel, long centre, int year, String name, String role,
                                   LocalDate today) {
        WheelYear wheelYear = wheel.year(centre, year, today);
        wheelYear.occurrences().stream().filter(o -> o.activity().name().equals(name))
                .filter(o -> o.dates().end().isBefore(today)).findFirst()
                .ifPresent(o -> wheel.tick(o.activity().id(), year, o.dates().end(), role, ""));
    }

    private static java.util.Optional<WheelActivity> find(WheelService wheel, long centre, String name) {
        return wheel.activities(centre).stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
