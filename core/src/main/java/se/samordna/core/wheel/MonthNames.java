package se.samordna.core.wheel;

import java.time.DayOfWeek;
import java.time.Month;

/** Swedish month and weekday names as the wheel prints them (the documents are in Swedish). */
public final class MonthNames {
    private static final String[] MONTHS = {"Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
        "September", "Oktober", "November", "December"};
    private static final String[] WEEKDAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};

    private MonthNames() {
    }

    /** "Januari", as Bilaga 6 heads its rows. */
    public static String of(Month month) {
        return MONTHS[month.ordinal()];
    }

    public static String lower(Month month) {
        return of(month).toLowerCase(java.util.Locale.ROOT);
    }

    /** "jan", for the wheel's narrow sectors. */
    public static String shortName(Month month) {
        return lower(month).substring(0, 3);
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.ordinal()];
    }
}
