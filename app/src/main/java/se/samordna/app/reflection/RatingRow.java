package se.samordna.app.reflection;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.Statement;

/** One statement on one participant's form (step I): the rating and comment, saved as they change. */
public final class RatingRow {
    private final int participant;
    private final Statement statement;
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>(this, "rating", Rating.NONE);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    RatingRow(int participant, Statement statement, Rating initial, String initialNote) {
        this.participant = participant;
        this.statement = statement;
        rating.set(initial);
        note.set(initialNote);
    }

    /** Whose form this row is on: a comment saved late still goes to them, not to the next participant. */
    public int participant() {
        return participant;
    }

    public Statement statement() {
        return statement;
    }

    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
