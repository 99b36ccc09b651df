package se.samordna.app.reflection;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import se.samordna.app.i18n.Messages;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.Rating;

/** The scale as buttons, 6 ("Fungerar") first as on the form, then "Kan inte bedöma". */
final class RatingPicker extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    RatingPicker(ObjectProperty<Rating> rating, Messages messages) {
        super(3);
        getStyleClass().add("rating-picker");
        for (int value = Instrument.HIGHEST; value >= Instrument.LOWEST; value--) {
            ToggleButton button = new ToggleButton(String.valueOf(value));
            button.setUserData(Rating.of(value));
            button.setFocusTraversable(false);
            button.getStyleClass().add("rating-step");
            if (value == Instrument.HIGHEST) {
                button.setTooltip(new Tooltip(Instrument.HIGHEST_LABEL));
            } else if (value == Instrument.LOWEST) {
                button.setTooltip(new Tooltip(Instrument.LOWEST_LABEL));
            }
            button.setToggleGroup(group);
            getChildren().add(button);
        }
        ToggleButton cannot = new ToggleButton(messages.get("workshop.cannotAssess"));
        cannot.setUserData(Rating.CANNOT_ASSESS);
        cannot.setFocusTraversable(false);
        cannot.getStyleClass().add("rating-cannot");
        cannot.setToggleGroup(group);
        getChildren().add(cannot);

        show(rating.get());
        rating.addListener((obs, old, value) -> show(value));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!updating) {
                rating.set(toggle == null ? Rating.NONE : (Rating) toggle.getUserData());
            }
        });
    }

    private void show(Rating rating) {
        updating = true;
        try {
            group.getToggles().forEach(t -> t.setSelected(rating != null && rating.answered()
                    && rating.equals(t.getUserData())));
        } finally {
            updating = false;
        }
    }
}
