package se.samordna.core.wheel;

import static se.samordna.core.db.generated.Tables.WHEEL_ACTIVITY;
import static se.samordna.core.db.generated.Tables.WHEEL_CENTRE;
import static se.samordna.core.db.generated.Tables.WHEEL_OCCURRENCE;
import static se.samordna.core.db.generated.Tables.WHEEL_TICK;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import se.samordna.core.db.generated.tables.records.WheelActivityRecord;
import se.samordna.core.db.Database;

/** Reads and writes a centre's wheel within the caller's transaction. */
final class WheelStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;

    WheelStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
    }

    static int countForCentre(DSLContext ctx, long centreId) {
        return ctx.fetchCount(WHEEL_ACTIVITY, WHEEL_ACTIVITY.CENTRE_ID.eq(centreId));
    }

    boolean centreExists(long centreId) {
        return ctx.fetchExists(se.samordna.core.db.generated.Tables.CENTRE,
                se.samordna.core.db.generated.Tables.CENTRE.ID.eq(centreId));
    }

    /** The centre's start month, empty when the centre has no wheel yet. */
    Optional<Month> startMonth(long centreId) {
        return ctx.select(WHEEL_CENTRE.START_MONTH).from(WHEEL_CENTRE).where(WHEEL_CENTRE.CENTRE_ID.eq(centreId))
                .fetchOptional(r -> Month.of(r.value1()));
    }

    void insertCentre(long centreId) {
        ctx.insertInto(WHEEL_CENTRE)
                .set(WHEEL_CENTRE.CENTRE_ID, centreId)
                .set(WHEEL_CENTRE.UUID, UUID.randomUUID().toString())
                .set(WHEEL_CENTRE.START_MONTH, 1)
                .execute();
    }

    void setStartMonth(long centreId, Month month) {
        ctx.update(WHEEL_CENTRE).set(WHEEL_CENTRE.START_MONTH, month.getValue())
                .where(WHEEL_CENTRE.CENTRE_ID.eq(centreId)).execute();
    }

    List<WheelActivity> activities(long centreId) {
        return ctx.selectFrom(WHEEL_ACTIVITY).where(WHEEL_ACTIVITY.CENTRE_ID.eq(centreId))
                .orderBy(WHEEL_ACTIVITY.POSITION, WHEEL_ACTIVITY.ID).fetch(WheelStore::toActivity);
    }

    Optional<WheelActivity> find(long id) {
        return ctx.selectFrom(WHEEL_ACTIVITY).where(WHEEL_ACTIVITY.ID.eq(id)).fetchOptional(WheelStore::toActivity);
    }

    int nextPosition(long centreId) {
        Integer max = ctx.select(org.jooq.impl.DSL.max(WHEEL_ACTIVITY.POSITION)).from(WHEEL_ACTIVITY)
                .where(WHEEL_ACTIVITY.CENTRE_ID.eq(centreId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    long insert(long centreId, ActivityDraft draft, int position, String builtinKey) {
        WheelActivityRecord record = ctx.newRecord(WHEEL_ACTIVITY);
        record.setUuid(UUID.randomUUID().toString());
        record.setCentreId(centreId);
        record.setPosition(position);
        record.setBuiltinKey(builtinKey);
        fill(record, draft);
        record.store();
        return record.getId();
    }

    void update(long id, ActivityDraft draft) {
        WheelActivityRecord record = ctx.fetchOne(WHEEL_ACTIVITY, WHEEL_ACTIVITY.ID.eq(id));
        fill(record, draft);
        record.setUpdatedAt(database.now());
        record.store();
    }

    void setPosition(long id, int position) {
        ctx.update(WHEEL_ACTIVITY).set(WHEEL_ACTIVITY.POSITION, position).where(WHEEL_ACTIVITY.ID.eq(id)).execute();
    }

    boolean delete(long id) {
        return ctx.deleteFrom(WHEEL_ACTIVITY).where(WHEEL_ACTIVITY.ID.eq(id)).execute() == 1;
    }

    // --- one year's occurrences ---

    Map<Long, OccurrenceChange> changes(long centreId, int planYear) {
        Map<Long, OccurrenceChange> changes = new HashMap<>();
        ctx.select(WHEEL_OCCURRENCE.ACTIVITY_ID, WHEEL_OCCURRENCE.MOVED_START, WHEEL_OCCURRENCE.MOVED_END,
                        WHEEL_OCCURRENCE.CANCELLED, WHEEL_OCCURRENCE.NOTE)
                .from(WHEEL_OCCURRENCE).join(WHEEL_ACTIVITY).on(WHEEL_ACTIVITY.ID.eq(WHEEL_OCCURRENCE.ACTIVITY_ID))
                .where(WHEEL_ACTIVITY.CENTRE_ID.eq(centreId).and(WHEEL_OCCURRENCE.PLAN_YEAR.eq(planYear)))
                .forEach(r -> changes.put(r.value1(), new OccurrenceChange(
                        r.value2() == null ? null : new DateRange(r.value2(), r.value3()), r.value4(), r.value5())));
        return changes;
    }

    void putChange(long activityId, int planYear, OccurrenceChange change) {
        int updated = ctx.update(WHEEL_OCCURRENCE)
                .set(WHEEL_OCCURRENCE.MOVED_START, change.moved() == null ? null : change.moved().start())
                .set(WHEEL_OCCURRENCE.MOVED_END, change.moved() == null ? null : change.moved().end())
                .set(WHEEL_OCCURRENCE.CANCELLED, change.cancelled())
                .set(WHEEL_OCCURRENCE.NOTE, change.note())
                .set(WHEEL_OCCURRENCE.UPDATED_AT, database.now()).set(WHEEL_OCCURRENCE.UPDATED_BY, database.who())
                .set(WHEEL_OCCURRENCE.ROW_VERSION, WHEEL_OCCURRENCE.ROW_VERSION.plus(1))
                .where(WHEEL_OCCURRENCE.ACTIVITY_ID.eq(activityId).and(WHEEL_OCCURRENCE.PLAN_YEAR.eq(planYear)))
                .execute();
        if (updated == 0) {
            ctx.insertInto(WHEEL_OCCURRENCE)
                    .set(WHEEL_OCCURRENCE.UUID, UUID.randomUUID().toString())
                    .set(WHEEL_OCCURRENCE.ACTIVITY_ID, activityId)
                    .set(WHEEL_OCCURRENCE.PLAN_YEAR, planYear)
                    .set(WHEEL_OCCURRENCE.MOVED_START, change.moved() == null ? null : change.moved().start())
                    .set(WHEEL_OCCURRENCE.MOVED_END, change.moved() == null ? null : change.moved().end())
                    .set(WHEEL_OCCURRENCE.CANCELLED, change.cancelled())
                    .set(WHEEL_OCCURRENCE.NOTE, change.note())
                    .execute();
        }
    }

    void removeChange(long activityId, int planYear) {
        ctx.deleteFrom(WHEEL_OCCURRENCE)
                .where(WHEEL_OCCURRENCE.ACTIVITY_ID.eq(activityId).and(WHEEL_OCCURRENCE.PLAN_YEAR.eq(planYear)))
                .execute();
    }

    Map<Long, ManualTick> ticks(long centreId, int planYear) {
        Map<Long, ManualTick> ticks = new HashMap<>();
        ctx.select(WHEEL_TICK.ACTIVITY_ID, WHEEL_TICK.DONE_ON, WHEEL_TICK.DONE_BY, WHEEL_TICK.NOTE)
                .from(WHEEL_TICK).join(WHEEL_ACTIVITY).on(WHEEL_ACTIVITY.ID.eq(WHEEL_TICK.ACTIVITY_ID))
                .where(WHEEL_ACTIVITY.CENTRE_ID.eq(centreId).and(WHEEL_TICK.PLAN_YEAR.eq(planYear)))
                .forEach(r -> ticks.put(r.value1(), new ManualTick(r.value2(), r.value3(), r.value4())));
        return ticks;
    }

    void putTick(long activityId, int planYear, ManualTick tick) {
        removeTick(activityId, planYear);
        ctx.insertInto(WHEEL_TICK)
                .set(WHEEL_TICK.UUID, UUID.randomUUID().toString())
                .set(WHEEL_TICK.ACTIVITY_ID, activityId)
                .set(WHEEL_TICK.PLAN_YEAR, planYear)
                .set(WHEEL_TICK.DONE_ON, tick.doneOn())
                .set(WHEEL_TICK.DONE_BY, tick.doneBy())
                .set(WHEEL_TICK.NOTE, tick.note())
                .execute();
    }

    boolean removeTick(long activityId, int planYear) {
        return ctx.deleteFrom(WHEEL_TICK)
                .where(WHEEL_TICK.ACTIVITY_ID.eq(activityId).and(WHEEL_TICK.PLAN_YEAR.eq(planYear))).execute() > 0;
    }

    private static void fill(WheelActivityRecord record, ActivityDraft draft) {
        record.setName(draft.name());
        record.setResponsible(draft.responsible());
        record.setLeadDays(draft.leadDays());
        record.setNote(draft.note());
        record.setAutoSource(draft.autoSource() == null ? null : draft.autoSource().name());
        record.setRuleMonth(null);
        record.setRuleDay(null);
        record.setRuleWeekFrom(null);
        record.setRuleWeekTo(null);
        record.setRuleNth(null);
        record.setRuleWeekday(null);
        switch (draft.rule()) {
            case WheelRule.FixedDate date -> {
                record.setRuleKind("DATE");
                record.setRuleDay(date.day());
                record.setRuleMonth(date.month().getValue());
            }
            case WheelRule.WeekRange weeks -> {
                record.setRuleKind("WEEKS");
                record.setRuleWeekFrom(weeks.from());
                record.setRuleWeekTo(weeks.to());
            }
            case WheelRule.WholeMonth month -> {
                record.setRuleKind("MONTH");
                record.setRuleMonth(month.month().getValue());
            }
            case WheelRule.NthWeekday weekday -> {
                record.setRuleKind("WEEKDAY");
                record.setRuleNth(weekday.nth());
                record.setRuleWeekday(weekday.weekday().getValue());
                record.setRuleMonth(weekday.month().getValue());
            }
        }
    }

    private static WheelActivity toActivity(WheelActivityRecord r) {
        WheelRule rule = switch (r.getRuleKind()) {
            case "DATE" -> new WheelRule.FixedDate(r.getRuleDay(), Month.of(r.getRuleMonth()));
            case "WEEKS" -> new WheelRule.WeekRange(r.getRuleWeekFrom(), r.getRuleWeekTo());
            case "MONTH" -> new WheelRule.WholeMonth(Month.of(r.getRuleMonth()));
            case "WEEKDAY" -> new WheelRule.NthWeekday(r.getRuleNth(), DayOfWeek.of(r.getRuleWeekday()),
                    Month.of(r.getRuleMonth()));
            default -> throw new IllegalStateException("Unknown rule " + r.getRuleKind());
        };
        ActivityDraft draft = new ActivityDraft(r.getName(), r.getResponsible(), rule, r.getLeadDays(), r.getNote(),
                r.getAutoSource() == null ? null : AutoSource.valueOf(r.getAutoSource()));
        return new WheelActivity(r.getId(), UUID.fromString(r.getUuid()), r.getCentreId(), draft, r.getPosition(),
                r.getBuiltinKey());
    }
}
