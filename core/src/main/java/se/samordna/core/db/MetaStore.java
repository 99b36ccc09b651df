package se.samordna.core.db;

import static se.samordna.core.db.generated.Tables.APP_META;

import java.util.Optional;


/** Small facts about this database itself, such as whether the first-start choice was made. */
public final class MetaStore {
    static final String FIRST_START_DONE = "firstStart.done";

    private final Database database;

    /** The tables of the schema jOOQ was generated from: the ones this version of Samordna needs. */
    static java.util.Set<String> schemaTables() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (org.jooq.Table<?> table : se.samordna.core.db.generated.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            names.add(table.getName());
        }
        names.remove("flyway_schema_history");
        return names;
    }

    public MetaStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.transactionResult(ctx -> Optional.ofNullable(
                ctx.select(APP_META.META_VALUE).from(APP_META).where(APP_META.META_KEY.eq(key))
                        .fetchOne(APP_META.META_VALUE)));
    }

    public void put(String key, String value) {
        database.transaction(ctx -> ctx.mergeInto(APP_META)
                .using(ctx.selectOne())
                .on(APP_META.META_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_META.META_VALUE, value)
                .whenNotMatchedThenInsert(APP_META.META_KEY, APP_META.META_VALUE).values(key, value)
                .execute());
    }

    /** True until the user has chosen between example data and an empty start. */
    public boolean firstStartPending() {
        return get(FIRST_START_DONE).isEmpty();
    }

    public void markFirstStartDone(String choice) {
        put(FIRST_START_DONE, choice);
    }
}
