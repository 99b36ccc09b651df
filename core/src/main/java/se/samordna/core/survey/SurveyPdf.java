package se.samordna.core.survey;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.chart.ChartPalette;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.pdf.ChartDrawing;
import se.samordna.core.pdf.DocumentInfo;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/** The survey's documents: numbered paper forms in a chosen language, and the results report. */
public final class SurveyPdf {
    private static final Color GRID = ChartDrawing.color(ChartPalette.GRID);
    private static final float BOX_COLUMN = 50;

    /** Background labels for the results PDF (documents are always Swedish). */
    public static final Map<String, String> SWEDISH_LABELS = Map.ofEntries(
            Map.entry("gender", "Kön"), Map.entry("relation", "Relation till barnet"),
            Map.entry("part", "Besökt del av familjecentralen"), Map.entry("language", "Formulärets språk"),
            Map.entry("gender.KVINNA", "Kvinna"), Map.entry("gender.MAN", "Man"), Map.entry("gender.ANNAN", "Annan"),
            Map.entry("gender.VILL_EJ_ANGE", "Vill ej ange"), Map.entry("gender.", "Ej svarat"),
            Map.entry("relation.FORALDER", "Förälder"), Map.entry("relation.BLIVANDE_FORALDER", "Blivande förälder"),
            Map.entry("relation.ANNAN_VUXEN", "Annan viktig vuxen"), Map.entry("relation.", "Ej svarat"),
            Map.entry("part.BARNMORSKEMOTTAGNING", "Barnmorskemottagning"),
            Map.entry("part.BARNAVARDSCENTRAL", "Barnavårdscentral"), Map.entry("part.OPPEN_FORSKOLA", "Öppen förskola"),
            Map.entry("part.SOCIALTJANST", "Socialtjänst/kurator"), Map.entry("language.sv", "Svenska"),
            Map.entry("language.en", "Engelska"), Map.entry("language.ar", "Arabiska"),
            Map.entry("language.so", "Somaliska"), Map.entry("language.fi", "Finska"));

    private SurveyPdf() {
    }

    // --- the paper form ---

    /** {@code copies} forms numbered from {@code firstNumber}, in {@code language}. */
    public static FlowDocument.Report forms(Survey survey, String centreName, String language, int firstNumber,
                                            int copies, OutputStream out) throws IOException {
        if (copies < 1 || copies > 2000) {
            throw new IllegalArgumentException("copies " + copies);
        }
        String title = SurveyService.formText(survey, language, "title") + " " + survey.year();
        try (FlowDocument pdf = new FlowDocument(new DocumentInfo(title, centreName,
                "Föräldraenkät " + survey.year() + " för " + centreName, "föräldraenkät, familjecentral", language,
                ZonedDateTime.now(ZoneId.of("Europe/Stockholm"))))) {
            for (int copy = 0; copy < copies; copy++) {
                String number = String.format(Locale.ROOT, "%04d", firstNumber + copy);
                pdf.startCopy(centreName, SurveyService.formText(survey, language, "formNumber") + " " + number, title);
                form(pdf, survey, language, title);
            }
            return pdf.save(out);
        }
    }

