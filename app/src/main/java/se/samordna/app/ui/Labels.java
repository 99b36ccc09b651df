package se.samordna.app.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;

/**
 * How a choice box shows its values: a label per value (nothing for none), never parsed back, as
 * every choice list here is picked from, not typed into.
 */
public final class Labels {

    private Labels() {
    }

    /** Each value shown as {@code label} says; an empty text for none. */
    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** An enum's values by their labels in {@code messages} ({@link Messages#label}). */
    public static <E extends Enum<E>> StringConverter<E> of(Messages messages) {
        return of(messages::label);
    }
}
