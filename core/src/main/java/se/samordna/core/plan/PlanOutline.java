package se.samordna.core.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samordna.core.document.Block;
import se.samordna.core.document.Block.Column;
import se.samordna.core.document.Block.Heading;
import se.samordna.core.document.Block.Paragraph;
import se.samordna.core.document.Block.Role;
import se.samordna.core.document.Document;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.survey.SurveyArea;

/**
 * The action plan as a {@link Document} in the layout of seed 004 (Göteborg Centrum's FCA plan):
 * landscape A4, a cover, an overview of the målområden with their övergripande målsättning and delmål,
 * then per målområde a table of delmål × planerade insatser/aktiviteter – målgrupp × ansvar × förväntad
 * effekt/resultat, with the indicator and the PDSA stage added. Every word the PDF and the Word
 * document print is here, once. A state is printed as a symbol and a word, never as a colour alone.
 */
public final class PlanOutline {
    static final String DELMAL = "Delmål";
    static final String ACTIVITIES = "Planerade insatser/aktiviteter – målgrupp";
    static final String RESPONSIBLE = "Ansvar";
    static final String EFFECT = "Förväntad effekt/resultat";
    static final String INDICATOR = "Indikator";
    static final String PDSA = "PDSA";
    static final String OVERVIEW = "Översikt målsättningar";
    static final String NO_ACTIVITIES = "(Inga aktiviteter planerade ännu)";
    static final String NO_AREAS = "Planen har inga målområden ännu.";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Plan plan;
    private final Map<Long, String> centreNames;
    private final Map<Long, List<IndicatorReading>> readings;
    private final LocalDate today;
    private final List<Block> blocks = new ArrayList<>();

    private PlanOutline(Plan plan, Map<Long, String> centreNames, Map<Long, List<IndicatorReading>> readings,
                        LocalDate today) {
        this.plan = plan;
        this.centreNames = centreNames;
        this.readings = readings;
        this.today = today;
    }

    /**
     * The plan as printed on {@code today}: {@code centreNames} names the plan's centre or the centres it
     * covers, {@code readings} holds the linked indicators' values by activity id.
     */
    public static Document of(Plan plan, Map<Long, String> centreNames, Map<Long, List<IndicatorReading>> readings,
                              LocalDate today) {
        PlanOutline outline = new PlanOutline(plan, centreNames, readings, today);
        outline.build();
        String owner = outline.owner();
        return Document.landscape(
                new DocumentInfo(title(plan), owner, title(plan) + ", " + owner,
                        "handlingsplan, familjecentral, PDSA", "sv-SE", ZonedDateTime.now(SWEDEN)),
                new Document.RunningHead(owner, title(plan), sentLine(plan)), outline.blocks);
    }

    public static String title(Plan plan) {
        return "Handlingsplan " + plan.year();
    }

    /** A file name's words: "Handlingsplan 2026 Familjecentralen Solsidan". */
    public static String fileTitle(Plan plan, Map<Long, String> centreNames) {
        return title(plan) + " " + new PlanOutline(plan, centreNames, Map.of(), LocalDate.now(SWEDEN)).owner();
    }

    private String owner() {
        return plan.scope() == PlanScope.CENTRE ? centreNames.getOrDefault(plan.centreId(), "")
                : se.samordna.core.agreement.MunicipalityNames.beforeKommun(plan.municipality()) + " kommun";
    }

    private void build() {
        cover();
        blocks.add(new Block.PageBreak());
        overview();
        for (int a = 0; a < plan.areas().size(); a++) {
            area(a + 1, plan.areas().get(a));
        }
    }

