package se.samordna.core.wheel;

import static se.samordna.core.wheel.WheelRoles.LEDNINGSGRUPPEN;
import static se.samordna.core.wheel.WheelRoles.SAMORDNARE;
import static se.samordna.core.wheel.WheelRoles.VERKSAMHETSCHEF;

import java.time.Month;
import java.util.List;

import se.samordna.core.texts.BuiltInText;
import se.samordna.core.texts.Correction;

/**
 * The annual wheel of the guideline (seed 002, Bilaga 6 "Årshjul familjecentraler"), word for word:
 * each activity with the role the table pairs it with, in the table's order. Every centre starts
 * with these rows; June, July and August are empty in the source and stay so. The one change of
 * wording is listed in {@link BuiltInText#ARSHJUL} ("Resp. verksamhets chef" → "Resp. verksamhetschef").
 *
 * <p>Rules: an activity under a month falls in the whole month, except where the words say when:
 * "lämnas in 28/2" on 28 February, "Hälsovecka v.39" in week 39, "v.45-46" in weeks 45–46.
 * Lead times are Samordna's own: four weeks to print the survey forms, 60 days for the report (written in January and February, as the guide says).
 */
public final class Bilaga6 {

    /** One row of the table. */
    public record Row(String key, Month month, String name, String responsible, WheelRule rule, int leadDays,
                      AutoSource autoSource) {
        public ActivityDraft draft() {
            return new ActivityDraft(name, responsible, rule, leadDays, "", autoSource);
        }
    }

    private static final List<Row> ROWS = List.of(
            month("B6-01", Month.JANUARY, "Självreflektion", SAMORDNARE, AutoSource.WORKSHOP),
            month("B6-02", Month.JANUARY, "Gå igenom årshjulet", LEDNINGSGRUPPEN, null),
            new Row("B6-03", Month.FEBRUARY, "Verksamhetsberättelsen lämnas in 28/2", SAMORDNARE,
                    new WheelRule.FixedDate(28, Month.FEBRUARY), 60, AutoSource.REPORT),
            month("B6-04", Month.MARCH, "Ledningsgruppen sammanställer verksamhetsberättelsen", LEDNINGSGRUPPEN, null),
            month("B6-05", Month.MARCH, "Planera sommarsemester", SAMORDNARE, null),
            month("B6-06", Month.MARCH, "Godkänna sommarsemestrar", VERKSAMHETSCHEF, null),
            month("B6-07", Month.MARCH, "Överenskomma och godkänna gemensam plan", LEDNINGSGRUPPEN, null),
            month("B6-08", Month.APRIL, "Ledningsgruppen gör verksamhetsbesök", LEDNINGSGRUPPEN, null),
            month("B6-09", Month.MAY, "Ledningsgruppen gör verksamhetsbesök", LEDNINGSGRUPPEN, null),
            month("B6-10", Month.MAY, "Familjecentralens dag", SAMORDNARE, null),
            month("B6-11", Month.MAY, "FFFF:s årliga konferens", LEDNINGSGRUPPEN, null),
            new Row("B6-12", Month.SEPTEMBER, "Hälsovecka v.39. planera aktiviteter", SAMORDNARE,
                    WheelRule.WeekRange.week(39), 0, null),
            month("B6-13", Month.SEPTEMBER, "Tillsammans titta igenom samverkansavtalet.", SAMORDNARE,
                    AutoSource.AGREEMENT_REVIEW),
            month("B6-14", Month.SEPTEMBER, "Gå igenom rutiner kring hot/våld, säkerhet på FC", SAMORDNARE, null),
            month("B6-15", Month.OCTOBER, "Ledningsgruppen gör verksamhetsbesök med arbetsmiljörund", LEDNINGSGRUPPEN,
                    null),
            month("B6-16", Month.NOVEMBER, "Ledningsgruppen gör verksamhetsbesök", LEDNINGSGRUPPEN, null),
            month("B6-17", Month.NOVEMBER, "Barnkonventionens dag (vecka) Planera aktiviteter", SAMORDNARE, null),
            month("B6-18", Month.NOVEMBER, "Uppmärksamhetsveckan (alkohol) Planera aktiviteter", SAMORDNARE, null),
            new Row("B6-19", Month.NOVEMBER, "Föräldraenkät ska delas ut v.45-46", SAMORDNARE,
                    new WheelRule.WeekRange(45, 46), 28, AutoSource.SURVEY),
            month("B6-20", Month.DECEMBER, "Självreflektion", SAMORDNARE, AutoSource.WORKSHOP));

    /**
     * Samordna's own row beside Bilaga 6: the action plan is sent by 1 December (seed 004: "Handlingsplanen
     * skickas … senast den 1 december"), ticked when the plan is marked sent. Not part of the table.
     */
    public static final Row ACTION_PLAN = new Row("FCA-01", Month.DECEMBER, "Handlingsplanen skickas senast 1/12",
            SAMORDNARE, new WheelRule.FixedDate(1, Month.DECEMBER), 30, AutoSource.PLAN);

    private Bilaga6() {
    }

    /** The rows in the table's order. */
    public static List<Row> rows() {
        return ROWS;
    }

    /** The change of wording made to the table, as the app lists it beside the text. */
    public static List<Correction> corrections() {
        return BuiltInText.ARSHJUL.corrections();
    }

    private static Row month(String key, Month month, String name, String responsible, AutoSource source) {
        return new Row(key, month, name, responsible, new WheelRule.WholeMonth(month), 0, source);
    }
}
