package se.samordna.core.wheel;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * The annual wheel printed: the wheel with the year's list beside it, on A4 or A3 landscape (for the
 * staff-room wall), or the list alone as a table. PDF/A-2b with embedded fonts, like every document.
 */
public final class WheelPdf {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M", Locale.forLanguageTag("sv-SE"));

    /** The paper, turned to landscape. */
    public enum Paper {
        A4(PDRectangle.A4),
        A3(PDRectangle.A3);

        private final PDRectangle portrait;

        Paper(PDRectangle portrait) {
            this.portrait = portrait;
        }

        public PDRectangle landscape() {
            return FlowDocument.landscape(portrait);
        }
    }

    /** What to print: the wheel and list, or the list alone ({@code wheel} false). */
    public record Request(String centreName, WheelYear year, Paper paper, boolean wheel) {
    }

    private WheelPdf() {
    }

    public static FlowDocument.Report render(Request request, OutputStream out) throws IOException {
        WheelYear year = request.year();
        String title = "Årshjul " + year.year().label();
        DocumentInfo info = new DocumentInfo(title + " – " + request.centreName(), request.centreName(),
                (request.wheel() ? "Årshjulet och dess aktiviteter" : "Årshjulets aktiviteter") + " för "
                        + request.centreName() + ", " + year.year().label(),
                "årshjul, familjecentral, Bilaga 6", "sv-SE", ZonedDateTime.now(SWEDEN));
        try (FlowDocument pdf = new FlowDocument(info, request.paper().landscape())) {
            pdf.startCopy(request.centreName(), title, "Utskrivet " + year.today() + " · Samordna");
            pdf.paragraph(title + " – " + request.centreName(), TextStyle.TITLE.withSpacing(0, 2));
            if (request.wheel()) {
                wheelPage(pdf, year, request.paper());
            } else {
                pdf.paragraph(subtitle(year), TextStyle.SUBTITLE);
                WheelTable.write(pdf, year);
            }
            return pdf.save(out);
        }
    }

    private static String subtitle(WheelYear year) {
        return year.year().first() + " – " + year.year().last() + ". Läget den " + year.today() + ".";
    }

    private static void wheelPage(FlowDocument pdf, WheelYear year, Paper paper) throws IOException {
        float height = pdf.remaining();
        float width = pdf.contentWidth();
        float legend = paper == Paper.A3 ? 54 : 44;
        float diameter = Math.min(height - legend - 22, width * 0.6f);
        float listX = diameter + 56;
        ListLayout list = ListLayout.choose(pdf, year, width - listX, height);
        pdf.block(height, (content, x, top, w) -> {
            new WheelDrawing(pdf, content, year, x + 14 + diameter / 2, top - 16 - diameter / 2, diameter / 2).draw();
            legend(pdf, content, year, x, top - diameter - 34, diameter + 30);
            if (list != null) {
                list.draw(pdf, content, x + listX, top);
            }
        });
        if (list == null) {
            pdf.newPage();
            pdf.paragraph("Årets aktiviteter", TextStyle.HEADING);
            WheelTable.write(pdf, year);
        }
    }

    private static void legend(FlowDocument pdf, PDPageContentStream content, WheelYear year, float x, float top,
                               float width) throws IOException {
        TextStyle style = TextStyle.SMALL.withColor(TextStyle.INK);
        float cursor = x;
        float baseline = top - style.size();
        pdf.text(content, "Ringarna utifrån:", style, cursor, baseline);
        cursor += pdf.width("Ringarna utifrån:", style) + 6;
        List<String> roles = year.roles();
        for (int i = 0; i < roles.size(); i++) {
            float needed = 14 + pdf.width(roles.get(i), style) + 10;
            if (cursor + needed > x + width) {
                cursor = x;
                baseline -= style.lineHeight() + 2;
            }
            swatch(content, WheelDrawing.ringColor(i), cursor, baseline - 1);
            pdf.text(content, roles.get(i), style, cursor + 13, baseline);
            cursor += needed;
        }
        baseline -= style.lineHeight() + 3;
        cursor = x;
        Object[][] keys = {{new Color(0xd3, 0xea, 0xd5), "klar"}, {new Color(0xf8, 0xd7, 0xd4), "försenad"},
            {new Color(0xf2, 0xf2, 0xf2), "inställd i år"}};
        for (Object[] key : keys) {
            swatch(content, (Color) key[0], cursor, baseline - 1);
            pdf.text(content, (String) key[1], style, cursor + 13, baseline);
            cursor += 13 + pdf.width((String) key[1], style) + 12;
        }
        pdf.text(content, "Siffra: aktiviteten med det numret i listan. Röd linje: idag.", style, cursor, baseline);
    }

    private static void swatch(PDPageContentStream content, Color color, float x, float y) throws IOException {
        content.addRect(x, y, 9, 8);
        content.setNonStrokingColor(color);
        content.setStrokingColor(WheelDrawing.LINE);
        content.setLineWidth(0.4f);
        content.fillAndStroke();
    }

    // --- texts shared with the table ---

    /** When the occurrence falls, as the list says it: "v.45–46 (2/11–15/11)", "28/2", "hela månaden". */
    static String whenText(Occurrence o) {
        if (o.moved()) {
            return "flyttad till " + range(o.dates()) + " (regel: " + o.activity().rule().text() + ")";
        }
        return switch (o.activity().rule()) {
            case WheelRule.WholeMonth month -> "hela månaden";
            case WheelRule.FixedDate date -> o.dates().start().format(DAY);
            case WheelRule.WeekRange weeks -> weeks.text() + " (" + range(o.dates()) + ")";
            case WheelRule.NthWeekday weekday -> weekday.text() + " (" + o.dates().start().format(DAY) + ")";
        };
    }

