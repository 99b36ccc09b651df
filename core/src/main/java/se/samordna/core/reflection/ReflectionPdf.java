package se.samordna.core.reflection;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.ChartDrawing;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/**
 * The workshop's documents: the result (the Bilaga 4 table filled in, area averages as a chart
 * beside earlier workshops, the improvement goals, the follow-up) and the blank form for step I.
 */
public final class ReflectionPdf {
    private static final float SCALE_CELL = 25;
    private static final float ASSESS_CELL = 46;
    private static final Color GRID = ChartDrawing.color(ChartPalette.GRID);
    private static final Color AREA_FILL = new Color(0xe4, 0xee, 0xee);

    private ReflectionPdf() {
    }

    /** What the result shows besides the workshop itself. */
    public record ResultRequest(String centreName, Workshop workshop, List<Workshop> earlier, List<YearGoal> goals) {
    }

    public static FlowDocument.Report result(ResultRequest request, OutputStream out) throws IOException {
        Workshop workshop = request.workshop();
        String title = "Resultat av självreflektion " + workshop.details().heldOn();
        try (FlowDocument pdf = new FlowDocument(info(title, request.centreName(),
                "Självreflektion enligt Bilaga 4 och 5, Länsövergripande riktlinje för familjecentraler i Jämtlands län"))) {
            pdf.startCopy(request.centreName(), "Självreflektion " + workshop.details().year(),
                    "Resultat av självreflektion · " + workshop.details().heldOn());
            pdf.paragraph("Självreflektion för dig/ er som personal på Familjecentralen", TextStyle.SMALL.withSpacing(0, 6));
            pdf.paragraph(request.centreName() + " – resultat av självreflektion", TextStyle.TITLE);
            pdf.paragraph("Genomförd " + workshop.details().heldOn() + " · verksamhetsår " + workshop.details().year()
                    + (workshop.details().professions().isBlank() ? "" : " · yrkesgrupper: "
                    + workshop.details().professions()), TextStyle.SUBTITLE);
            pdf.paragraph("Markera på skalan var ni som grupp betraktar att ni befinner er:", TextStyle.BODY.withSpacing(8, 4));
            table(pdf, workshop);
            averages(pdf, request);
            goals(pdf, workshop, request.goals());
            followUp(pdf, workshop.followUp());
            return pdf.save(out);
        }
    }

    /** The step I form to print: every statement with the scale as boxes and a line for a comment. */
    public static FlowDocument.Report blankForm(String centreName, List<Statement> statements, OutputStream out)
            throws IOException {
        try (FlowDocument pdf = new FlowDocument(info("Självreflektion – steg I, individuell uppfattning", centreName,
                "Blankett för steg I i självreflektionen enligt Bilaga 4 och 5"))) {
            pdf.startCopy(centreName, "Deltagare nr ______", "Självreflektion – steg I, individuell uppfattning");
            pdf.paragraph("Självreflektion för dig/ er som personal på Familjecentralen", TextStyle.TITLE);
            pdf.paragraph("Steg I – Individuell uppfattning", TextStyle.SUBTITLE);
            pdf.paragraph("Var tycker du att ni på familjecentralen befinner er. Kryssa en ruta per påstående: 6 = "
                    + Instrument.HIGHEST_LABEL + ", 1 = " + Instrument.LOWEST_LABEL + ". Kryssa ”"
                    + Instrument.CANNOT_ASSESS_LABEL + "” om du inte kan bedöma påståendet. Skriv inte ditt namn; "
                    + "svaren är anonyma.", TextStyle.BODY.withSpacing(6, 4));
            pdf.paragraph("Familjecentral: " + centreName + "          Datum: ____________________",
                    TextStyle.BODY.withSpacing(4, 8));
            Area current = null;
            for (Statement statement : statements) {
                if (statement.area() != current) {
                    current = statement.area();
                    pdf.heading(Instrument.areaName(current), TextStyle.HEADING);
                }
                formItem(pdf, statement);
            }
            return pdf.save(out);
        }
    }

    // --- the result table ---

