package se.samordna.app.shell;

import java.util.Objects;

/**
 * A part of Samordna in the sidebar, named by its feature: {@code name} keys its label
 * ("section.NAME"), its ids ("nav-NAME") and its placeholder text; {@code helpPage} is the page of the
 * user guide F1 opens there. The sidebar's order is the order of the features in AppContext.
 */
public record Section(String name, String helpPage) {
    public Section {
        Objects.requireNonNull(name);
        Objects.requireNonNull(helpPage);
        if (!name.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("a section's name is upper case: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
