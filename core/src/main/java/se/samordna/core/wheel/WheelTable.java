package se.samordna.core.wheel;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.TextStyle;

/** The year's list as a table: number, activity (with its note), when, who, where it stands; month by month. */
final class WheelTable {
    private static final TextStyle CELL = new TextStyle(TextStyle.Face.REGULAR, 9, 1.3f, 0, 0, TextStyle.INK);
    private static final TextStyle NOTE = TextStyle.SMALL.withSize(8);
    private static final TextStyle HEAD = CELL.withFace(TextStyle.Face.BOLD).withColor(TextStyle.MUTED);
    private static final TextStyle MONTH = new TextStyle(TextStyle.Face.BOLD, 10.5f, 1.3f, 0, 0, TextStyle.ACCENT);
    private static final String[] HEADINGS = {"Nr", "Aktivitet", "När", "Ansvarig", "Läge"};
    /** Column widths as parts of the line; the first is the number's. */
    private static final float[] PARTS = {0.04f, 0.40f, 0.20f, 0.14f, 0.22f};

    private WheelTable() {
    }

    static void write(FlowDocument pdf, WheelYear year) {
        float width = pdf.contentWidth();
        header(pdf, width);
        int page = pdf.pageNumber();
        for (Map.Entry<java.time.Month, List<Occurrence>> month : year.byMonth().entrySet()) {
            pdf.ensureSpace(MONTH.lineHeight() + 8 + (month.getValue().isEmpty() ? 0 : 2 * CELL.lineHeight()));
            if (pdf.pageNumber() != page) {
                header(pdf, width);
                page = pdf.pageNumber();
            }
            String heading = MonthNames.of(month.getKey()) + (month.getValue().isEmpty() ? " – inget i hjulet" : "");
            pdf.block(MONTH.lineHeight() + 6, (content, x, top, w) ->
                    pdf.text(content, heading, MONTH, x, top - 4 - MONTH.size()));
            for (Occurrence o : month.getValue()) {
                String[] cells = {String.valueOf(o.number()), o.activity().name(), WheelPdf.whenText(o),
                    o.activity().responsible(), WheelPdf.statusText(o)};
                List<List<String>> wrapped = new java.util.ArrayList<>();
                int lines = 1;
                for (int c = 0; c < cells.length; c++) {
                    List<String> cell = pdf.wrap(cells[c], CELL, width * PARTS[c] - 8);
                    wrapped.add(cell);
                    lines = Math.max(lines, cell.size());
                }
                String note = notes(o);
                List<String> noteLines = note.isEmpty() ? List.of() : pdf.wrap(note, NOTE, width * PARTS[1] - 8);
                float height = Math.max(lines * CELL.lineHeight(),
                        wrapped.get(1).size() * CELL.lineHeight() + noteLines.size() * NOTE.lineHeight()) + 6;
                pdf.ensureSpace(height);
                if (pdf.pageNumber() != page) {
                    header(pdf, width);
                    page = pdf.pageNumber();
                }
                pdf.block(height, (content, x, top, w) -> row(pdf, content, x, top, w, wrapped, noteLines, o));
            }
        }
    }

    private static String notes(Occurrence o) {
        String note = o.activity().draft().note();
        if (o.change() != null && !o.change().note().isEmpty() && !o.cancelled()) {
            note = note.isEmpty() ? o.change().note() : note + " · " + o.change().note();
        }
        return note;
    }

    private static void row(FlowDocument pdf, PDPageContentStream content, float x, float top, float width,
                            List<List<String>> cells, List<String> noteLines, Occurrence o) throws IOException {
        float cx = x;
        for (int c = 0; c < cells.size(); c++) {
            TextStyle style = c == 4 && o.status() == OccurrenceStatus.OVERDUE ? CELL.withColor(WheelDrawing.LATE)
                    : c == 4 && o.done() && !o.cancelled() ? CELL.withColor(WheelDrawing.DONE)
                    : o.cancelled() ? CELL.withColor(TextStyle.MUTED) : CELL;
            if (c == 0) {
                style = style.withFace(TextStyle.Face.BOLD);
            }
            float y = top - 3;
            for (String line : cells.get(c)) {
                pdf.text(content, line, style, cx, y - style.size());
                y -= style.lineHeight();
            }
            if (c == 1) {
                for (String line : noteLines) {
                    pdf.text(content, line, NOTE, cx, y - NOTE.size());
                    y -= NOTE.lineHeight();
                }
            }
            cx += width * PARTS[c];
        }
        content.setStrokingColor(new java.awt.Color(0xdd, 0xe3, 0xe3));
        content.setLineWidth(0.5f);
        float bottom = top - rowHeight(cells, noteLines);
        content.moveTo(x, bottom);
        content.lineTo(x + width, bottom);
        content.stroke();
    }

    private static float rowHeight(List<List<String>> cells, List<String> noteLines) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(lines * CELL.lineHeight(), cells.get(1).size() * CELL.lineHeight()
                + noteLines.size() * NOTE.lineHeight()) + 6;
    }

    private static void header(FlowDocument pdf, float width) {
        pdf.block(HEAD.lineHeight() + 6, (content, x, top, w) -> {
            float cx = x;
            for (int c = 0; c < HEADINGS.length; c++) {
                pdf.text(content, HEADINGS[c], HEAD, cx, top - HEAD.size() - 1);
                cx += width * PARTS[c];
            }
            content.setStrokingColor(TextStyle.MUTED);
            content.setLineWidth(0.6f);
            content.moveTo(x, top - HEAD.lineHeight() - 3);
            content.lineTo(x + width, top - HEAD.lineHeight() - 3);
            content.stroke();
        });
    }
}
