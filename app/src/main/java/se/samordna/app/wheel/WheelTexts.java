package se.samordna.app.wheel;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import se.samordna.app.i18n.Messages;
import se.samordna.core.wheel.DateRange;
import se.samordna.core.wheel.WheelRule;

/** How the page writes a rule, a month and days in the language of the window (the PDF stays Swedish). */
final class WheelTexts {
    private WheelTexts() {
    }

    static String rule(Messages messages, WheelRule rule) {
        return switch (rule) {
            case WheelRule.FixedDate date -> messages.get("wheel.rule.date", date.day(), date.month().getValue(),
                    shortMonth(messages, date.month()));
            case WheelRule.WeekRange weeks -> weeks.from() == weeks.to()
                    ? messages.get("wheel.rule.week", weeks.from())
                    : messages.get("wheel.rule.weeks", weeks.from(), weeks.to());
            case WheelRule.WholeMonth month -> month(messages, month.month());
            case WheelRule.NthWeekday nth -> messages.get("wheel.rule.nth",
                    messages.get("wheel.nth." + (nth.nth() == WheelRule.NthWeekday.LAST ? "last" : nth.nth())),
                    weekday(messages, nth.weekday()), month(messages, nth.month()));
        };
    }

    /** "januari", "January". */
    static String month(Messages messages, Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
    }

    /** "Januari", "January": as a heading. */
    static String monthTitle(Messages messages, Month month) {
        String name = month(messages, month);
        return name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1);
    }

    static String shortMonth(Messages messages, Month month) {
        return month.getDisplayName(TextStyle.SHORT_STANDALONE, messages.locale()).replace(".", "");
    }

    static String weekday(Messages messages, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, messages.locale());
    }

    /** "28 feb", "2 nov–15 nov": the days this year. */
    static String range(Messages messages, DateRange range) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        String start = day.format(range.start()).replace(".", "");
        if (range.start().equals(range.end())) {
            return start;
        }
        return start + "–" + day.format(range.end()).replace(".", "");
    }
}