    private static void form(FlowDocument pdf, Survey survey, String language, String title) {
        pdf.paragraph(title, TextStyle.TITLE);
        pdf.paragraph(SurveyService.formText(survey, language, "intro"), TextStyle.BODY.withSpacing(2, 8));
        String[] scale = {"scale4", "scale3", "scale2", "scale1", "scale0"};
        float textWidth = pdf.contentWidth() - scale.length * BOX_COLUMN;
        TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
        List<List<String>> labels = new ArrayList<>();
        float labelHeight = 0;
        for (String key : scale) {
            List<String> lines = pdf.wrap(SurveyService.formText(survey, language, key), small, BOX_COLUMN - 4);
            labels.add(lines);
            labelHeight = Math.max(labelHeight, lines.size() * small.lineHeight());
        }
        // The code typed for each answer ("4" … "0") under its heading, so typing in follows the paper.
        float headerHeight = labelHeight + small.lineHeight() + 8;
        float codeTop = labelHeight;
        // Laid out left to right here; in a right-to-left language every place is mirrored (at()), so
        // the statements stand on the right and the scale runs from "very true" to "don't know" leftwards.
        pdf.block(headerHeight, (content, x, top, width) -> {
            startText(pdf, content, SurveyService.formText(survey, language, "statements"),
                    TextStyle.BODY.withFace(TextStyle.Face.BOLD), x, width, top - 12);
            for (int i = 0; i < labels.size(); i++) {
                float cx = at(pdf, x, width, x + textWidth + i * BOX_COLUMN, BOX_COLUMN);
                float y = top - small.size();
                for (String line : labels.get(i)) {
                    pdf.text(content, line, small, cx + (BOX_COLUMN - pdf.width(line, small)) / 2, y);
                    y -= small.lineHeight();
                }
                String code = "(" + scale[i].substring(scale[i].length() - 1) + ")";
                TextStyle muted = TextStyle.SMALL;
                pdf.text(content, code, muted, cx + (BOX_COLUMN - pdf.width(code, muted)) / 2,
                        top - small.size() - codeTop);
            }
        });
        int index = 1;
        for (SurveyItem item : survey.items()) {
            String text = index++ + ". " + SurveyService.itemText(survey, language, item.key());
            List<String> lines = pdf.wrap(text, TextStyle.BODY, textWidth - 8);
            float height = Math.max(24, lines.size() * TextStyle.BODY.lineHeight() + 10);
            pdf.block(height, (content, x, top, width) -> {
                float y = top - 5 - TextStyle.BODY.size();
                for (String line : lines) {
                    startText(pdf, content, line, TextStyle.BODY, x, width, y);
                    y -= TextStyle.BODY.lineHeight();
                }
                for (int i = 0; i < scale.length; i++) {
                    box(content, at(pdf, x, width, x + textWidth + i * BOX_COLUMN + BOX_COLUMN / 2 - 6, 12),
                            top - height / 2 - 6);
                }
                content.setStrokingColor(GRID);
                content.setLineWidth(0.4f);
                content.moveTo(x, top - height);
                content.lineTo(x + width, top - height);
                content.stroke();
            });
        }
        pdf.heading(SurveyService.formText(survey, language, "about"), TextStyle.HEADING);
        choices(pdf, SurveyService.formText(survey, language, "gender"),
                List.of("gender.KVINNA", "gender.MAN", "gender.ANNAN", "gender.VILL_EJ_ANGE"), survey, language);
        choices(pdf, SurveyService.formText(survey, language, "relation"),
                List.of("relation.FORALDER", "relation.BLIVANDE_FORALDER", "relation.ANNAN_VUXEN"), survey, language);
        choices(pdf, SurveyService.formText(survey, language, "parts"), List.of("part.BARNMORSKEMOTTAGNING",
                "part.BARNAVARDSCENTRAL", "part.OPPEN_FORSKOLA", "part.SOCIALTJANST"), survey, language);
        pdf.paragraph(SurveyService.formText(survey, language, "open"), TextStyle.BODY.withFace(TextStyle.Face.BOLD)
                .withSpacing(10, 2));
        pdf.paragraph(SurveyService.formText(survey, language, "privacy"), TextStyle.SUBTITLE.withSize(9.5f));
        pdf.block(5 * 22f, (content, x, top, width) -> {
            content.setStrokingColor(GRID);
            content.setLineWidth(0.6f);
            for (int line = 1; line <= 5; line++) {
                content.moveTo(x, top - line * 22);
                content.lineTo(x + width, top - line * 22);
            }
            content.stroke();
        });
        pdf.paragraph(SurveyService.formText(survey, language, "thanks"), TextStyle.BODY.withSpacing(10, 0));
    }

