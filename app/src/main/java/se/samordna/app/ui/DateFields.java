package se.samordna.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that read and write ÅÅÅÅ-MM-DD as Swedish offices do, and report a date typed in a
 * form they cannot read instead of dropping it silently.
 */
public final class DateFields {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private DateFields() {
    }

    /** A picker showing {@code value}; {@code error} gets a message while the typed text is not a date. */
    public static DatePicker picker(String id, ObjectProperty<LocalDate> value, StringProperty error,
                                    String badDateMessage) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("ÅÅÅÅ-MM-DD");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    error.set("");
                    return null;
                }
                try {
                    LocalDate date = LocalDate.parse(text.strip(), ISO);
                    error.set("");
                    return date;
                } catch (DateTimeParseException e) {
                    error.set(badDateMessage);
                    return picker.getValue();
                }
            }
        });
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        return picker;
    }
}
