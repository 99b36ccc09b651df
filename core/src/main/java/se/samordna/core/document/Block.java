package se.samordna.core.document;

import java.util.List;
import java.util.Objects;

import se.samordna.core.pdf.FlowDocument;

/** One piece of a {@link Document}, in reading order. */
public sealed interface Block {

    /** A title page: a line above the title, the title, who it is for, then facts, a due line and a note. */
    record Cover(String kicker, String title, String subtitle, List<String> lines, List<String> facts, String due,
                 String note) implements Block {
        public Cover {
            lines = List.copyOf(lines);
            facts = List.copyOf(facts);
        }
    }

    /**
     * The table of contents: every level-1 heading after it. The PDF prints page numbers; Word
     * fills them in itself, and {@code editorNote} tells how.
     */
    record Contents(String title, String editorNote) implements Block {
    }

    /**
     * A heading of level 1 (a section, in the contents), 2 or 3; an {@code item} heading names one
     * entry of a list (a goal) and is set tighter in print.
     */
    record Heading(String text, int level, boolean item) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading is of level 1–3, not " + level);
            }
        }

        public Heading(String text, int level) {
            this(text, level, false);
        }

        public static Heading item(String text) {
            return new Heading(text, 3, true);
        }
    }

    /** What a paragraph is, which decides how it looks in each format. */
    enum Role {
        /** Running text. */
        BODY,
        /** A section's own lead-in, set as running text and kept on the page of its heading. */
        INTRO,
        /** A short remark in smaller type: what is missing, how a figure was counted. */
        NOTE,
        /** A template's guidance on what to write, in smaller type. */
        GUIDANCE,
        /** The mark of a required text not yet written. */
        MISSING,
        /** Facts under an item heading, muted. */
        DETAILS
    }

    /** Room before and after a paragraph in the PDF, in points, where its role's default will not do. */
    record Spacing(float before, float after) {
    }

    /** A paragraph; a single "\n" is a line break. {@code spacing} may be null (the role's default). */
    record Paragraph(String text, Role role, Spacing spacing) implements Block {
        public Paragraph {
            Objects.requireNonNull(role);
        }

        public Paragraph(String text, Role role) {
            this(text, role, null);
        }

        public Paragraph(String text) {
            this(text, Role.BODY, null);
        }
    }

    /** "Label: value" on one line, the label in bold; a missing value is marked as such. */
    record Labelled(String label, String value, boolean missing) implements Block {
    }

    record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A column of a table: its heading, its share of the width (relative), right-aligned figures or not. */
    record Column(String heading, double width, boolean numeric) implements Block.Part {
        public static Column text(String heading, double width) {
            return new Column(heading, width, false);
        }

        public static Column number(String heading, double width) {
            return new Column(heading, width, true);
        }
    }

    /** Marks the records that are parts of a block rather than blocks. */
    interface Part {
    }

    /**
     * A table: a row of column headings, then rows of one cell per column. Cells wrap; a table
     * longer than the page breaks between rows with its headings repeated, unless {@code keptWhole}.
     * With {@code totalRow} the last row is a total, in bold.
     */
    record Table(List<Column> columns, List<List<String>> rows, boolean totalRow, boolean keptWhole)
            implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row of " + row.size() + " cells in a table of "
                            + columns.size() + " columns: " + row);
                }
            }
        }

        /** A table that may run over several pages, its headings on each. */
        public Table(List<Column> columns, List<List<String>> rows) {
            this(columns, rows, false, false);
        }

        public List<String> headings() {
            return columns.stream().map(Column::heading).toList();
        }

        /** The columns' shares of the width, summing to 1. */
        public double[] shares() {
            double sum = columns.stream().mapToDouble(Column::width).sum();
            return columns.stream().mapToDouble(column -> column.width() / sum).toArray();
        }

        public boolean[] numeric() {
            boolean[] numeric = new boolean[columns.size()];
            for (int c = 0; c < numeric.length; c++) {
                numeric[c] = columns.get(c).numeric();
            }
            return numeric;
        }
    }

    /** One series of a bar chart: a value per category, null where there is none (no bar). */
    record Series(String name, List<Double> values) implements Part {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /**
     * A bar chart as data: categories along the axis, bars of each series, a scale of round steps.
     * Word shows the figures as a table, unless {@code figuresElsewhere} (a table beside it already
     * holds them).
     */
    record Chart(String title, List<String> categories, List<Series> series, boolean figuresElsewhere)
            implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series one : series) {
                if (one.values().size() != categories.size()) {
                    throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /**
     * Something a capability draws in its own way in the PDF (a survey's chart beside its table),
     * shared with that capability's own documents; {@code height} tells how tall it will be, so a
     * heading or a note before it stays on its page. Word shows {@code inWord} instead, the same
     * figures as editable text.
     */
    record Figure(Painter pdf, Measure height, List<Block> inWord) implements Block {
        public Figure {
            inWord = List.copyOf(inWord);
        }
    }

    /** Draws a figure into a PDF at its current place. */
    @FunctionalInterface
    interface Painter {
        void paint(FlowDocument pdf);
    }

    /** How tall a figure will be in this PDF, in points. */
    @FunctionalInterface
    interface Measure {
        float height(FlowDocument pdf);
    }

    /** What follows starts on a new page. */
    record PageBreak() implements Block {
    }
}