    /** Where it stands: "klar 20/3 (Ledningsgruppen)", "klar: enkätsvar inmatade", "försenad", "inställd i år". */
    static String statusText(Occurrence o) {
        if (o.cancelled()) {
            return "inställd i år" + (o.change().note().isEmpty() ? "" : ": " + o.change().note());
        }
        if (o.tick() != null) {
            return "klar " + o.tick().doneOn().format(DAY) + " (" + o.tick().doneBy() + ")";
        }
        if (o.autoTick() != null) {
            LocalDate on = o.autoTick().doneOn();
            return "klar" + (on == null ? "" : " " + on.format(DAY)) + ": " + sourceText(o.autoTick());
        }
        return switch (o.status()) {
            case OVERDUE -> "försenad";
            case NOW -> "pågår";
            case DUE_SOON -> "snart";
            default -> "";
        };
    }

    static String sourceText(AutoTick tick) {
        return switch (tick.source()) {
            case WORKSHOP -> "självreflektionen hölls";
            case SURVEY -> "enkätsvar inmatade";
            case REPORT -> "verksamhetsberättelsen " + tick.workYear() + " inlämnad";
            case AGREEMENT_REVIEW -> "avtalet genomgånget";
            case PLAN -> "handlingsplanen skickad";
        };
    }

    private static String range(DateRange dates) {
        return dates.start().equals(dates.end()) ? dates.start().format(DAY)
                : dates.start().format(DAY) + "–" + dates.end().format(DAY);
    }

    /** The list beside the wheel at the largest size that fits; with a line of facts under each name when there is room. */
    private record ListLayout(WheelYear year, float width, TextStyle name, TextStyle facts, boolean withFacts) {
        static ListLayout choose(FlowDocument pdf, WheelYear year, float width, float height) {
            for (boolean withFacts : new boolean[] {true, false}) {
                for (float size = 9; size >= 7.5f; size -= 0.5f) {
                    TextStyle name = new TextStyle(TextStyle.Face.REGULAR, size, 1.25f, 0, 0, TextStyle.INK);
                    TextStyle facts = TextStyle.SMALL.withSize(size - 1.5f);
                    ListLayout layout = new ListLayout(year, width, name, facts, withFacts);
                    if (layout.height(pdf) <= height) {
                        return layout;
                    }
                }
            }
            return null;
        }

        private TextStyle month() {
            return new TextStyle(TextStyle.Face.BOLD, name.size() + 0.5f, 1.2f, 0, 0, TextStyle.ACCENT);
        }

        float height(FlowDocument pdf) {
            float total = 0;
            for (Map.Entry<java.time.Month, List<Occurrence>> month : year.byMonth().entrySet()) {
                total += month.getValue().isEmpty() ? name.lineHeight() + 2 : month().lineHeight() + 4;
                for (Occurrence o : month.getValue()) {
                    total += pdf.wrap(o.activity().name(), name, width - 18).size() * name.lineHeight();
                    if (withFacts) {
                        total += pdf.wrap(facts(o), facts, width - 18).size() * facts.lineHeight();
                    }
                    total += 2;
                }
            }
            return total;
        }

        private String facts(Occurrence o) {
            List<String> parts = new ArrayList<>(List.of(whenText(o), o.activity().responsible()));
            String status = statusText(o);
            if (!status.isEmpty()) {
                parts.add(status);
            }
            return String.join(" · ", parts);
        }

        void draw(FlowDocument pdf, PDPageContentStream content, float x, float top) throws IOException {
            float y = top;
            for (Map.Entry<java.time.Month, List<Occurrence>> month : year.byMonth().entrySet()) {
                if (month.getValue().isEmpty()) {
                    TextStyle empty = month().withFace(TextStyle.Face.REGULAR).withColor(TextStyle.MUTED);
                    pdf.text(content, MonthNames.of(month.getKey()) + " – inget i hjulet", empty, x, y - empty.size());
                    y -= name.lineHeight() + 2;
                    continue;
                }
                pdf.text(content, MonthNames.of(month.getKey()), month(), x, y - month().size());
                y -= month().lineHeight() + 4;
                for (Occurrence o : month.getValue()) {
                    TextStyle number = name.withFace(TextStyle.Face.BOLD).withColor(o.status()
                            == OccurrenceStatus.OVERDUE ? WheelDrawing.LATE : o.done() ? WheelDrawing.DONE
                            : TextStyle.ACCENT);
                    pdf.textEndingAt(content, String.valueOf(o.number()), number, x + 12, y - name.size());
                    TextStyle nameStyle = o.cancelled() ? name.withColor(TextStyle.MUTED) : name;
                    for (String line : pdf.wrap(o.activity().name(), name, width - 18)) {
                        pdf.text(content, line, nameStyle, x + 18, y - name.size());
                        y -= name.lineHeight();
                    }
                    if (withFacts) {
                        for (String line : pdf.wrap(facts(o), facts, width - 18)) {
                            pdf.text(content, line, facts, x + 18, y - facts.size());
                            y -= facts.lineHeight();
                        }
                    }
                    y -= 2;
                }
            }
        }
    }
}