    private void cover() {
        List<String> lines = new ArrayList<>();
        if (plan.scope() == PlanScope.MUNICIPAL) {
            lines.add("Omfattar " + String.join(", ", coveredNames()));
        }
        List<String> facts = new ArrayList<>();
        facts.add(count(plan.areas().size(), "målområde", "målområden") + " · "
                + count((int) plan.subgoals().count(), "delmål", "delmål") + " · "
                + count((int) plan.activities().count(), "aktivitet", "aktiviteter"));
        facts.add("Utskriven " + today);
        facts.add(sentLine(plan));
        blocks.add(new Block.Cover("Handlingsplan · Familjecentrerat arbetssätt", title(plan), owner(), lines, facts,
                "Skickas senast " + PlanService.dueDate(plan.year()) + " (1 december).",
                "Uppföljning enligt PDSA: Planera, Göra, Följa upp, Förbättra. Läget för varje aktivitet anges "
                        + "med symbol och ord: ○ Ej påbörjad, ► Pågår, ! Försenad, ● Klar, × Avbruten."));
    }

    private static String sentLine(Plan plan) {
        return plan.sentOn() == null ? "Inte skickad ännu" : "Skickad " + plan.sentOn();
    }

    private List<String> coveredNames() {
        return plan.coveredCentreIds().stream().map(id -> centreNames.getOrDefault(id, "")).toList();
    }

    private void overview() {
        blocks.add(new Heading(OVERVIEW, 1));
        if (plan.areas().isEmpty()) {
            blocks.add(new Paragraph(NO_AREAS, Role.NOTE));
            return;
        }
        blocks.add(new Paragraph("Målområden för " + (plan.scope() == PlanScope.CENTRE ? owner()
                : String.join(", ", coveredNames())) + " " + plan.year() + ".", Role.INTRO));
        List<List<String>> rows = new ArrayList<>();
        for (int a = 0; a < plan.areas().size(); a++) {
            GoalArea area = plan.areas().get(a);
            List<String> subgoals = new ArrayList<>();
            for (int s = 0; s < area.subgoals().size(); s++) {
                subgoals.add(number(a + 1, s + 1) + " " + area.subgoals().get(s).text());
            }
            rows.add(List.of((a + 1) + ". " + area.name(), area.overallGoal(),
                    subgoals.isEmpty() ? "–" : String.join("\n", subgoals)));
        }
        blocks.add(new Block.Table(List.of(Column.text("Målområde", 0.2), Column.text("Övergripande målsättning", 0.3),
                Column.text(DELMAL, 0.5)), rows));
    }

    private void area(int number, GoalArea area) {
        blocks.add(new Block.PageBreak());
        blocks.add(new Heading(number + " " + area.name(), 1));
        if (!area.overallGoal().isBlank()) {
            blocks.add(new Paragraph("Övergripande målsättning: " + area.overallGoal(), Role.INTRO));
        }
        if (area.subgoals().isEmpty()) {
            blocks.add(new Paragraph("Inga delmål under målområdet ännu.", Role.NOTE));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < area.subgoals().size(); s++) {
            Subgoal subgoal = area.subgoals().get(s);
            String head = number(number, s + 1) + " " + subgoal.text() + origin(subgoal);
            if (subgoal.activities().isEmpty()) {
                rows.add(List.of(head, NO_ACTIVITIES, "", "", "", ""));
            }
            for (int i = 0; i < subgoal.activities().size(); i++) {
                rows.add(row(i == 0 ? head : "", subgoal.activities().get(i)));
            }
        }
        blocks.add(new Block.Table(List.of(Column.text(DELMAL, 0.17), Column.text(ACTIVITIES, 0.24),
                Column.text(RESPONSIBLE, 0.12), Column.text(EFFECT, 0.14), Column.text(INDICATOR, 0.18),
                Column.text(PDSA, 0.15)), rows));
    }

    private List<String> row(String subgoal, Activity activity) {
        ActivityDraft draft = activity.draft();
        String what = draft.description()
                + (draft.targetGroup().isBlank() ? "" : "\nMålgrupp: " + draft.targetGroup())
                + (activity.carriedFrom() == null ? "" : "\n(Överförd från förra årets plan)");
        return List.of(subgoal, what, draft.responsible(), draft.expectedEffect(), indicator(activity),
                pdsa(activity));
    }