    private static void choices(FlowDocument pdf, String question, List<String> keys, Survey survey, String language) {
        TextStyle questionStyle = TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(6, 2);
        // A question never ends a page without its first row of boxes.
        pdf.ensureSpace(questionStyle.spaceBefore() + questionStyle.lineHeight() + questionStyle.spaceAfter() + 20);
        pdf.paragraph(question, questionStyle);
        List<String> options = keys.stream().map(k -> SurveyService.formText(survey, language, k)).toList();
        // Options side by side where they fit, else two per line.
        float widest = 0;
        for (String option : options) {
            widest = Math.max(widest, pdf.width(option, TextStyle.BODY) + 26);
        }
        int perLine = Math.max(1, Math.min(options.size(), (int) (pdf.contentWidth() / widest)));
        float column = pdf.contentWidth() / perLine;
        for (int from = 0; from < options.size(); from += perLine) {
            List<String> line = options.subList(from, Math.min(options.size(), from + perLine));
            pdf.block(20, (content, x, top, width) -> {
                for (int i = 0; i < line.size(); i++) {
                    float boxX = at(pdf, x, width, x + i * column, 12);
                    box(content, boxX, top - 15);
                    if (pdf.rightToLeft()) {
                        pdf.textEndingAt(content, line.get(i), TextStyle.BODY, boxX - 6, top - 13);
                    } else {
                        pdf.text(content, line.get(i), TextStyle.BODY, boxX + 18, top - 13);
                    }
                }
            });
        }
    }

    /** Where something {@code size} wide drawn at {@code x} of a left-to-right block stands in this document. */
    private static float at(FlowDocument pdf, float left, float width, float x, float size) {
        return pdf.rightToLeft() ? left + width - (x - left) - size : x;
    }

    /** A line at the start of a column: its left end, or its right end in a right-to-left document. */
    private static void startText(FlowDocument pdf, PDPageContentStream content, String text, TextStyle style,
                                  float left, float width, float baseline) throws IOException {
        if (pdf.rightToLeft()) {
            pdf.textEndingAt(content, text, style, left + width, baseline);
        } else {
            pdf.text(content, text, style, left, baseline);
        }
    }

    // --- the results report ---

    public static FlowDocument.Report results(SurveyResults results, String centreName, Map<String, String> labels,
                                              OutputStream out) throws IOException {
        Survey survey = results.survey();
        String title = "Föräldraenkät " + survey.year() + " – resultat";
        try (FlowDocument pdf = new FlowDocument(new DocumentInfo(title, centreName,
                "Resultat av föräldraenkäten " + survey.year() + " för " + centreName, "föräldraenkät, resultat",
                "sv-SE", ZonedDateTime.now(ZoneId.of("Europe/Stockholm"))))) {
            pdf.startCopy(centreName, "Föräldraenkät " + survey.year(), title);
            pdf.paragraph(centreName, TextStyle.SMALL.withSpacing(0, 6));
            pdf.paragraph(title, TextStyle.TITLE);
            pdf.paragraph("Antal svar: " + results.respondents() + ". Andel positiva = Stämmer ganska bra eller "
                    + "Stämmer mycket bra, av dem som svarat (Vet inte och tomma svar räknas inte). Mål: "
                    + SurveyArea.DEFAULT_TARGET + " % inom varje område.", TextStyle.SUBTITLE);
            areaSection(pdf, results);
            goalSection(pdf, results);
            itemSection(pdf, results);
            breakdownSection(pdf, results, labels);
            quoteSection(pdf, results);
            proposalSection(pdf, results);
            return pdf.save(out);
        }
    }