    private static void table(FlowDocument pdf, Workshop workshop) {
        float textWidth = pdf.contentWidth() - 6 * SCALE_CELL - ASSESS_CELL;
        pdf.block(34, (content, x, top, width) -> {
            TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
            pdf.text(content, "Resultat av självreflektion", TextStyle.BODY.withFace(TextStyle.Face.BOLD), x, top - 13);
            pdf.text(content, "Antal svarande: " + workshop.participants(), TextStyle.BODY, x, top - 28);
            float scaleX = x + textWidth;
            pdf.text(content, Instrument.HIGHEST_LABEL, small, scaleX, top - 13);
            String low = Instrument.LOWEST_LABEL;
            pdf.text(content, low, small, scaleX + 6 * SCALE_CELL - pdf.width(low, small), top - 13);
            for (int value = Instrument.HIGHEST; value >= Instrument.LOWEST; value--) {
                String label = String.valueOf(value);
                float cx = scaleX + (Instrument.HIGHEST - value) * SCALE_CELL + SCALE_CELL / 2;
                pdf.text(content, label, small, cx - pdf.width(label, small) / 2, top - 28);
            }
            pdf.text(content, "Kan inte", small, scaleX + 6 * SCALE_CELL + 4, top - 20);
            pdf.text(content, "bedöma", small, scaleX + 6 * SCALE_CELL + 4, top - 29);
            line(content, x, top - 33, x + width, top - 33);
        });
        Map<Area, OptionalDouble> averages = ReflectionMath.areaAverages(workshop);
        Area current = null;
        for (Statement statement : workshop.statements()) {
            if (statement.area() != current) {
                current = statement.area();
                Area area = current;
                String average = averages.get(area).isPresent()
                        ? "medel " + decimal(averages.get(area).getAsDouble()) : "medel –";
                pdf.block(20, (content, x, top, width) -> {
                    content.setNonStrokingColor(AREA_FILL);
                    content.addRect(x, top - 18, width, 18);
                    content.fill();
                    TextStyle bold = TextStyle.BODY.withFace(TextStyle.Face.BOLD);
                    pdf.text(content, Instrument.areaName(area), bold, x + 4, top - 13);
                    pdf.text(content, average, TextStyle.SMALL.withColor(TextStyle.INK),
                            x + width - pdf.width(average, TextStyle.SMALL) - 6, top - 12);
                });
            }
            statementRow(pdf, statement, workshop.agreed(statement.key()), textWidth);
        }
    }

