package se.samordna.core.overview;

/**
 * One figure of the overview: its text ("82 %"), its mark with words ("under 85 %"), what it is built
 * from ({@code source}, shown as a tooltip and in the documents' notes) and its value as a number where
 * it has one (for trends and the spreadsheet), else null. An empty cell has no figure: nothing to show.
 */
public record Cell(String text, Mark mark, String markText, String source, Double value) {

    public static final Cell EMPTY = new Cell("", Mark.NONE, "", "", null);

    public Cell {
        text = text == null ? "" : text;
        markText = markText == null ? "" : markText;
        source = source == null ? "" : source;
    }

    public static Cell of(String text, String source, Double value) {
        return new Cell(text, Mark.NONE, "", source, value);
    }

    public Cell marked(Mark mark, String markText) {
        return new Cell(text, mark, markText, source, value);
    }

    public boolean marked() {
        return mark != Mark.NONE;
    }

    /** The figure with its mark as it is printed: "82 % ! under 85 %". */
    public String printed() {
        if (!marked()) {
            return text;
        }
        String flag = mark.symbol() + " " + markText;
        return text.isEmpty() ? flag : text + " " + flag;
    }
}
