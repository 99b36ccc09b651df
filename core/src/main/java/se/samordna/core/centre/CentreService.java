package se.samordna.core.centre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

import org.jooq.DSLContext;

import se.samordna.core.common.ChangedByOther;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;

/** Family centres and their people: every user action is one transaction, validated first. */
public final class CentreService {
    public static final String FIELD_NAME = "name";
    public static final String FIELD_KIND = "kind";
    public static final String FIELD_MUNICIPALITY = "municipality";
    public static final String FIELD_REGION = "region";
    public static final String FIELD_CATCHMENT_AREA = "catchmentArea";
    public static final String FIELD_OTHER_PROFESSIONS = "otherProfessions";
    public static final String FIELD_PERSON_NAME = "personName";
    public static final String FIELD_PERSON_ROLE = "personRole";
    public static final String FIELD_PERSON_TITLE = "personTitle";
    public static final String FIELD_PERSON_ORGANISATION = "personOrganisation";
    public static final String FIELD_PERSON_EMAIL = "personEmail";
    public static final String FIELD_PERSON_PHONE = "personPhone";

    private final Database database;
    private final Map<String, ToIntBiFunction<DSLContext, Long>> documentCounters = new LinkedHashMap<>();

    public CentreService(Database database) {
        this.database = database;
    }

    /**
     * Lets a capability say how many of its documents belong to a centre, so removing the centre
     * can name them first. {@code kindKey} is a message key for the kind of document.
     */
    public void registerDocumentCounter(String kindKey, ToIntBiFunction<DSLContext, Long> counter) {
        documentCounters.put(kindKey, counter);
    }

    public List<CentreSummary> list() {
        return database.transactionResult(ctx -> new CentreStore(ctx, database).list());
    }

    /** Every centre's region (empty when not given), in one query. */
    public java.util.Map<Long, String> regions() {
        return database.transactionResult(ctx -> new CentreStore(ctx, database).regions());
    }

    public Centre get(long id) {
        return database.transactionResult(ctx -> load(new CentreStore(ctx, database), id));
    }

    /** Field errors for {@code details}, without saving; empty when it can be saved. */
    public List<FieldError> validate(CentreDetails details) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(FIELD_NAME, details.name(), CentreDetails.NAME_MAX, errors);
        if (details.kind() == null) {
            errors.add(FieldError.of(FIELD_KIND, TextRules.REQUIRED));
        }
        TextRules.required(FIELD_MUNICIPALITY, details.municipality(), CentreDetails.MUNICIPALITY_MAX, errors);
        TextRules.maxLength(FIELD_REGION, details.region(), CentreDetails.REGION_MAX, errors);
        TextRules.maxLength(FIELD_CATCHMENT_AREA, details.catchmentArea(), CentreDetails.CATCHMENT_AREA_MAX, errors);
        TextRules.maxLength(FIELD_OTHER_PROFESSIONS, details.otherProfessions(),
                CentreDetails.OTHER_PROFESSIONS_MAX, errors);
        return errors;
    }

    public Centre create(CentreDetails details) {
        throwIfInvalid(validate(details));
        return database.transactionResult(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            checkNameFree(store, details, -1);
            return load(store, store.insert(details));
        });
    }

    /** Saves the details whatever was saved before (imports, examples: no one else's form is open). */
    public Centre update(long id, CentreDetails details) {
        return update(id, details, null);
    }

    /**
     * Saves the details from a form loaded at {@code loadedVersion} ({@link Centre#version()}); refused
     * with {@link ChangedByOther} (who, when and what is stored) when someone else saved since.
     * Saving again with {@link ChangedByOther#storedVersion()} overwrites their change, knowingly.
     */
    public Centre update(long id, CentreDetails details, int loadedVersion) {
        return update(id, details, Integer.valueOf(loadedVersion));
    }

    private Centre update(long id, CentreDetails details, Integer loadedVersion) {
        throwIfInvalid(validate(details));
        return database.transactionResult(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            checkNameFree(store, details, id);
            if (!store.update(id, details, loadedVersion)) {
                Centre stored = load(store, id);
                throw new ChangedByOther(stored.updatedBy(), database.instantOf(stored.updatedAt()), stored,
                        stored.version());
            }
            return load(store, id);
        });
    }

    /** What goes with the centre if it is removed. */
    public CentreContents contentsOf(long id) {
        return database.transactionResult(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            Centre centre = load(store, id);
            Map<String, Integer> documents = new LinkedHashMap<>();
            documentCounters.forEach((kind, counter) -> {
                int count = counter.applyAsInt(ctx, id);
                if (count > 0) {
                    documents.put(kind, count);
                }
            });
            return new CentreContents(centre.name(), store.countPeople(id), documents);
        });
    }

    /** Removes the centre with its people and documents, all or nothing. */
    public void delete(long id) {
        database.transaction(ctx -> {
            if (!new CentreStore(ctx, database).delete(id)) {
                throw new NotFoundException("centre", id);
            }
        });
    }

    public List<FieldError> validate(PersonDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.role() == null) {
            errors.add(FieldError.of(FIELD_PERSON_ROLE, TextRules.REQUIRED));
        }
        TextRules.required(FIELD_PERSON_NAME, details.name(), PersonDetails.NAME_MAX, errors);
        TextRules.maxLength(FIELD_PERSON_TITLE, details.title(), PersonDetails.TITLE_MAX, errors);
        TextRules.maxLength(FIELD_PERSON_ORGANISATION, details.organisation(), PersonDetails.ORGANISATION_MAX,
                errors);
        TextRules.email(FIELD_PERSON_EMAIL, details.email(), errors);
        TextRules.phone(FIELD_PERSON_PHONE, details.phone(), errors);
        return errors;
    }

    public Person addPerson(long centreId, PersonDetails details) {
        throwIfInvalid(validate(details));
        return database.transactionResult(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            load(store, centreId);
            long id = store.insertPerson(centreId, details);
            store.touch(centreId);
            return store.findPerson(id).orElseThrow();
        });
    }

    /** Saves the person whatever was saved before. */
    public Person updatePerson(long personId, PersonDetails details) {
        return updatePerson(personId, details, null);
    }

    /** Saves a person loaded at {@code loadedVersion}; refused with {@link ChangedByOther} as {@link #update}. */
    public Person updatePerson(long personId, PersonDetails details, int loadedVersion) {
        return updatePerson(personId, details, Integer.valueOf(loadedVersion));
    }

    private Person updatePerson(long personId, PersonDetails details, Integer loadedVersion) {
        throwIfInvalid(validate(details));
        return database.transactionResult(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            Person before = store.findPerson(personId).orElseThrow(() -> new NotFoundException("person", personId));
            if (!store.updatePerson(personId, details, loadedVersion)) {
                var stamp = store.personStamp(personId).orElseThrow();
                throw new ChangedByOther(stamp.value1(), database.instantOf(stamp.value2()), before,
                        before.version());
            }
            store.touch(before.centreId());
            return store.findPerson(personId).orElseThrow();
        });
    }

    public void removePerson(long personId) {
        database.transaction(ctx -> {
            CentreStore store = new CentreStore(ctx, database);
            Person before = store.findPerson(personId).orElseThrow(() -> new NotFoundException("person", personId));
            store.deletePerson(personId);
            store.touch(before.centreId());
        });
    }

    private static Centre load(CentreStore store, long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("centre", id));
    }

    private static void checkNameFree(CentreStore store, CentreDetails details, long exceptId) {
        if (store.nameTaken(details.municipality(), details.name(), exceptId)) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "centre.nameTaken",
                    details.name(), details.municipality())));
        }
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
