package se.samordna.app.context;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.core.centre.CentreSummary;

/**
 * The centre and year the user works on, shared by every capability: the pickers in the tool bar
 * write them, every view follows them.
 */
public final class WorkContext {
    private final ObservableList<CentreSummary> centres = FXCollections.observableArrayList();
    private final ObjectProperty<CentreSummary> centre = new SimpleObjectProperty<>(this, "centre");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    /** What the user may do: everything on this computer; on the server what their group and centres allow. */
    private final ObjectProperty<se.samordna.core.access.CurrentAccess> access =
            new SimpleObjectProperty<>(this, "access", se.samordna.core.access.CurrentAccess.thisComputer());

    public WorkContext(int year) {
        this.year.set(year);
    }

    public ObservableList<CentreSummary> centres() {
        return centres;
    }

    public ObjectProperty<CentreSummary> centreProperty() {
        return centre;
    }

    public CentreSummary centre() {
        return centre.get();
    }

    public ObjectProperty<se.samordna.core.access.CurrentAccess> accessProperty() {
        return access;
    }

    /** Whether the user may change the centre {@code id} (on the server: given to them to edit). */
    public boolean canEdit(long id) {
        return access.get().canEdit(id);
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public int year() {
        return year.get();
    }

    /**
     * Runs {@code action} when another centre is chosen (not when the chosen one is only renamed)
     * and, with {@code alsoYear}, when the year changes.
     */
    public void onCentreChange(boolean alsoYear, Runnable action) {
        centre.addListener((obs, old, chosen) -> {
            if (old == null || chosen == null || old.id() != chosen.id()) {
                action.run();
            }
        });
        if (alsoYear) {
            year.addListener((obs, old, value) -> action.run());
        }
    }

    /** Replaces the list of centres, keeping (by id) the selected one, or choosing {@code preferId}. */
    public void setCentres(List<CentreSummary> list, long preferId) {
        long keepId = preferId >= 0 ? preferId : centre.get() == null ? -1 : centre.get().id();
        centres.setAll(list);
        CentreSummary chosen = list.stream().filter(c -> c.id() == keepId).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst());
        if (!Objects.equals(chosen, centre.get())) {
            centre.set(chosen);
        }
    }

    public void selectCentre(long id) {
        centres.stream().filter(c -> c.id() == id).findFirst().ifPresent(centre::set);
    }
}
