package se.samordna.app.reflection;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.StatementStats;

/** One statement in steps III and IV: the group's rating and comment, and whether it is an area to improve. */
public final class AgreedRow {
    private final Statement statement;
    private final StatementStats stats;
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>(this, "rating", Rating.NONE);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty improvement = new SimpleBooleanProperty(this, "improvement", false);

    AgreedRow(Statement statement, StatementStats stats, Rating initial, String initialNote, boolean initialImprovement) {
        this.statement = statement;
        this.stats = stats;
        rating.set(initial);
        note.set(initialNote);
        improvement.set(initialImprovement);
    }

    public Statement statement() {
        return statement;
    }

    /** The spread of the individual ratings; its median is the suggestion shown to the group. */
    public StatementStats stats() {
        return stats;
    }

    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty improvementProperty() {
        return improvement;
    }
}
