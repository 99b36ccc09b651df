package se.samordna.core.reflection;

import static se.samordna.core.db.generated.Tables.REFLECTION_OWN_STATEMENT;
import static se.samordna.core.db.generated.Tables.WORKSHOP;
import static se.samordna.core.db.generated.Tables.WORKSHOP_AGREED;
import static se.samordna.core.db.generated.Tables.WORKSHOP_RATING;
import static se.samordna.core.db.generated.Tables.WORKSHOP_STATEMENT;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import se.samordna.core.db.generated.tables.records.WorkshopRecord;
import se.samordna.core.db.Database;

/** Reads and writes workshops within the caller's transaction. */
final class ReflectionStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;

    ReflectionStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
    }

    long insert(long centreId, WorkshopDetails details) {
        return ctx.insertInto(WORKSHOP)
                .set(WORKSHOP.CENTRE_ID, centreId)
                .set(WORKSHOP.WORKSHOP_YEAR, details.year())
                .set(WORKSHOP.HELD_ON, details.heldOn())
                .set(WORKSHOP.PARTICIPANTS, details.participants())
                .set(WORKSHOP.PROFESSIONS, details.professions())
                .returning(WORKSHOP.ID).fetchOne(WORKSHOP.ID);
    }

    void insertStatements(long workshopId, List<Statement> statements) {
        int position = 1;
        for (Statement statement : statements) {
            ctx.insertInto(WORKSHOP_STATEMENT)
                    .set(WORKSHOP_STATEMENT.WORKSHOP_ID, workshopId)
                    .set(WORKSHOP_STATEMENT.STATEMENT_KEY, statement.key())
                    .set(WORKSHOP_STATEMENT.POSITION, position++)
                    .set(WORKSHOP_STATEMENT.AREA, statement.area().name())
                    .set(WORKSHOP_STATEMENT.TITLE, statement.title())
                    .set(WORKSHOP_STATEMENT.TEXT, statement.text())
                    .execute();
        }
    }

    Optional<Workshop> find(long id) {
        WorkshopRecord row = ctx.selectFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        List<Statement> statements = ctx.selectFrom(WORKSHOP_STATEMENT).where(WORKSHOP_STATEMENT.WORKSHOP_ID.eq(id))
                .orderBy(WORKSHOP_STATEMENT.POSITION)
                .fetch(r -> new Statement(r.getStatementKey(), Area.valueOf(r.getArea()), r.getTitle(), r.getText()));
        List<IndividualRating> ratings = ctx.selectFrom(WORKSHOP_RATING).where(WORKSHOP_RATING.WORKSHOP_ID.eq(id))
                .orderBy(WORKSHOP_RATING.PARTICIPANT, WORKSHOP_RATING.STATEMENT_KEY)
                .fetch(r -> new IndividualRating(r.getParticipant(), r.getStatementKey(),
                        new Rating(r.getRating(), r.getCannotAssess()), r.getNote()));
        Map<String, AgreedRating> agreed = new LinkedHashMap<>();
        ctx.selectFrom(WORKSHOP_AGREED).where(WORKSHOP_AGREED.WORKSHOP_ID.eq(id)).forEach(r -> agreed.put(
                r.getStatementKey(), new AgreedRating(r.getStatementKey(), new Rating(r.getRating(), r.getCannotAssess()),
                        r.getNote(), r.getImprovement())));
        return Optional.of(new Workshop(id, row.getCentreId(), details(row), WorkshopStatus.valueOf(row.getStatus()),
                row.getCurrentStep(), row.getHandedOver(), followUp(row), statements, ratings, agreed));
    }

    /** The workshops of several centres in the given years, in one query. */
    List<WorkshopSummary> listFor(java.util.Collection<Long> centreIds, java.util.Collection<Integer> years) {
        return ctx.selectFrom(WORKSHOP).where(WORKSHOP.CENTRE_ID.in(centreIds)).and(WORKSHOP.WORKSHOP_YEAR.in(years))
                .fetch(r -> new WorkshopSummary(r.getId(), r.getCentreId(), r.getWorkshopYear(), r.getHeldOn(),
                        r.getParticipants(), WorkshopStatus.valueOf(r.getStatus()), r.getCurrentStep()));
    }

    /** Per workshop and area: the sum and number of the agreed ratings given (not "Kan inte bedöma"), one GROUP BY. */
    Map<Long, Map<Area, int[]>> agreedSums(java.util.Collection<Long> workshopIds) {
        Map<Long, Map<Area, int[]>> sums = new java.util.HashMap<>();
        ctx.select(WORKSHOP_AGREED.WORKSHOP_ID, WORKSHOP_STATEMENT.AREA, DSL.sum(WORKSHOP_AGREED.RATING),
                        DSL.count(WORKSHOP_AGREED.RATING))
                .from(WORKSHOP_AGREED).join(WORKSHOP_STATEMENT)
                .on(WORKSHOP_STATEMENT.WORKSHOP_ID.eq(WORKSHOP_AGREED.WORKSHOP_ID)
                        .and(WORKSHOP_STATEMENT.STATEMENT_KEY.eq(WORKSHOP_AGREED.STATEMENT_KEY)))
                .where(WORKSHOP_AGREED.WORKSHOP_ID.in(workshopIds)).and(WORKSHOP_AGREED.RATING.isNotNull())
                .groupBy(WORKSHOP_AGREED.WORKSHOP_ID, WORKSHOP_STATEMENT.AREA)
                .forEach(r -> sums.computeIfAbsent(r.value1(), k -> new java.util.EnumMap<>(Area.class))
                        .put(Area.valueOf(r.value2()), new int[] {r.value3().intValue(), r.value4()}));
        return sums;
    }

    List<WorkshopSummary> list(long centreId) {
        return ctx.selectFrom(WORKSHOP).where(WORKSHOP.CENTRE_ID.eq(centreId))
                .orderBy(WORKSHOP.HELD_ON.desc(), WORKSHOP.ID.desc())
                .fetch(r -> new WorkshopSummary(r.getId(), r.getCentreId(), r.getWorkshopYear(), r.getHeldOn(),
                        r.getParticipants(), WorkshopStatus.valueOf(r.getStatus()), r.getCurrentStep()));
    }

    int countForCentre(long centreId) {
        return ctx.fetchCount(WORKSHOP, WORKSHOP.CENTRE_ID.eq(centreId));
    }

    void updateDetails(long id, WorkshopDetails details) {
        ctx.update(WORKSHOP)
                .set(WORKSHOP.WORKSHOP_YEAR, details.year())
                .set(WORKSHOP.HELD_ON, details.heldOn())
                .set(WORKSHOP.PARTICIPANTS, details.participants())
                .set(WORKSHOP.PROFESSIONS, details.professions())
                // Fewer participants: those beyond the new number cannot have handed over.
                .set(WORKSHOP.HANDED_OVER, DSL.least(WORKSHOP.HANDED_OVER, DSL.val(details.participants())))
                .set(WORKSHOP.UPDATED_AT, database.now())
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    int highestRatedParticipant(long id) {
        Integer highest = ctx.select(DSL.max(WORKSHOP_RATING.PARTICIPANT)).from(WORKSHOP_RATING)
                .where(WORKSHOP_RATING.WORKSHOP_ID.eq(id)).fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    void setStep(long id, int step) {
        ctx.update(WORKSHOP)
                .set(WORKSHOP.CURRENT_STEP, step)
                .set(WORKSHOP.UPDATED_AT, database.now())
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    int handedOver(long id) {
        return ctx.select(WORKSHOP.HANDED_OVER).from(WORKSHOP).where(WORKSHOP.ID.eq(id)).fetchOne(WORKSHOP.HANDED_OVER);
    }

    /** Moves the wall forward to {@code participants}; it never moves back. */
    void handOver(long id, int participants) {
        ctx.update(WORKSHOP)
                .set(WORKSHOP.HANDED_OVER, DSL.greatest(WORKSHOP.HANDED_OVER, DSL.val(participants)))
                .set(WORKSHOP.UPDATED_AT, database.now())
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    void setStatus(long id, WorkshopStatus status) {
        ctx.update(WORKSHOP).set(WORKSHOP.STATUS, status.name()).set(WORKSHOP.UPDATED_AT, database.now())
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    void setFollowUp(long id, FollowUp followUp) {
        ctx.update(WORKSHOP)
                .set(WORKSHOP.FOLLOW_UP_DATE, followUp.date())
                .set(WORKSHOP.FOLLOW_UP_METHODS, followUp.methods().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")))
                .set(WORKSHOP.FOLLOW_UP_NOTE, followUp.note())
                .set(WORKSHOP.UPDATED_AT, database.now())
                .where(WORKSHOP.ID.eq(id)).execute();
    }

    void putRating(long workshopId, int participant, String key, Rating rating, String note) {
        ctx.mergeInto(WORKSHOP_RATING)
                .using(ctx.selectOne())
                .on(WORKSHOP_RATING.WORKSHOP_ID.eq(workshopId).and(WORKSHOP_RATING.PARTICIPANT.eq(participant))
                        .and(WORKSHOP_RATING.STATEMENT_KEY.eq(key)))
                .whenMatchedThenUpdate()
                .set(WORKSHOP_RATING.RATING, rating.value())
                .set(WORKSHOP_RATING.CANNOT_ASSESS, rating.cannotAssess())
                .set(WORKSHOP_RATING.NOTE, note)
                .whenNotMatchedThenInsert(WORKSHOP_RATING.WORKSHOP_ID, WORKSHOP_RATING.PARTICIPANT,
                        WORKSHOP_RATING.STATEMENT_KEY, WORKSHOP_RATING.RATING, WORKSHOP_RATING.CANNOT_ASSESS,
                        WORKSHOP_RATING.NOTE)
                .values(workshopId, participant, key, rating.value(), rating.cannotAssess(), note)
                .execute();
    }

    Optional<IndividualRating> rating(long workshopId, int participant, String key) {
        return ctx.selectFrom(WORKSHOP_RATING)
                .where(WORKSHOP_RATING.WORKSHOP_ID.eq(workshopId).and(WORKSHOP_RATING.PARTICIPANT.eq(participant))
                        .and(WORKSHOP_RATING.STATEMENT_KEY.eq(key)))
                .fetchOptional(r -> new IndividualRating(r.getParticipant(), r.getStatementKey(),
                        new Rating(r.getRating(), r.getCannotAssess()), r.getNote()));
    }

    void putAgreed(long workshopId, AgreedRating agreed) {
        ctx.mergeInto(WORKSHOP_AGREED)
                .using(ctx.selectOne())
                .on(WORKSHOP_AGREED.WORKSHOP_ID.eq(workshopId).and(WORKSHOP_AGREED.STATEMENT_KEY.eq(agreed.statementKey())))
                .whenMatchedThenUpdate()
                .set(WORKSHOP_AGREED.RATING, agreed.rating().value())
                .set(WORKSHOP_AGREED.CANNOT_ASSESS, agreed.rating().cannotAssess())
                .set(WORKSHOP_AGREED.NOTE, agreed.note())
                .set(WORKSHOP_AGREED.IMPROVEMENT, agreed.improvement())
                .whenNotMatchedThenInsert(WORKSHOP_AGREED.WORKSHOP_ID, WORKSHOP_AGREED.STATEMENT_KEY,
                        WORKSHOP_AGREED.RATING, WORKSHOP_AGREED.CANNOT_ASSESS, WORKSHOP_AGREED.NOTE,
                        WORKSHOP_AGREED.IMPROVEMENT)
                .values(workshopId, agreed.statementKey(), agreed.rating().value(), agreed.rating().cannotAssess(),
                        agreed.note(), agreed.improvement())
                .execute();
    }

    Optional<AgreedRating> agreed(long workshopId, String key) {
        return ctx.selectFrom(WORKSHOP_AGREED)
                .where(WORKSHOP_AGREED.WORKSHOP_ID.eq(workshopId).and(WORKSHOP_AGREED.STATEMENT_KEY.eq(key)))
                .fetchOptional(r -> new AgreedRating(r.getStatementKey(), new Rating(r.getRating(), r.getCannotAssess()),
                        r.getNote(), r.getImprovement()));
    }

    Optional<WorkshopStatus> status(long workshopId) {
        return ctx.select(WORKSHOP.STATUS).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .fetchOptional(r -> WorkshopStatus.valueOf(r.value1()));
    }

    Optional<int[]> participantsAndStep(long workshopId) {
        return ctx.select(WORKSHOP.PARTICIPANTS, WORKSHOP.CURRENT_STEP).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .fetchOptional(r -> new int[] {r.value1(), r.value2()});
    }

    boolean hasStatement(long workshopId, String key) {
        return ctx.fetchExists(WORKSHOP_STATEMENT, WORKSHOP_STATEMENT.WORKSHOP_ID.eq(workshopId)
                .and(WORKSHOP_STATEMENT.STATEMENT_KEY.eq(key)));
    }

    boolean delete(long id) {
        return ctx.deleteFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).execute() == 1;
    }

    // --- a centre's own statements ---

    List<OwnStatement> ownStatements(long centreId) {
        return ctx.selectFrom(REFLECTION_OWN_STATEMENT)
                .where(REFLECTION_OWN_STATEMENT.CENTRE_ID.eq(centreId).and(REFLECTION_OWN_STATEMENT.ACTIVE.isTrue()))
                .orderBy(REFLECTION_OWN_STATEMENT.ID)
                .fetch(r -> new OwnStatement(r.getId(), r.getCentreId(), Area.valueOf(r.getArea()), r.getTitle(),
                        r.getText()));
    }

    long insertOwn(long centreId, Area area, String title, String text) {
        return ctx.insertInto(REFLECTION_OWN_STATEMENT)
                .set(REFLECTION_OWN_STATEMENT.CENTRE_ID, centreId)
                .set(REFLECTION_OWN_STATEMENT.AREA, area.name())
                .set(REFLECTION_OWN_STATEMENT.TITLE, title)
                .set(REFLECTION_OWN_STATEMENT.TEXT, text)
                .returning(REFLECTION_OWN_STATEMENT.ID).fetchOne(REFLECTION_OWN_STATEMENT.ID);
    }

    boolean deactivateOwn(long id) {
        return ctx.update(REFLECTION_OWN_STATEMENT).set(REFLECTION_OWN_STATEMENT.ACTIVE, false)
                .where(REFLECTION_OWN_STATEMENT.ID.eq(id)).execute() == 1;
    }

    private static WorkshopDetails details(WorkshopRecord row) {
        return new WorkshopDetails(row.getWorkshopYear(), row.getHeldOn(), row.getParticipants(), row.getProfessions());
    }

    private static FollowUp followUp(WorkshopRecord row) {
        Set<FollowUpMethod> methods = EnumSet.noneOf(FollowUpMethod.class);
        Arrays.stream(row.getFollowUpMethods().split(",")).filter(s -> !s.isBlank())
                .forEach(name -> methods.add(FollowUpMethod.valueOf(name)));
        return new FollowUp(row.getFollowUpDate(), methods, row.getFollowUpNote());
    }
}
