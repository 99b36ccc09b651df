package se.samordna.app.wheel;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import se.samordna.app.i18n.Messages;
import se.samordna.core.wheel.Occurrence;
import se.samordna.core.wheel.OccurrenceStatus;
import se.samordna.core.wheel.WheelYear;

/**
 * The year drawn as a wheel: twelve months clockwise from the top, starting at the year's first month;
 * one ring per responsible role; each activity a numbered marker in its month and its role's ring (the
 * number is its row in the list beside, where the name is written out in full, so a long name never
 * shrinks to nothing); today as a line from the centre. Clicking a marker, or the arrow keys, choose
 * an activity; the list follows, and the other way round.
 */
final class WheelChart extends Region {
    private static final double OUTER = 0.97;
    private static final double MONTH_RING = 0.84;
    private static final double INNER = 0.2;

    private final Messages messages;
    private final ObservableList<Occurrence> occurrences;
    private final ObjectProperty<Occurrence> selected;
    private final ObjectProperty<WheelYear> year = new javafx.beans.property.SimpleObjectProperty<>();
    private final Group drawing = new Group();
    private boolean dirty = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    WheelChart(Messages messages, ObservableList<Occurrence> occurrences, ObjectProperty<Occurrence> selected,
               javafx.beans.value.ObservableValue<WheelYear> wheelYear) {
        this.messages = messages;
        this.occurrences = occurrences;
        this.selected = selected;
        setId("wheelChart");
        getStyleClass().add("wheel-chart");
        getChildren().add(drawing);
        setFocusTraversable(true);
        setMinSize(260, 260);
        setPrefSize(520, 520);
        year.bind(wheelYear);
        occurrences.addListener((ListChangeListener<Occurrence>) change -> redraw());
        selected.addListener((obs, old, value) -> redraw());
        year.addListener((obs, old, value) -> redraw());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN) {
                step(1);
                event.consume();
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP) {
                step(-1);
                event.consume();
            }
        });
        setOnMouseClicked(event -> requestFocus());
        focusedProperty().addListener((obs, was, focused) -> redraw());
    }

    /** Chooses the next (or previous) activity of the list, as the list's own arrow keys do. */
    private void step(int delta) {
        if (occurrences.isEmpty()) {
            return;
        }
        int at = occurrences.indexOf(selected.get());
        int next = at < 0 ? (delta > 0 ? 0 : occurrences.size() - 1)
                : Math.floorMod(at + delta, occurrences.size());
        selected.set(occurrences.get(next));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    /** Draws again at the next layout: the data or the choice changed. */
    private void redraw() {
        dirty = true;
        requestLayout();
    }

    /**
     * Draws only when something changed or the size did: the shapes drawn here get their style before
     * they are painted ({@code applyCss}), which they would not if every layout pass made new ones.
     */
    @Override
    protected void layoutChildren() {
        if (dirty || getWidth() != drawnWidth || getHeight() != drawnHeight) {
            dirty = false;
            drawnWidth = getWidth();
            drawnHeight = getHeight();
            draw();
            drawing.applyCss();
        }
    }

    private void draw() {
        drawing.getChildren().clear();
        WheelYear wheelYear = year.get();
        double size = Math.min(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        if (wheelYear == null || size < 100) {
            return;
        }
        double radius = size / 2;
        double cx = snappedLeftInset() + (getWidth() - snappedLeftInset() - snappedRightInset()) / 2;
        double cy = snappedTopInset() + radius;
        List<Month> months = wheelYear.year().months();
        List<String> roles = wheelYear.roles();
        int rings = Math.max(1, roles.size());
        double ringWidth = (MONTH_RING - INNER) * radius / rings;

        // Rings, the outermost first so the inner ones paint over them; alternate shades tell them apart.
        Circle outer = new Circle(cx, cy, OUTER * radius);
        outer.getStyleClass().add("wheel-month-ring");
        drawing.getChildren().add(outer);
        for (int ring = 0; ring < rings; ring++) {
            Circle band = new Circle(cx, cy, MONTH_RING * radius - ring * ringWidth);
            band.getStyleClass().addAll("wheel-ring", ring % 2 == 0 ? "wheel-ring-even" : "wheel-ring-odd");
            drawing.getChildren().add(band);
        }
        Circle hub = new Circle(cx, cy, INNER * radius);
        hub.getStyleClass().add("wheel-hub");
        drawing.getChildren().add(hub);

        // Month borders and names (the names upright, for reading without turning the head).
        double fontSize = Math.max(10, Math.min(14, radius / 17));
        for (int i = 0; i < 12; i++) {
            double angle = angleOfMonth(i);
            Line border = new Line(cx + INNER * radius * Math.cos(angle), cy + INNER * radius * Math.sin(angle),
                    cx + OUTER * radius * Math.cos(angle), cy + OUTER * radius * Math.sin(angle));
            border.getStyleClass().add("wheel-month-border");
            drawing.getChildren().add(border);
            double middle = angleOfMonth(i) + Math.toRadians(15);
            double textRadius = (OUTER + MONTH_RING) / 2 * radius;
            Text name = centred(WheelTexts.shortMonth(messages, months.get(i)),
                    cx + textRadius * Math.cos(middle), cy + textRadius * Math.sin(middle),
                    Font.font(null, FontWeight.BOLD, fontSize));
            name.getStyleClass().add("wheel-month-name");
            drawing.getChildren().add(name);
        }

        // The year in the hub.
        Text label = centred(wheelYear.year().label(), cx, cy, Font.font(null, FontWeight.BOLD, fontSize * 1.3));
        label.getStyleClass().add("wheel-year");
        drawing.getChildren().add(label);

        drawToday(wheelYear, cx, cy, radius);
        drawMarkers(wheelYear, months, roles, cx, cy, radius, ringWidth, fontSize);
    }

    private void drawToday(WheelYear wheelYear, double cx, double cy, double radius) {
        LocalDate today = wheelYear.today();
        if (!wheelYear.year().contains(today)) {
            return;
        }
        double angle = angleOfDay(wheelYear, today);
        Line line = new Line(cx + INNER * radius * Math.cos(angle), cy + INNER * radius * Math.sin(angle),
                cx + OUTER * radius * Math.cos(angle), cy + OUTER * radius * Math.sin(angle));
        line.getStyleClass().add("wheel-today");
        line.setId("wheelToday");
        Tooltip.install(line, new Tooltip(messages.get("wheel.today", messages.longDate(today))));
        drawing.getChildren().add(line);
        double r = OUTER * radius + 2;
        Text word = centred(messages.get("wheel.todayMark"), cx + (r + 8) * Math.cos(angle),
                cy + (r + 8) * Math.sin(angle), Font.font(null, FontWeight.BOLD, 11));
        word.getStyleClass().add("wheel-today-label");
        drawing.getChildren().add(word);
    }

    private void drawMarkers(WheelYear wheelYear, List<Month> months, List<String> roles, double cx, double cy,
                             double radius, double ringWidth, double fontSize) {
        Map<Month, List<Occurrence>> byMonth = wheelYear.byMonth();
        double markerRadius = Math.max(9, Math.min(14, ringWidth / 4.2));
        for (int i = 0; i < 12; i++) {
            List<Occurrence> inMonth = byMonth.getOrDefault(months.get(i), List.of());
            for (int ring = 0; ring < roles.size(); ring++) {
                String role = roles.get(ring);
                List<Occurrence> cell = inMonth.stream().filter(o -> o.activity().responsible().equals(role))
                        .toList();
                if (cell.isEmpty()) {
                    continue;
                }
                double bandOuter = MONTH_RING * radius - ring * ringWidth;
                double bandMiddle = bandOuter - ringWidth / 2;
                // As many in a row as the arc holds; further rows inward within the band.
                double arc = bandMiddle * Math.toRadians(30);
                int perRow = Math.max(1, (int) Math.floor(arc / (markerRadius * 2.3)));
                int rows = (cell.size() + perRow - 1) / perRow;
                for (int k = 0; k < cell.size(); k++) {
                    int row = k / perRow;
                    int inRow = Math.min(perRow, cell.size() - row * perRow);
                    int column = k % perRow;
                    double r = bandMiddle + (rows - 1) * markerRadius * 1.1 - row * markerRadius * 2.2;
                    double fraction = (column + 0.5) / inRow;
                    double angle = angleOfMonth(i) + Math.toRadians(30 * fraction);
                    marker(cell.get(k), cx + r * Math.cos(angle), cy + r * Math.sin(angle), markerRadius, fontSize);
                }
            }
        }
    }

    private void marker(Occurrence occurrence, double x, double y, double r, double fontSize) {
        Circle dot = new Circle(x, y, r);
        dot.getStyleClass().addAll("wheel-marker", "wheel-marker-" + occurrence.status().name().toLowerCase());
        boolean chosen = selected.get() != null && selected.get().activity().id() == occurrence.activity().id();
        if (chosen) {
            dot.getStyleClass().add("wheel-marker-selected");
            if (isFocused()) {
                dot.getStyleClass().add("wheel-marker-focused");
            }
        }
        Text number = centred(String.valueOf(occurrence.number()), x, y,
                Font.font(null, FontWeight.BOLD, Math.min(fontSize, r * 1.1)));
        number.getStyleClass().add("wheel-marker-number");
        number.setMouseTransparent(true);
        Group marker = new Group(dot, number);
        marker.setId("wheelMarker-" + occurrence.number());
        // The state as a symbol beside the number, so a black-and-white print or a colour-blind eye reads it.
        String badge = switch (occurrence.status()) {
            case DONE -> "✓";
            case OVERDUE -> "!";
            case CANCELLED -> "✗";
            default -> "";
        };
        if (!badge.isEmpty()) {
            double bx = x + r * 0.85;
            double by = y - r * 0.85;
            Circle back = new Circle(bx, by, r * 0.55);
            back.getStyleClass().add("wheel-badge-back");
            back.setMouseTransparent(true);
            Text mark = centred(badge, bx, by, Font.font(null, FontWeight.BOLD, r * 0.85));
            mark.getStyleClass().addAll("wheel-badge", "wheel-badge-" + occurrence.status().name().toLowerCase());
            mark.setMouseTransparent(true);
            marker.getChildren().addAll(back, mark);
        }
        Tooltip.install(marker, new Tooltip(occurrence.number() + ". " + occurrence.activity().name() + " — "
                + occurrence.activity().responsible()
                + (occurrence.status() == OccurrenceStatus.LATER ? "" : " (" + messages.get("wheel.status."
                        + occurrence.status().name()) + ")")));
        marker.setOnMouseClicked(event -> {
            selected.set(occurrence);
            requestFocus();
            event.consume();
        });
        marker.setCursor(javafx.scene.Cursor.HAND);
        drawing.getChildren().add(marker);
    }

    private static Text centred(String value, double x, double y, Font font) {
        Text text = new Text(value);
        text.setFont(font);
        text.setTextOrigin(VPos.CENTER);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setX(x - text.getLayoutBounds().getWidth() / 2);
        text.setY(y);
        return text;
    }

    /** The angle (radians, screen coordinates: clockwise from 3 o'clock) where month {@code i} of the year starts. */
    private static double angleOfMonth(int i) {
        return Math.toRadians(-90 + 30 * i);
    }

    /** Where a day lies on the wheel: the months are equal sectors, the day a share of its month. */
    private static double angleOfDay(WheelYear wheelYear, LocalDate day) {
        int index = wheelYear.year().months().indexOf(day.getMonth());
        double share = (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
        return Math.toRadians(-90 + 30 * (index + share));
    }

}