    /** The indicator, its target and how it is measured; a linked one's values and trend; the last value typed in. */
    private String indicator(Activity activity) {
        ActivityDraft draft = activity.draft();
        List<String> lines = new ArrayList<>();
        if (!draft.indicator().isBlank()) {
            lines.add(draft.indicator());
        }
        if (!draft.indicatorTarget().isBlank()) {
            lines.add("Mål: " + draft.indicatorTarget());
        }
        if (!draft.indicatorMethod().isBlank()) {
            lines.add("Mäts: " + draft.indicatorMethod());
        }
        if (draft.link() != null) {
            lines.add("Kopplad till: " + linkName(draft.link()));
            for (IndicatorReading reading : readings.getOrDefault(activity.id(), List.of())) {
                lines.add(reading(reading));
            }
        }
        activity.checkpoints().stream().filter(c -> c.recorded() && !c.indicatorValue().isBlank())
                .reduce((first, second) -> second)
                .ifPresent(c -> lines.add("Uppmätt " + c.date() + ": " + c.indicatorValue()));
        return lines.isEmpty() ? "–" : String.join("\n", lines);
    }

    private String reading(IndicatorReading reading) {
        String who = plan.scope() == PlanScope.MUNICIPAL ? centreNames.getOrDefault(reading.centreId(), "") + " – " : "";
        if (reading.values().isEmpty()) {
            return who + "inget värde ännu";
        }
        String unit = reading.link().kind() == IndicatorKind.SURVEY_AREA ? " %" : "";
        StringBuilder text = new StringBuilder(who);
        List<IndicatorReading.YearValue> values = reading.values();
        for (int i = Math.max(0, values.size() - 2); i < values.size(); i++) {
            if (text.length() > who.length()) {
                text.append(", ");
            }
            text.append(values.get(i).year()).append(": ").append(figure(values.get(i).value())).append(unit);
        }
        text.append(" ").append(reading.trend().symbol()).append(" ").append(reading.trend().label());
        if (reading.met() != null) {
            text.append(reading.met() ? " · målet nått" : " · målet inte nått");
        }
        return text.toString();
    }

    static String linkName(IndicatorLink link) {
        return switch (link.kind()) {
            case SURVEY_AREA -> "föräldraenkäten, " + SurveyArea.valueOf(link.key()).swedishName().toLowerCase(Locale.ROOT)
                    + " (andel positiva svar)";
            case REFLECTION_AREA -> "självreflektionen, " + Instrument.areaName(Area.valueOf(link.key()))
                    .toLowerCase(Locale.ROOT) + " (medelvärde 1–6)";
            case REFLECTION_STATEMENT -> "självreflektionen, påstående " + link.key() + " (bedömning 1–6)";
        };
    }

    /** The stage, the state at a glance (symbol and word), the dates, the checkpoints and any decision. */
    private String pdsa(Activity activity) {
        List<String> lines = new ArrayList<>();
        lines.add(activity.stage().label());
        lines.add(ActivityStatus.of(activity, today).printed());
        ActivityDraft draft = activity.draft();
        if (draft.start() != null || draft.end() != null) {
            lines.add("Tid: " + (draft.start() == null ? "…" : draft.start()) + " – "
                    + (draft.end() == null ? "…" : draft.end()));
        }
        if (!activity.checkpoints().isEmpty()) {
            lines.add("Avstämning: " + String.join(", ", activity.checkpoints().stream()
                    .map(c -> c.date() + (c.recorded() ? " (gjord)" : "")).toList()));
        }
        if (activity.decision() != null && !activity.decisionNote().isBlank()) {
            lines.add(activity.decisionNote());
        }
        return String.join("\n", lines);
    }

    private static String origin(Subgoal subgoal) {
        if (subgoal.origin() == null) {
            return "";
        }
        return subgoal.origin().source() == GoalSource.SJALVREFLEKTION ? "\n(Prioriterat mål från självreflektionen)"
                : subgoal.origin().source() == GoalSource.FORALDRAENKAT ? "\n(Mål från föräldraenkäten)"
                : "\n(Årets mål)";
    }

    private static String number(int area, int subgoal) {
        return area + "." + subgoal + ".";
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
