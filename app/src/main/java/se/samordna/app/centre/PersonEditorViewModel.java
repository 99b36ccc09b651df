package se.samordna.app.centre;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.app.i18n.Messages;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.common.FieldError;

/** The fields of one person being added or edited, checked as they are typed. */
public final class PersonEditorViewModel {
    private final CentreService service;
    private final Messages messages;

    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.SAMORDNARE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private boolean nameTouched;

    PersonEditorViewModel(CentreService service, Messages messages, PersonDetails existing) {
        this.service = service;
        this.messages = messages;
        for (String field : List.of(CentreService.FIELD_PERSON_ROLE, CentreService.FIELD_PERSON_NAME,
                CentreService.FIELD_PERSON_TITLE, CentreService.FIELD_PERSON_ORGANISATION,
                CentreService.FIELD_PERSON_EMAIL, CentreService.FIELD_PERSON_PHONE)) {
            errors.put(field, new ReadOnlyStringWrapper(this, field, ""));
        }
        if (existing != null) {
            role.set(existing.role());
            name.set(existing.name());
            title.set(existing.title());
            organisation.set(existing.organisation());
            email.set(existing.email());
            phone.set(existing.phone());
            nameTouched = true;
        }
        name.addListener((obs, old, value) -> nameTouched = true);
        List.of(name, title, organisation, email, phone).forEach(p -> p.addListener((obs, old, v) -> check()));
        role.addListener((obs, old, value) -> check());
        check();
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public PersonDetails details() {
        return new PersonDetails(role.get(), name.get(), title.get(), organisation.get(), email.get(), phone.get());
    }

    private void check() {
        List<FieldError> found = service.validate(details());
        errors.values().forEach(e -> e.set(""));
        for (FieldError error : found) {
            boolean untouchedEmptyName = error.field().equals(CentreService.FIELD_PERSON_NAME) && !nameTouched;
            ReadOnlyStringWrapper target = errors.get(error.field());
            if (target != null && target.get().isEmpty() && !untouchedEmptyName) {
                target.set(messages.describe(error));
            }
        }
        valid.set(found.isEmpty());
    }
}