    /** The areas' positive shares against their targets: a table and a bar chart with the target line. */
    public static void areaSection(FlowDocument pdf, SurveyResults results) {
        pdf.heading("Resultat per område", TextStyle.HEADING);
        List<String[]> rows = new ArrayList<>();
        SurveyResults.EarlierYear last = results.earlier().isEmpty() ? null : results.earlier().getLast();
        for (SurveyResults.AreaResult area : results.areas()) {
            rows.add(new String[] {area.area().swedishName(), String.valueOf(area.counts().counted()),
                    percent(area.share()), area.target() + " %", met(area.share(), area.target()),
                    last == null ? "–" : percent(last.areaShares().get(area.area()))});
        }
        table(pdf, new String[] {"Område", "Svar", "Positiva", "Mål", "Målet nått",
                last == null ? "Förra året" : String.valueOf(last.year())}, new float[] {0.34f, 0.11f, 0.14f, 0.11f, 0.14f, 0.16f},
                rows);
        List<Bar> bars = new ArrayList<>();
        for (SurveyResults.AreaResult area : results.areas()) {
            bars.add(new Bar(area.area().swedishName(), area.share(), area.target(),
                    last == null ? null : last.areaShares().get(area.area())));
        }
        chart(pdf, bars, last == null ? null : String.valueOf(last.year()), String.valueOf(results.survey().year()));
    }

    /** The parents' view of the five goals of Bilaga 3, as a table. */
    public static void goalSection(FlowDocument pdf, SurveyResults results) {
        pdf.heading("Föräldrarnas uppfattning om målen (Bilaga 3, mål 1–5)", TextStyle.HEADING);
        List<String[]> rows = new ArrayList<>();
        for (SurveyResults.GoalResult goal : results.goals()) {
            rows.add(new String[] {goal.goal().number() + ". " + goal.goal().text(),
                    String.valueOf(goal.counts().counted()), percent(goal.share())});
        }
        table(pdf, new String[] {"Mål", "Svar", "Positiva"}, new float[] {0.7f, 0.12f, 0.18f}, rows);
    }

    private static void itemSection(FlowDocument pdf, SurveyResults results) {
        pdf.heading("Resultat per fråga", TextStyle.HEADING);
        SurveyResults.EarlierYear last = results.earlier().isEmpty() ? null : results.earlier().getLast();
        List<String[]> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int index = 1;
        for (SurveyResults.ItemResult item : results.items()) {
            rows.add(new String[] {index + ". " + item.item().text(), item.item().area().swedishName(),
                    String.valueOf(item.counts().counted()), String.valueOf(item.counts().dontKnow()),
                    percent(item.share()), met(item.share(), item.item().targetPercent()),
                    last == null ? "–" : percent(last.itemShares().get(item.item().key()))});
            bars.add(new Bar(String.valueOf(index), item.share(), item.item().targetPercent(),
                    last == null ? null : last.itemShares().get(item.item().key())));
            index++;
        }
        table(pdf, new String[] {"Fråga", "Område", "Svar", "Vet inte", "Positiva", "Målet nått",
                last == null ? "Förra året" : String.valueOf(last.year())},
                new float[] {0.4f, 0.14f, 0.08f, 0.09f, 0.1f, 0.1f, 0.09f}, rows);
        chart(pdf, bars, last == null ? null : String.valueOf(last.year()), String.valueOf(results.survey().year()));
    }

    private static void breakdownSection(FlowDocument pdf, SurveyResults results, Map<String, String> labels) {
        pdf.heading("Uppdelat på bakgrundsfrågor", TextStyle.HEADING);
        pdf.paragraph("Grupper med färre än " + SurveyResults.MIN_GROUP + " svarande visas inte (”för få svar”), "
                + "så att ingen enskild förälder kan kännas igen.", TextStyle.SMALL);
        for (SurveyResults.Breakdown breakdown : results.breakdowns()) {
            List<String[]> rows = new ArrayList<>();
            for (SurveyResults.Group group : breakdown.groups()) {
                String name = labels.getOrDefault(breakdown.question() + "." + group.value(), group.value());
                if (group.hidden()) {
                    rows.add(new String[] {name, "för få svar", "", "", "", ""});
                } else {
                    String[] row = new String[6];
                    row[0] = name;
                    row[1] = String.valueOf(group.respondents());
                    int i = 2;
                    for (SurveyArea area : SurveyArea.values()) {
                        row[i++] = percent(group.areaShares().get(area));
                    }
                    rows.add(row);
                }
            }
            // The question's name stays on the page with its table.
            pdf.ensureSpace(TextStyle.BODY.lineHeight() + 24 + (rows.size() + 1) * 16);
            pdf.paragraph(labels.getOrDefault(breakdown.question(), breakdown.question()),
                    TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(6, 2));
            table(pdf, new String[] {"Grupp", "Svarande", "Tillgänglighet", "Bemötande", "Kompetens", "Delaktighet"},
                    new float[] {0.26f, 0.14f, 0.16f, 0.15f, 0.14f, 0.15f}, rows);
        }
    }

