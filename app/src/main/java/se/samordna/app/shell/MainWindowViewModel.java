package se.samordna.app.shell;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.settings.AppPreferences;
import se.samordna.core.access.CurrentAccess;

/** The main window's state: which section is shown, the work context, the text size. */
public final class MainWindowViewModel {
    private final WorkContext context;
    private final AppPreferences preferences;
    private final List<Section> sections;
    private final Set<Section> built;
    private final ObjectProperty<Section> section;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ObservableList<Integer> years;
    /** What the logged-in user may do (everything on this computer's file; on the server as given). */
    private final ObjectProperty<CurrentAccess> access =
            new SimpleObjectProperty<>(this, "access", CurrentAccess.thisComputer());

    /** {@code sections} in the sidebar's order, the first shown at start; {@code built} those with a page. */
    public MainWindowViewModel(WorkContext context, AppPreferences preferences, List<Section> sections,
                               Set<Section> built, int thisYear) {
        this.context = context;
        this.preferences = preferences;
        this.sections = List.copyOf(sections);
        this.built = Set.copyOf(built);
        this.section = new SimpleObjectProperty<>(this, "section", this.sections.getFirst());
        // Newest first: the years a coordinator works on are at the top of the list.
        this.years = FXCollections.observableArrayList(IntStream.rangeClosed(2015, thisYear + 2).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        if (!years.contains(context.year())) {
            years.add(context.year());
            FXCollections.sort(years, java.util.Comparator.reverseOrder());
        }
        fontSize.set(preferences.fontSize());
        fontSize.addListener((obs, old, size) -> preferences.setFontSize(size.intValue()));
        context.yearProperty().addListener((obs, old, year) -> preferences.setLastYear(year.intValue()));
        context.centreProperty().addListener((obs, old, centre) -> {
            if (centre != null) {
                preferences.setLastCentre(centre.id());
            }
        });
    }

    public ObjectProperty<CurrentAccess> accessProperty() {
        return access;
    }

    public WorkContext context() {
        return context;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public List<Section> sections() {
        return sections;
    }

    public boolean isBuilt(Section candidate) {
        return built.contains(candidate);
    }

    public void enlargeFont() {
        fontSize.set(AppPreferences.clampFont(fontSize.get() + 1));
    }

    public void shrinkFont() {
        fontSize.set(AppPreferences.clampFont(fontSize.get() - 1));
    }

    public void resetFont() {
        fontSize.set(AppPreferences.DEFAULT_FONT_SIZE);
    }
}
