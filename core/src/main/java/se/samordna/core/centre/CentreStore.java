package se.samordna.core.centre;

import static se.samordna.core.db.generated.Tables.CENTRE;
import static se.samordna.core.db.generated.Tables.CENTRE_PART;
import static se.samordna.core.db.generated.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import se.samordna.core.db.generated.tables.records.PersonRecord;
import se.samordna.core.db.Database;

/** Reads and writes centres and their people within the caller's transaction. */
final class CentreStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;

    CentreStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
    }

    java.util.Map<Long, String> regions() {
        return ctx.select(CENTRE.ID, CENTRE.REGION).from(CENTRE).fetchMap(CENTRE.ID, CENTRE.REGION);
    }

    List<CentreSummary> list() {
        return ctx.select(CENTRE.ID, CENTRE.NAME, CENTRE.MUNICIPALITY, CENTRE.KIND)
                .from(CENTRE)
                .orderBy(CENTRE.MUNICIPALITY, CENTRE.NAME, CENTRE.ID)
                .fetch(r -> new CentreSummary(r.value1(), r.value2(), r.value3(), CentreKind.valueOf(r.value4())));
    }

    Optional<Centre> find(long id) {
        Record row = ctx.selectFrom(CENTRE).where(CENTRE.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        CentreDetails details = new CentreDetails(
                row.get(CENTRE.NAME),
                CentreKind.valueOf(row.get(CENTRE.KIND)),
                row.get(CENTRE.MUNICIPALITY),
                row.get(CENTRE.REGION),
                row.get(CENTRE.CATCHMENT_AREA),
                parts(id),
                row.get(CENTRE.OTHER_PROFESSIONS));
        return Optional.of(new Centre(id, details, people(id), row.get(CENTRE.UPDATED_AT),
                row.get(CENTRE.ROW_VERSION), nullToEmpty(row.get(CENTRE.UPDATED_BY))));
    }

    boolean nameTaken(String municipality, String name, long exceptId) {
        return ctx.fetchExists(ctx.selectOne().from(CENTRE)
                .where(DSL.upper(CENTRE.MUNICIPALITY).eq(municipality.toUpperCase()))
                .and(DSL.upper(CENTRE.NAME).eq(name.toUpperCase()))
                .and(CENTRE.ID.ne(exceptId)));
    }

    long insert(CentreDetails details) {
        long id = ctx.insertInto(CENTRE)
                .set(CENTRE.NAME, details.name())
                .set(CENTRE.KIND, details.kind().name())
                .set(CENTRE.MUNICIPALITY, details.municipality())
                .set(CENTRE.REGION, details.region())
                .set(CENTRE.CATCHMENT_AREA, details.catchmentArea())
                .set(CENTRE.OTHER_PROFESSIONS, details.otherProfessions())
                .set(CENTRE.UPDATED_AT, database.now())
                .set(CENTRE.UPDATED_BY, database.who())
                .returning(CENTRE.ID)
                .fetchOne(CENTRE.ID);
        writeParts(id, details.parts());
        return id;
    }

    /**
     * Writes the details; with {@code expectedVersion} only if the stored row still has that version
     * (false then, as for a missing centre: the caller tells which).
     */
    boolean update(long id, CentreDetails details, Integer expectedVersion) {
        int rows = ctx.update(CENTRE)
                .set(CENTRE.NAME, details.name())
                .set(CENTRE.KIND, details.kind().name())
                .set(CENTRE.MUNICIPALITY, details.municipality())
                .set(CENTRE.REGION, details.region())
                .set(CENTRE.CATCHMENT_AREA, details.catchmentArea())
                .set(CENTRE.OTHER_PROFESSIONS, details.otherProfessions())
                .set(CENTRE.UPDATED_AT, database.now())
                .set(CENTRE.UPDATED_BY, database.who())
                .set(CENTRE.ROW_VERSION, CENTRE.ROW_VERSION.plus(1))
                .where(CENTRE.ID.eq(id))
                .and(expectedVersion == null ? DSL.noCondition() : CENTRE.ROW_VERSION.eq(expectedVersion))
                .execute();
        if (rows == 1) {
            writeParts(id, details.parts());
        }
        return rows == 1;
    }

    boolean delete(long id) {
        return ctx.deleteFrom(CENTRE).where(CENTRE.ID.eq(id)).execute() == 1;
    }

    int countPeople(long centreId) {
        return ctx.fetchCount(PERSON, PERSON.CENTRE_ID.eq(centreId));
    }

    Optional<Person> findPerson(long personId) {
        return Optional.ofNullable(ctx.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchOne())
                .map(CentreStore::toPerson);
    }

    long insertPerson(long centreId, PersonDetails details) {
        int nextOrder = ctx.select(DSL.coalesce(DSL.max(PERSON.SORT_ORDER), 0).plus(1))
                .from(PERSON)
                .where(PERSON.CENTRE_ID.eq(centreId))
                .fetchOne(0, Integer.class);
        return ctx.insertInto(PERSON)
                .set(PERSON.CENTRE_ID, centreId)
                .set(PERSON.ROLE, details.role().name())
                .set(PERSON.NAME, details.name())
                .set(PERSON.TITLE, details.title())
                .set(PERSON.ORGANISATION, details.organisation())
                .set(PERSON.EMAIL, details.email())
                .set(PERSON.PHONE, details.phone())
                .set(PERSON.SORT_ORDER, nextOrder)
                .set(PERSON.UPDATED_AT, database.now())
                .set(PERSON.UPDATED_BY, database.who())
                .returning(PERSON.ID)
                .fetchOne(PERSON.ID);
    }

    /** As {@link #update}: with {@code expectedVersion}, only over that version. */
    boolean updatePerson(long personId, PersonDetails details, Integer expectedVersion) {
        return ctx.update(PERSON)
                .set(PERSON.ROLE, details.role().name())
                .set(PERSON.NAME, details.name())
                .set(PERSON.TITLE, details.title())
                .set(PERSON.ORGANISATION, details.organisation())
                .set(PERSON.EMAIL, details.email())
                .set(PERSON.PHONE, details.phone())
                .set(PERSON.UPDATED_AT, database.now())
                .set(PERSON.UPDATED_BY, database.who())
                .set(PERSON.ROW_VERSION, PERSON.ROW_VERSION.plus(1))
                .where(PERSON.ID.eq(personId))
                .and(expectedVersion == null ? DSL.noCondition() : PERSON.ROW_VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean deletePerson(long personId) {
        return ctx.deleteFrom(PERSON).where(PERSON.ID.eq(personId)).execute() == 1;
    }

    /** Who saved the person last and when, for "Ändrat av någon annan". */
    Optional<org.jooq.Record2<String, LocalDateTime>> personStamp(long personId) {
        return ctx.select(PERSON.UPDATED_BY, PERSON.UPDATED_AT).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional();
    }

    void touch(long centreId) {
        ctx.update(CENTRE).set(CENTRE.UPDATED_AT, database.now()).where(CENTRE.ID.eq(centreId)).execute();
    }

    private Set<Part> parts(long centreId) {
        List<String> names = ctx.select(CENTRE_PART.PART).from(CENTRE_PART)
                .where(CENTRE_PART.CENTRE_ID.eq(centreId))
                .fetch(CENTRE_PART.PART);
        EnumSet<Part> parts = EnumSet.noneOf(Part.class);
        names.forEach(name -> parts.add(Part.valueOf(name)));
        return parts;
    }

    private List<Person> people(long centreId) {
        return ctx.selectFrom(PERSON)
                .where(PERSON.CENTRE_ID.eq(centreId))
                .orderBy(PERSON.SORT_ORDER, PERSON.ID)
                .fetch(CentreStore::toPerson);
    }

    /**
     * Removes the parts no longer chosen and adds the new ones; a part kept keeps its row, and so its
     * UUID, so that a year package written before the change still knows it (docs/year-package.md).
     */
    private void writeParts(long centreId, Set<Part> parts) {
        Set<Part> before = parts(centreId);
        List<String> gone = before.stream().filter(p -> !parts.contains(p)).map(Part::name).toList();
        if (!gone.isEmpty()) {
            ctx.deleteFrom(CENTRE_PART).where(CENTRE_PART.CENTRE_ID.eq(centreId)).and(CENTRE_PART.PART.in(gone))
                    .execute();
        }
        for (Part part : parts) {
            if (!before.contains(part)) {
                ctx.insertInto(CENTRE_PART).set(CENTRE_PART.CENTRE_ID, centreId).set(CENTRE_PART.PART, part.name())
                        .execute();
            }
        }
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getCentreId(), new PersonDetails(Role.valueOf(r.getRole()), r.getName(),
                r.getTitle(), r.getOrganisation(), r.getEmail(), r.getPhone()), r.getRowVersion());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