    private static void statementRow(FlowDocument pdf, Statement statement, AgreedRating agreed, float textWidth) {
        TextStyle bold = TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSize(9.5f);
        TextStyle body = TextStyle.BODY.withSize(9.5f);
        // The title is printed in bold, which is wider: leave room for the difference.
        float boldExtra = pdf.width(statement.title(), bold) - pdf.width(statement.title(), body);
        List<String> lines = pdf.wrap(statement.title() + " - " + statement.text(), body, textWidth - 10 - boldExtra);
        List<String> note = agreed.note().isBlank() ? List.of()
                : pdf.wrap("Kommentar: " + agreed.note(), TextStyle.SMALL.withColor(TextStyle.INK), textWidth - 8);
        float height = 8 + lines.size() * body.lineHeight() + note.size() * TextStyle.SMALL.lineHeight();
        pdf.block(height, (content, x, top, width) -> {
            float y = top - 4 - body.size();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i == 0 && line.startsWith(statement.title())) {
                    pdf.text(content, statement.title(), bold, x + 4, y);
                    pdf.text(content, line.substring(statement.title().length()), body,
                            x + 4 + pdf.width(statement.title(), bold), y);
                } else {
                    pdf.text(content, line, body, x + 4, y);
                }
                y -= body.lineHeight();
            }
            for (String noteLine : note) {
                pdf.text(content, noteLine, TextStyle.SMALL.withColor(TextStyle.INK), x + 4, y + 2);
                y -= TextStyle.SMALL.lineHeight();
            }
            float scaleX = x + textWidth;
            content.setStrokingColor(GRID);
            content.setLineWidth(0.5f);
            for (int i = 0; i <= 6; i++) {
                content.moveTo(scaleX + i * SCALE_CELL, top);
                content.lineTo(scaleX + i * SCALE_CELL, top - height);
            }
            content.moveTo(scaleX + 6 * SCALE_CELL + ASSESS_CELL, top);
            content.lineTo(scaleX + 6 * SCALE_CELL + ASSESS_CELL, top - height);
            content.moveTo(x, top - height);
            content.lineTo(x + width, top - height);
            content.stroke();
            Integer value = agreed.rating().value();
            float markY = top - Math.min(height, 24) / 2;
            if (value != null) {
                cross(content, scaleX + (Instrument.HIGHEST - value) * SCALE_CELL + SCALE_CELL / 2, markY);
            } else if (agreed.rating().cannotAssess()) {
                cross(content, scaleX + 6 * SCALE_CELL + ASSESS_CELL / 2, markY);
            }
        });
    }

    // --- area averages, this workshop beside earlier ones ---

    private static void averages(FlowDocument pdf, ResultRequest request) {
        averages(pdf, request.workshop(), request.earlier());
    }

    /** The workshops the area averages are shown for: the last two of {@code earlier} held before {@code current}, then it. */
    public static List<Workshop> averagesSeries(Workshop current, List<Workshop> earlier) {
        List<Workshop> before = earlier.stream()
                .filter(w -> w.details().heldOn().isBefore(current.details().heldOn())).toList();
        List<Workshop> series = new ArrayList<>(before.subList(Math.max(0, before.size() - 2), before.size()));
        series.add(current);
        return series;
    }

    /** The area averages of {@code current} as a chart, beside the last two of {@code earlier} held before it. */
    public static void averages(FlowDocument pdf, Workshop current, List<Workshop> earlier) {
        List<Workshop> series = averagesSeries(current, earlier);
        List<Map<Area, OptionalDouble>> values = series.stream().map(ReflectionMath::areaAverages).toList();
        pdf.heading("Medelvärde per område", TextStyle.HEADING);
        pdf.paragraph("Gruppens gemensamma bedömning (steg III), 6 = " + Instrument.HIGHEST_LABEL + ", 1 = "
                + Instrument.LOWEST_LABEL + ". ”" + Instrument.CANNOT_ASSESS_LABEL + "” räknas inte."
                + (series.size() > 1 ? " Tidigare självreflektioner visas bredvid." : ""), TextStyle.SMALL);
        List<ChartPalette.SeriesStyle> styles = ChartPalette.oldestFirst(series.size());
        float rowHeight = 10 + series.size() * 11;
        float height = Area.values().length * rowHeight + 30;
        pdf.block(height, (content, x, top, width) -> {
            float labelWidth = 170;
            float barX = x + labelWidth;
            float barWidth = width - labelWidth - 40;
            TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
            float y = top;
            for (Area area : Area.values()) {
                pdf.text(content, Instrument.areaName(area), small, x, y - 10);
                for (int s = 0; s < series.size(); s++) {
                    OptionalDouble average = values.get(s).get(area);
                    float barTop = y - 4 - s * 11;
                    if (average.isPresent()) {
                        ChartDrawing.bar(content, styles.get(s), barX, barTop - 9,
                                (float) (barWidth * average.getAsDouble() / 6), 9);
                        pdf.text(content, decimal(average.getAsDouble()), small,
                                barX + (float) (barWidth * average.getAsDouble() / 6) + 4, barTop - 8);
                    }
                }
                y -= rowHeight;
            }
            content.setStrokingColor(GRID);
            content.setLineWidth(0.5f);
            for (int tick = 1; tick <= 6; tick++) {
                float tx = barX + barWidth * tick / 6;
                content.moveTo(tx, top);
                content.lineTo(tx, y + 4);
            }
            content.stroke();
            for (int tick = 1; tick <= 6; tick++) {
                String label = String.valueOf(tick);
                pdf.text(content, label, small, barX + barWidth * tick / 6 - pdf.width(label, small) / 2, y - 6);
            }
            float legendX = x;
            for (int s = 0; s < series.size(); s++) {
                ChartDrawing.bar(content, styles.get(s), legendX, y - 22, 9, 9);
                String label = series.get(s).details().heldOn().toString()
                        + (s == series.size() - 1 ? " (denna)" : "");
                pdf.text(content, label, small, legendX + 13, y - 21);
                legendX += pdf.width(label, small) + 32;
            }
        });
    }

    // --- goals and follow-up ---

    private static void goals(FlowDocument pdf, Workshop workshop, List<YearGoal> goals) {
        pdf.heading("Steg IV – Förbättringsåtgärder", TextStyle.HEADING);
        List<Statement> areas = workshop.statements().stream()
                .filter(s -> workshop.agreed(s.key()).improvement()).toList();
        if (areas.isEmpty()) {
            pdf.paragraph("Inga förbättringsområden valda.", TextStyle.BODY);
        } else {
            pdf.paragraph("Valda förbättringsområden:", TextStyle.BODY.withFace(TextStyle.Face.BOLD));
            areas.forEach(s -> pdf.bullet(s.title() + " – " + s.text(), 0, TextStyle.BODY.withSpacing(0, 2)));
        }
        if (goals.isEmpty()) {
            pdf.paragraph("Inga mätbara mål formulerade.", TextStyle.BODY.withSpacing(6, 6));
            return;
        }
        pdf.paragraph("Mätbara mål:", TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(8, 4));
        for (YearGoal goal : goals) {
            pdf.paragraph((goal.prioritized() ? "Prioriterat mål " + goal.year() + ": " : "Mål " + goal.year() + ": ")
                    + goal.draft().goal(), TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(4, 1));
            List<String> facts = goal.draft().printedFacts();
            if (!facts.isEmpty()) {
                pdf.paragraph(String.join("\n", facts), TextStyle.BODY);
            }
        }
    }

    private static void followUp(FlowDocument pdf, FollowUp followUp) {
        pdf.heading("Steg V – Uppföljning", TextStyle.HEADING);
        if (followUp.date() == null && followUp.methods().isEmpty() && followUp.note().isBlank()) {
            pdf.paragraph("Uppföljningen är inte bestämd ännu.", TextStyle.BODY);
            return;
        }
        List<String> how = followUp.methods().stream().map(ReflectionPdf::methodName).toList();
        pdf.paragraph((followUp.date() == null ? "" : "När: " + followUp.date() + "\n")
                + (how.isEmpty() ? "" : "Hur: " + String.join(", ", how)), TextStyle.BODY);
        if (!followUp.note().isBlank()) {
            pdf.paragraph(followUp.note(), TextStyle.BODY);
        }
    }

    static String methodName(FollowUpMethod method) {
        return switch (method) {
            case SJALVREFLEKTION -> "ny självreflektion";
            case FORALDRAENKAT -> "föräldraenkät";
            case DOKUMENTATION -> "dokumentation av arbetet";
            case ANNAT -> "annat";
        };
    }

    // --- the blank form ---

    private static void formItem(FlowDocument pdf, Statement statement) {
        TextStyle bold = TextStyle.BODY.withFace(TextStyle.Face.BOLD);
        List<String> text = pdf.wrap(statement.text(), TextStyle.BODY, pdf.contentWidth());
        float height = 10 + bold.lineHeight() + text.size() * TextStyle.BODY.lineHeight() + 58;
        pdf.block(height, (content, x, top, width) -> {
            float y = top - 4 - bold.size();
            pdf.text(content, statement.title(), bold, x, y);
            y -= bold.lineHeight();
            for (String line : text) {
                pdf.text(content, line, TextStyle.BODY, x, y);
                y -= TextStyle.BODY.lineHeight();
            }
            TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
            float boxY = y - 20;
            pdf.text(content, Instrument.HIGHEST_LABEL, small, x, boxY + 4);
            float boxesX = x + 62;
            for (int value = Instrument.HIGHEST; value >= Instrument.LOWEST; value--) {
                float bx = boxesX + (Instrument.HIGHEST - value) * 34;
                box(content, bx, boxY);
                pdf.text(content, String.valueOf(value), small, bx + 15, boxY + 3);
            }
            float afterBoxes = boxesX + 6 * 34 + 4;
            pdf.text(content, Instrument.LOWEST_LABEL, small, afterBoxes, boxY + 4);
            float assessX = afterBoxes + pdf.width(Instrument.LOWEST_LABEL, small) + 30;
            box(content, assessX, boxY);
            pdf.text(content, Instrument.CANNOT_ASSESS_LABEL, small, assessX + 15, boxY + 3);
            pdf.text(content, "Kommentar:", small, x, boxY - 20);
            content.setStrokingColor(GRID);
            content.setLineWidth(0.6f);
            content.moveTo(x + 52, boxY - 21);
            content.lineTo(x + width, boxY - 21);
            content.stroke();
        });
    }

    private static void box(PDPageContentStream content, float x, float y) throws IOException {
        content.setStrokingColor(TextStyle.INK);
        content.setLineWidth(0.8f);
        content.addRect(x, y, 11, 11);
        content.stroke();
    }

    private static void cross(PDPageContentStream content, float cx, float cy) throws IOException {
        content.setStrokingColor(TextStyle.ACCENT);
        content.setLineWidth(1.6f);
        content.moveTo(cx - 5, cy - 5);
        content.lineTo(cx + 5, cy + 5);
        content.moveTo(cx - 5, cy + 5);
        content.lineTo(cx + 5, cy - 5);
        content.stroke();
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.setStrokingColor(TextStyle.MUTED);
        content.setLineWidth(0.6f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    public static String decimal(double value) {
        return String.format(Locale.forLanguageTag("sv-SE"), "%.1f", value);
    }

    private static DocumentInfo info(String title, String author, String subject) {
        return new DocumentInfo(title, author, subject, "självreflektion, familjecentral", "sv-SE",
                ZonedDateTime.now(ZoneId.of("Europe/Stockholm")));
    }

}