    private static void quoteSection(FlowDocument pdf, SurveyResults results) {
        pdf.heading("Föräldrarnas egna ord", TextStyle.HEADING);
        List<Quote> chosen = results.quotes().stream().filter(Quote::selected).toList();
        List<Quote> quotes = chosen.isEmpty() ? results.quotes() : chosen;
        if (quotes.isEmpty()) {
            pdf.paragraph("Inga öppna svar.", TextStyle.BODY);
            return;
        }
        pdf.paragraph(chosen.isEmpty() ? "Alla " + quotes.size() + " öppna svar."
                : "De " + chosen.size() + " citat som valts för verksamhetsberättelsen, av "
                + results.quotes().size() + " öppna svar.", TextStyle.SMALL);
        for (Quote quote : quotes) {
            pdf.bullet("”" + quote.text() + "” (" + genderWord(quote.gender()) + ")", 0, TextStyle.BODY.withSpacing(0, 3));
        }
    }

    private static void proposalSection(FlowDocument pdf, SurveyResults results) {
        Map<SurveyArea, GoalDraft> proposals = SurveyService.proposals(results);
        if (proposals.isEmpty()) {
            return;
        }
        pdf.heading("Områden under målet – förslag till förbättringsmål", TextStyle.HEADING);
        proposals.forEach((area, goal) -> {
            pdf.paragraph(area.swedishName(), TextStyle.BODY.withFace(TextStyle.Face.BOLD).withSpacing(4, 1));
            pdf.paragraph(goal.goal() + "\nMäts genom: " + goal.measure(), TextStyle.BODY);
        });
    }

    /** Kvinna/man/annan, as Bilaga 3 marks quotes; no mark when the respondent did not say. */
    public static String genderWord(Gender gender) {
        if (gender == null) {
            return "ej angett";
        }
        return switch (gender) {
            case KVINNA -> "kvinna";
            case MAN -> "man";
            case ANNAN -> "annan";
            case VILL_EJ_ANGE -> "vill ej ange";
        };
    }

    // --- drawing helpers ---

    private record Bar(String label, Double share, int target, Double earlier) {
    }

