package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordered lists under parents, on a real H2 file: a plan's delmål with their activities, say. */
class OrderedChildrenTest {
    private static final Table<?> ACTIVITY = DSL.table(DSL.name("TEST_ACTIVITY"));
    private static final Field<Long> ID = DSL.field(DSL.name("ID"), Long.class);
    private static final Field<Long> GOAL = DSL.field(DSL.name("GOAL_ID"), Long.class);
    private static final Field<Integer> POSITION = DSL.field(DSL.name("POSITION"), Integer.class);

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void createTable() {
        db = se.samordna.core.TestDatabases.database(dir.resolve("ordered"));
        db.transaction(ctx -> {
            ctx.execute("CREATE TABLE TEST_ACTIVITY (ID BIGINT PRIMARY KEY, GOAL_ID BIGINT NOT NULL, "
                    + "POSITION INT NOT NULL)");
            // Goal 1 holds 11, 12, 13; goal 2 holds 21, 22.
            for (long[] row : new long[][] {{11, 1, 1}, {12, 1, 2}, {13, 1, 3}, {21, 2, 1}, {22, 2, 2}}) {
                ctx.insertInto(ACTIVITY).set(ID, row[0]).set(GOAL, row[1]).set(POSITION, (int) row[2]).execute();
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static OrderedChildren activities(DSLContext ctx) {
        return new OrderedChildren(ctx, ACTIVITY, ID, GOAL, POSITION);
    }

    private List<Long> ids(long goal) {
        List<Long> ids = db.transactionResult(ctx -> activities(ctx).ids(goal));
        return ids;
    }

    private Optional<Long> parentOf(long activity) {
        Optional<Long> parent = db.transactionResult(ctx -> activities(ctx).parentOf(activity));
        return parent;
    }

    private List<Integer> positions(long goal) {
        return db.transactionResult(ctx -> ctx.select(POSITION).from(ACTIVITY).where(GOAL.eq(goal))
                .orderBy(POSITION).fetch(POSITION));
    }

    @Test
    void orderNumbersTheChildrenFromOneInTheGivenOrder() {
        db.transaction(ctx -> activities(ctx).order(List.of(13L, 11L, 12L)));

        assertThat(ids(1)).containsExactly(13L, 11L, 12L);
        assertThat(positions(1)).containsExactly(1, 2, 3);
    }

    @Test
    void movingAnActivityToAnotherGoalClosesTheGapAndPutsItWhereAsked() {
        db.transaction(ctx -> activities(ctx).move(12L, 2, 1));

        assertThat(ids(1)).containsExactly(11L, 13L);
        assertThat(ids(2)).containsExactly(21L, 12L, 22L);
        assertThat(parentOf(12L)).contains(2L);
        assertThat(positions(1)).containsExactly(1, 2);
        assertThat(positions(2)).containsExactly(1, 2, 3);
    }

    @Test
    void movingWithinTheSameGoalReordersAndAnIndexPastTheEndMeansLast() {
        db.transaction(ctx -> activities(ctx).move(11L, 1, 99));
        assertThat(ids(1)).containsExactly(12L, 13L, 11L);

        db.transaction(ctx -> activities(ctx).move(13L, 1, 0));
        assertThat(ids(1)).containsExactly(13L, 12L, 11L);
        assertThat(positions(1)).containsExactly(1, 2, 3);
    }

    @Test
    void renumberingAfterADeleteLeavesNoGap() {
        db.transaction(ctx -> {
            ctx.deleteFrom(ACTIVITY).where(ID.eq(12L)).execute();
            activities(ctx).renumber(1);
        });

        assertThat(positions(1)).containsExactly(1, 2);
        assertThat(parentOf(12L)).isEmpty();
    }
}
