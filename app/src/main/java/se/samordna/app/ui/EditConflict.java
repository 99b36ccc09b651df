package se.samordna.app.ui;

import java.util.List;

/**
 * A save refused because someone else saved the same record first ("Ändrat av någon annan (namn,
 * tid)"): the fields where the two versions differ, and the user's two ways on. A view model offers
 * it; the view shows it ({@link ConflictDialog}) and calls the one chosen.
 *
 * @param heading     the refusal in words, with who and when
 * @param differences the fields that differ, the user's version and the stored one
 * @param takeTheirs  drops the user's change and shows what is stored
 * @param keepMine    saves the user's version over theirs, knowingly
 */
public record EditConflict(String heading, List<Difference> differences, Runnable takeTheirs, Runnable keepMine) {

    public EditConflict {
        differences = List.copyOf(differences);
    }

    /** One field as the user has it and as it is stored. */
    public record Difference(String field, String mine, String theirs) {
    }
}