    private static void chart(FlowDocument pdf, List<Bar> bars, String earlierLabel, String currentLabel) {
        ChartPalette.SeriesStyle earlierStyle = ChartPalette.year(1);
        ChartPalette.SeriesStyle currentStyle = ChartPalette.year(0);
        float rowHeight = earlierLabel == null ? 16 : 24;
        float height = bars.size() * rowHeight + 40;
        pdf.block(height, (content, x, top, width) -> {
            TextStyle small = TextStyle.SMALL.withColor(TextStyle.INK);
            TextStyle earlierText = TextStyle.SMALL;
            float labelWidth = 110;
            float barX = x + labelWidth;
            float barWidth = width - labelWidth - 40;
            float y = top - 4;
            for (Bar bar : bars) {
                pdf.text(content, pdf.wrap(bar.label(), small, labelWidth - 6).getFirst(), small, x, y - 10);
                float targetX = barX + barWidth * bar.target() / 100f;
                float barTop = y;
                if (earlierLabel != null) {
                    if (bar.earlier() != null) {
                        float length = (float) (barWidth * bar.earlier() / 100);
                        ChartDrawing.bar(content, earlierStyle, barX, barTop - 8, length, 7);
                        String value = percent(bar.earlier());
                        pdf.text(content, value, earlierText, valueX(pdf, value, earlierText, barX + length, targetX),
                                barTop - 8);
                    }
                    barTop -= 9;
                }
                if (bar.share() != null) {
                    float length = (float) (barWidth * bar.share() / 100);
                    ChartDrawing.bar(content, currentStyle, barX, barTop - 11, length, 10);
                    String value = percent(bar.share());
                    pdf.text(content, value, small, valueX(pdf, value, small, barX + length, targetX), barTop - 10);
                }
                ChartDrawing.targetLine(content, targetX, y + 1, targetX, y - rowHeight + 3);
                y -= rowHeight;
            }
            content.setStrokingColor(GRID);
            content.setLineWidth(0.4f);
            for (int tick = 0; tick <= 100; tick += 20) {
                float tx = barX + barWidth * tick / 100f;
                content.moveTo(tx, top);
                content.lineTo(tx, y);
                pdf.text(content, tick + " %", small, tx - 8, y - 10);
            }
            content.stroke();
            float legendY = y - 26;
            float lx = x;
            if (earlierLabel != null) {
                ChartDrawing.bar(content, earlierStyle, lx, legendY, 9, 9);
                pdf.text(content, earlierLabel, small, lx + 13, legendY + 1);
                lx += pdf.width(earlierLabel, small) + 34;
            }
            ChartDrawing.bar(content, currentStyle, lx, legendY, 9, 9);
            pdf.text(content, currentLabel, small, lx + 13, legendY + 1);
            lx += pdf.width(currentLabel, small) + 34;
            ChartDrawing.targetLine(content, lx + 4, legendY - 1, lx + 4, legendY + 9);
            pdf.text(content, "mål", small, lx + 10, legendY + 1);
        });
    }

    /**
     * Where a bar's value is written: just after the bar's end, or after the target line where the
     * text would otherwise cross it.
     */
    private static float valueX(FlowDocument pdf, String value, TextStyle style, float barEnd, float targetX) {
        float x = barEnd + 4;
        if (x < targetX + 2 && x + pdf.width(value, style) > targetX - 2) {
            x = targetX + 4;
        }
        return x;
    }

    private static void table(FlowDocument pdf, String[] headers, float[] widths, List<String[]> rows) {
        TextStyle head = TextStyle.SMALL.withFace(TextStyle.Face.BOLD).withColor(TextStyle.INK);
        TextStyle cell = TextStyle.BODY.withSize(9.5f);
        float total = pdf.contentWidth();
        pdf.block(18, (content, x, top, width) -> {
            float cx = x;
            for (int i = 0; i < headers.length; i++) {
                pdf.text(content, headers[i], head, cx + 2, top - 12);
                cx += total * widths[i];
            }
            content.setStrokingColor(TextStyle.MUTED);
            content.setLineWidth(0.6f);
            content.moveTo(x, top - 16);
            content.lineTo(x + width, top - 16);
            content.stroke();
        });
        for (String[] row : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < row.length; i++) {
                List<String> cellLines = pdf.wrap(row[i] == null ? "" : row[i], cell, total * widths[i] - 6);
                wrapped.add(cellLines);
                lines = Math.max(lines, cellLines.size());
            }
            float height = lines * cell.lineHeight() + 5;
            pdf.block(height, (content, x, top, width) -> {
                float cx = x;
                for (int i = 0; i < row.length; i++) {
                    float y = top - 3 - cell.size();
                    for (String line : wrapped.get(i)) {
                        pdf.text(content, line, cell, cx + 2, y);
                        y -= cell.lineHeight();
                    }
                    cx += total * widths[i];
                }
                content.setStrokingColor(GRID);
                content.setLineWidth(0.4f);
                content.moveTo(x, top - height);
                content.lineTo(x + width, top - height);
                content.stroke();
            });
        }
        pdf.space(8);
    }

    private static void box(PDPageContentStream content, float x, float y) throws IOException {
        content.setStrokingColor(TextStyle.INK);
        content.setLineWidth(0.8f);
        content.addRect(x, y, 12, 12);
        content.stroke();
    }

    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share) + " %";
    }

    public static String met(Double share, int target) {
        return share == null ? "–" : share >= target ? "Ja" : "Nej";
    }
}
